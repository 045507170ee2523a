"""Run a streaming parser in a child process while the caller makes and writes rows (ADR 0078).

Postfix reassembly is pure Python and holds the GIL, so a thread cannot
overlap it with row making; a second process can. The child reads the file,
runs the parser and sends its items (records, rejects and notices, never the
text of a line) in batches over a pipe, which blocks when full, so memory
stays bounded. The items and their order are exactly the parser's. The child
is started with ``spawn`` (no fork of a process that may hold threads), dies
with its parent (daemon; a broken pipe ends it) and its errors are raised in
the caller.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from mediacode.monitoring.sources.files import open_text

BATCH_ITEMS = 2048
CHUNK_HINT = 1 << 20
"""Bytes of lines read at a time; the count of lines read travels with each batch."""

Parser = Callable[..., Iterator[object]]


class ParseAheadError(RuntimeError):
    """The child process failed; the message is the type of its error, never log content."""


def _lines(path: Path, read: list[int]) -> Iterator[str]:
    with open_text(path) as text:
        while chunk := text.readlines(CHUNK_HINT):
            read[0] += len(chunk)
            yield from chunk


def _child(path: Path, parser: Parser, options: dict[str, Any], sender: Connection) -> None:
    read = [0]
    try:
        batch: list[object] = []
        for item in parser(_lines(path, read), **options):
            batch.append(item)
            if len(batch) >= BATCH_ITEMS:
                sender.send((read[0], batch))
                batch = []
        sender.send((read[0], batch))
        sender.send((read[0], None))
    except (BrokenPipeError, ConnectionResetError):
        return  # the parent is gone
    except BaseException as error:  # reported by type only: a message could quote a line
        sender.send((-1, type(error).__name__))
    finally:
        sender.close()


def parse_ahead(path: Path, parser: Parser, options: dict[str, Any]) -> Iterator[tuple[int, list[object]]]:
    """Batches of ``parser(lines of path, **options)``, each with the count of lines read so far.

    The last batch carries the exact number of lines in the file.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(path, parser, options, sender), name="parse-ahead", daemon=True
    )
    child.start()
    sender.close()
    try:
        while True:
            try:
                read, batch = receiver.recv()
            except EOFError:
                raise ParseAheadError("the parser process ended without finishing") from None
            if read < 0:
                raise ParseAheadError(f"the parser process failed ({batch})")
            if batch is None:
                return
            yield read, batch
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join()
