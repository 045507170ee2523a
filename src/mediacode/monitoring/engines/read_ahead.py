"""Pull an iterator's next items in a background thread while the caller works on the current one.

DuckDB parses the next batch (in its own threads, without the GIL) while the
caller turns the current one into rows and writes Parquet (PyArrow, also
without the GIL), so both cores stay busy. At most ``depth`` items wait, so
memory stays bounded. An error in the producer is raised in the caller; a
caller that stops early (an error of its own, a kill) stops the producer.

``write_behind`` is the other end: the caller makes items and a thread
consumes them (writes Parquet, which holds no GIL while it encodes and
compresses), again with at most ``depth`` waiting.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
_POLL_SECONDS = 0.1


class _Done:
    """Put last: the producer has no more items."""


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def read_ahead(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """The items of ``items`` in order, produced up to ``depth`` ahead in a daemon thread."""
    waiting: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: object) -> bool:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=_POLL_SECONDS)
            except queue.Full:
                continue
            return True
        return False

    def produce() -> None:
        try:
            for item in items:
                if not offer(item):
                    return
            offer(_Done())
        except BaseException as error:  # handed to the consumer, which raises it
            offer(_Failed(error))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    worker = threading.Thread(target=produce, name="read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            item = waiting.get()
            if isinstance(item, _Done):
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


def write_behind(items: Iterable[T], consume: Callable[[T], None], depth: int = 2) -> None:
    """``consume`` each item of ``items`` in order, in a thread, while the caller makes the next ones.

    Returns once every item is consumed. The first error of ``consume`` stops the making
    and is raised here; an error while making items is raised after the thread has stopped
    (items still waiting are then dropped, not consumed).
    """
    waiting: queue.Queue[object] = queue.Queue(maxsize=depth)
    failed: list[BaseException] = []
    stop = threading.Event()

    def consume_all() -> None:
        while True:
            item = waiting.get()
            if isinstance(item, _Done):
                return
            if failed or stop.is_set():
                continue  # keep draining so the maker never blocks
            try:
                consume(item)  # type: ignore[arg-type]
            except BaseException as error:  # raised in the caller
                failed.append(error)

    worker = threading.Thread(target=consume_all, name="write-behind", daemon=True)
    worker.start()
    try:
        for item in items:
            if failed:
                break
            waiting.put(item)
    except BaseException:
        stop.set()
        raise
    finally:
        waiting.put(_Done())
        worker.join()
        close = getattr(items, "close", None)
        if close is not None:
            close()  # a generator stops its own producers (``read_ahead``) now, not at collection
    if failed:
        raise failed[0]
