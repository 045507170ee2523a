"""Pull an iterator's next items in a background thread while the caller works on the current one.

DuckDB parses the next batch (in its own threads, without the GIL) while the
caller turns the current one into rows and writes Parquet (PyArrow, also
without the GIL), so both cores stay busy. At most ``depth`` items wait, so
memory stays bounded. An error in the producer is raised in the caller; a
caller that stops early (an error of its own, a kill) stops the producer.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
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
