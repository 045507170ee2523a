"""Rows of one input file to staged Parquet files, one per day, in bounded batches.

Rows arrive as tuples in the column order of the table. They are buffered per
day and written as a row group when a day's buffer is full, or all buffers at
once when together they pass ``max_buffered`` rows, so memory stays bounded
whatever the size of the input. Files are written under a staging folder and
only ``publish`` moves them into the data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from mediacode.monitoring.stored import Table
from mediacode.storage.layout import DAY_PREFIX
from mediacode.storage.parquet.schema import arrow_schema

BATCH_ROWS = 65_536
MAX_BUFFERED = 262_144
COMPRESSION = "zstd"
DAY_INDEX = 1
"""Position of ``day`` in every stored row (``at``, ``day``, ``period``, …)."""


class DayPartitionWriter:
    """Writes the rows of one table of one ingest into ``staging/<table>/day=YYYY-MM-DD/<ingest>.parquet``."""

    def __init__(
        self,
        table: Table,
        staging: Path,
        ingest_id: str,
        batch_rows: int = BATCH_ROWS,
        max_buffered: int = MAX_BUFFERED,
    ) -> None:
        self.table = table
        self.schema = arrow_schema(table)
        self.staging = staging
        self.ingest_id = ingest_id
        self.batch_rows = batch_rows
        self.max_buffered = max_buffered
        self.rows_written = 0
        self._buffers: dict[dt.date, list[tuple[Any, ...]]] = {}
        self._buffered = 0
        self._writers: dict[dt.date, pq.ParquetWriter] = {}

    def add(self, row: tuple[Any, ...]) -> None:
        day = row[DAY_INDEX]
        buffer = self._buffers.get(day)
        if buffer is None:
            buffer = self._buffers[day] = []
        buffer.append(row)
        self._buffered += 1
        if len(buffer) >= self.batch_rows:
            self._flush(day)
        elif self._buffered >= self.max_buffered:
            for waiting in list(self._buffers):
                self._flush(waiting)

    def extend(self, rows: list[tuple[Any, ...]]) -> None:
        for row in rows:
            self.add(row)

    def staged_file(self, day: dt.date) -> Path:
        return self.staging / self.table.name / f"{DAY_PREFIX}{day.isoformat()}" / f"{self.ingest_id}.parquet"

    def _flush(self, day: dt.date) -> None:
        rows = self._buffers.pop(day, None)
        if not rows:
            return
        self._buffered -= len(rows)
        columns = list(zip(*rows, strict=True))
        batch = pa.RecordBatch.from_arrays(
            [pa.array(values, type=field.type) for values, field in zip(columns, self.schema, strict=True)],
            schema=self.schema,
        )
        writer = self._writers.get(day)
        if writer is None:
            path = self.staged_file(day)
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = self._writers[day] = pq.ParquetWriter(path, self.schema, compression=COMPRESSION)
        writer.write_batch(batch)
        self.rows_written += len(rows)

    def close(self) -> list[dt.date]:
        """Flush and close every file; the days written, in order."""
        for day in list(self._buffers):
            self._flush(day)
        for writer in self._writers.values():
            writer.close()
        return sorted(self._writers)

    def abort(self) -> None:
        for writer in self._writers.values():
            with contextlib.suppress(OSError):
                writer.close()
        self._writers.clear()
        self._buffers.clear()
