"""What a person watching an ingest sees: the file being read and the lines read so far (issue 4, item 9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pytest

from mediacode.monitoring.engines import duckdb_postfix
from mediacode.services import ingest as service
from mediacode.storage.layout import StorageSettings
from mediacode.storage.parquet.writer import DayPartitionWriter
from tests.monitoring.ingest.conftest import TODAY
from tests.monitoring.ingest.test_ingest import postfix_log, squid_log


class Recorder:
    """A ``services.ingest.Progress`` that remembers every call in order."""

    def __init__(self, events: list[tuple[str, int, int]]) -> None:
        self.events = events

    def file_started(self, number: int, total: int) -> None:
        self.events.append(("file", number, total))

    def lines_read(self, total: int) -> None:
        self.events.append(("lines", total, 0))


@pytest.mark.parametrize(
    ("source", "make_log", "engine"),
    [
        ("squid", squid_log, None),
        ("postfix", postfix_log, duckdb_postfix),
    ],
)
def test_progress_shows_the_file_and_the_lines_read_before_rows_are_written(
    org: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    source: str,
    make_log: Callable[[Path], Path],
    engine: object,
) -> None:
    events: list[tuple[str, int, int]] = []
    original_write = DayPartitionWriter.write_batch

    def recorded_write(self: DayPartitionWriter, batch: pa.RecordBatch) -> None:
        events.append(("write", batch.num_rows, 0))
        original_write(self, batch)

    monkeypatch.setattr(DayPartitionWriter, "write_batch", recorded_write)
    if engine is duckdb_postfix:
        used: list[bool] = []
        original_batches = duckdb_postfix.item_batches

        def watched_batches(*args: object, **kwargs: object) -> object:
            found = original_batches(*args, **kwargs)  # type: ignore[arg-type]
            used.append(found is not None)
            return found

        monkeypatch.setattr(duckdb_postfix, "item_batches", watched_batches)
    log = make_log(tmp_path / f"{source}.log")
    summary = service.ingest(
        org, source, [log], dt.date.fromisoformat(TODAY), StorageSettings(), progress=Recorder(events)
    )
    assert summary.read > 0
    assert events[0] == ("file", 1, 1)
    lines = [count for kind, count, _ in events if kind == "lines"]
    assert lines, "no lines were ever shown"
    assert lines == sorted(lines), "the count of lines read went back"
    assert lines[-1] == summary.read
    kinds = [kind for kind, _, _ in events]
    assert "write" in kinds
    assert kinds.index("lines") < kinds.index("write"), "the lines were shown only after rows were written"
    if engine is duckdb_postfix:
        assert used == [True], "the DuckDB path was not taken"
