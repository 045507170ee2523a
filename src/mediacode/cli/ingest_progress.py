"""A Rich progress display for long ingests: file n of m, lines read and lines per second, on stderr.

Rich is imported only when stderr is a terminal: a scripted or benchmarked ingest does not
pay for a display it never shows.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class RichProgress:
    """Implements ``services.ingest.Progress``; shown only when stderr is a terminal."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._task: TaskID = progress.add_task("ingest", total=None, lines=0, rate="")
        self._started = time.monotonic()

    @classmethod
    @contextmanager
    def when_terminal(cls, stream: TextIO) -> Iterator[RichProgress | None]:
        if not stream.isatty():
            yield None
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[lines]:,} lines"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=Console(file=stream), transient=True) as progress:
            yield cls(progress)

    def file_started(self, number: int, total: int) -> None:
        self._progress.update(self._task, description=f"file {number}/{total}")

    def lines_read(self, total: int) -> None:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self._progress.update(self._task, lines=total, rate=f"{total / elapsed:,.0f} lines/s")
