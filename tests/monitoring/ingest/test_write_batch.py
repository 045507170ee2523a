"""``DayPartitionWriter.write_batch`` writes the files that ``extend`` writes for the same rows.

Days in runs (a log in time order) are written as slices of the batch; days that
come back later in the batch are gathered first. Either way each day's file holds
that day's rows in their order, one row group per batch and day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mediacode.monitoring.stored import WEB
from mediacode.storage.parquet.schema import arrow_schema
from mediacode.storage.parquet.writer import DayPartitionWriter

MONDAY = dt.date(2026, 3, 16)


def _row(day_offset: int, number: int) -> tuple[object, ...]:
    day = MONDAY + dt.timedelta(days=day_offset)
    at = dt.datetime.combine(day, dt.time(9, number % 60))
    return (
        at,
        day,
        "2026-03",
        f"p{number}",
        True,
        None,
        "example.org",
        443,
        "CONNECT",
        200,
        number,
        None,
        None,
        False,
    )


def _files(folder: Path) -> dict[str, tuple[list[dict[str, object]], int]]:
    """Each day file's rows in stored order, and its number of row groups."""
    found = {}
    for path in sorted(folder.rglob("*.parquet")):
        handle = pq.ParquetFile(path)
        found[path.relative_to(folder).as_posix()] = (handle.read().to_pylist(), handle.num_row_groups)
    return found


@pytest.mark.parametrize(
    "days",
    [
        [0, 0, 0],  # one day
        [0, 0, 1, 1, 1],  # two runs: slices
        [0, 1, 2, 3],  # four runs of one row
        [1, 1, 0, 0],  # runs, not in date order
        [0, 1, 0],  # a day back again: gathered
        [2, 0, 2, 1, 0],  # mixed
    ],
)
def test_write_batch_equals_extend(tmp_path: Path, days: list[int]) -> None:
    rows = [_row(day, number) for number, day in enumerate(days)]
    by_rows = DayPartitionWriter(WEB, tmp_path / "rows", "run")
    by_rows.extend(rows)
    by_rows.close()
    schema = arrow_schema(WEB)
    batch = pa.RecordBatch.from_pylist(
        [dict(zip(schema.names, row, strict=True)) for row in rows], schema=schema
    )
    by_batch = DayPartitionWriter(WEB, tmp_path / "batch", "run")
    by_batch.write_batch(batch)
    assert by_batch.close() == sorted({MONDAY + dt.timedelta(days=d) for d in days})
    assert by_batch.rows_written == len(rows)
    assert _files(tmp_path / "batch") == _files(tmp_path / "rows")
    for stored, groups in _files(tmp_path / "batch").values():
        assert groups == 1
        assert [row["bytes"] for row in stored] == sorted(row["bytes"] for row in stored)  # order kept


def test_two_batches_make_two_row_groups_per_day(tmp_path: Path) -> None:
    schema = arrow_schema(WEB)
    writer = DayPartitionWriter(WEB, tmp_path, "run")
    for numbers in ([0, 1], [2, 3]):
        rows = [_row(0, n) for n in numbers]
        writer.write_batch(
            pa.RecordBatch.from_pylist([dict(zip(schema.names, r, strict=True)) for r in rows], schema=schema)
        )
    writer.close()
    ((stored, groups),) = _files(tmp_path).values()
    assert groups == 2 and [row["bytes"] for row in stored] == [0, 1, 2, 3]
