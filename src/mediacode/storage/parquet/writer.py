"""Rows of one input file to staged Parquet files, one per day, in bounded batches.

Rows arrive as tuples in the column order of the table into one buffer of at
most ``batch_rows`` rows; a full buffer is split into its days and each day's
rows are written as a row group of that day's file, so memory stays bounded
whatever the size of the input. Files are written under a staging folder and
only ``publish`` moves them into the data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from mediacode.monitoring.stored import Table
from mediacode.storage.layout import DAY_PREFIX
from mediacode.storage.parquet.schema import arrow_schema

BATCH_ROWS = 65_536
COMPRESSION = "zstd"
DICTIONARY_TYPES = frozenset({"VARCHAR", "BOOLEAN", "DATE"})
"""Columns with few distinct values per file; times, sizes and counts are stored plain (cheaper to write)."""
DAY_INDEX = 1
"""Position of ``day`` in every stored row (``at``, ``day``, ``period``, …)."""
_DAY = itemgetter(DAY_INDEX)


class DayPartitionWriter:
    """Writes the rows of one table of one ingest into ``staging/<table>/day=YYYY-MM-DD/<ingest>.parquet``."""

    def __init__(
        self,
        table: Table,
        staging: Path,
        ingest_id: str,
        batch_rows: int = BATCH_ROWS,
    ) -> None:
        self.table = table
        self.schema = arrow_schema(table)
        self.staging = staging
        self.ingest_id = ingest_id
        self.batch_rows = batch_rows
        self.rows_written = 0
        self.buffer: list[tuple[Any, ...]] = []
        self._writers: dict[dt.date, pq.ParquetWriter] = {}
        self._dictionary_columns = [c.name for c in table.columns if c.type in DICTIONARY_TYPES]

    def add(self, row: tuple[Any, ...]) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= self.batch_rows:
            self.spill()

    def extend(self, rows: list[tuple[Any, ...]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self.batch_rows:
            self.spill()

    def spill_if_full(self) -> None:
        """For callers that append to ``buffer`` directly (the hot loop): spill once it is full."""
        if len(self.buffer) >= self.batch_rows:
            self.spill()

    def spill(self) -> None:
        """Sort the buffer into its days (runs of one day, as logs come in time order) and write them."""
        rows, self.buffer = self.buffer, []
        by_day: dict[dt.date, list[tuple[Any, ...]]] = {}
        for day, run in itertools.groupby(rows, key=_DAY):
            found = by_day.get(day)
            if found is None:
                by_day[day] = list(run)
            else:
                found.extend(run)
        for day, day_rows in by_day.items():
            self._write(day, day_rows)

    def write_batch(self, batch: pa.RecordBatch) -> None:
        """An Arrow batch in the table's column order: each of its days becomes a row group of its file.

        The bulk path (engine-side parsing) hands whole batches instead of tuples;
        the files are the same as ``add``/``extend`` would write. When each day is one run
        of rows (a log in time order) the runs are written as slices, without copying;
        otherwise each day's rows are gathered first.
        """
        if batch.num_rows == 0:
            return
        if self.buffer:
            self.spill()
        days = batch.column(DAY_INDEX)
        runs = pc.run_end_encode(days)
        run_days = runs.values.to_pylist()
        if len(set(run_days)) == len(run_days):
            start = 0
            for day, end in zip(run_days, runs.run_ends.to_pylist(), strict=True):
                self._write(day, batch.slice(start, end - start))
                start = end
            return
        for day in pc.unique(days).to_pylist():
            self._write(day, batch.filter(pc.equal(days, pa.scalar(day, days.type))))

    def staged_file(self, day: dt.date) -> Path:
        return self.staging / self.table.name / f"{DAY_PREFIX}{day.isoformat()}" / f"{self.ingest_id}.parquet"

    def _write(self, day: dt.date, rows: list[tuple[Any, ...]] | pa.RecordBatch) -> None:
        if isinstance(rows, pa.RecordBatch):
            batch = pa.RecordBatch.from_arrays(
                [column.cast(field.type) for column, field in zip(rows.columns, self.schema, strict=True)],
                schema=self.schema,
            )
        else:
            columns = list(zip(*rows, strict=True))
            batch = pa.RecordBatch.from_arrays(
                [
                    pa.array(values, type=field.type)
                    for values, field in zip(columns, self.schema, strict=True)
                ],
                schema=self.schema,
            )
        writer = self._writers.get(day)
        if writer is None:
            path = self.staged_file(day)
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = self._writers[day] = pq.ParquetWriter(
                path, self.schema, compression=COMPRESSION, use_dictionary=self._dictionary_columns
            )
        writer.write_batch(batch)
        self.rows_written += batch.num_rows

    def close(self) -> list[dt.date]:
        """Flush and close every file; the days written, in order."""
        self.spill()
        for writer in self._writers.values():
            writer.close()
        return sorted(self._writers)

    def abort(self) -> None:
        for writer in self._writers.values():
            with contextlib.suppress(OSError):
                writer.close()
        self._writers.clear()
        self.buffer = []
