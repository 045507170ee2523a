"""What is stored: the day partitions of each table with their files, rows and bytes; and removing them."""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from mediacode.monitoring.stored import TABLES
from mediacode.storage.layout import DAY_PREFIX, StateLayout
from mediacode.storage.lock import publishing


@dataclass(frozen=True)
class DayPartition:
    table: str
    day: dt.date
    folder: Path

    def files(self) -> list[Path]:
        return sorted(self.folder.glob("*.parquet"))

    def rows(self) -> int:
        # Imported here: retention (run by every ingest) lists partitions but never counts rows,
        # and the ingest starts hashing its input before PyArrow is loaded (ADR 0078).
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        return sum(pq.ParquetFile(path).metadata.num_rows for path in self.files())

    def bytes(self) -> int:
        return sum(path.stat().st_size for path in self.files())


def list_partitions(layout: StateLayout) -> list[DayPartition]:
    """Every day partition of every stored table, by table and day."""
    found: list[DayPartition] = []
    for table in sorted(TABLES):
        folder = layout.table_dir(table)
        if not folder.is_dir():
            continue
        for child in folder.iterdir():
            if not child.is_dir() or not child.name.startswith(DAY_PREFIX):
                continue
            try:
                day = dt.date.fromisoformat(child.name[len(DAY_PREFIX) :])
            except ValueError:
                continue
            found.append(DayPartition(table, day, child))
    return sorted(found, key=lambda p: (p.table, p.day))


def remove_partition(layout: StateLayout, partition: DayPartition) -> None:
    """Take the day out of the data folder in one rename, then delete it."""
    layout.tmp.mkdir(parents=True, exist_ok=True)
    trash = layout.tmp / f"removed-{partition.table}-{partition.day.isoformat()}-{secrets.token_hex(4)}"
    with publishing(layout.state):  # never while a report reads the data folder
        partition.folder.replace(trash)
    shutil.rmtree(trash)
