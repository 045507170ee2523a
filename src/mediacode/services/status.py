"""Use case: ``mediacode status`` — what is stored per key period and table, and when it expires."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.periods import period_bounds, period_of
from mediacode.monitoring.retention import period_expires_on
from mediacode.monitoring.stored import TABLES
from mediacode.org import load_organization
from mediacode.storage.layout import StateLayout, StorageSettings
from mediacode.storage.ledger import Ledger
from mediacode.storage.parquet.partitions import list_partitions


@dataclass
class TableFigures:
    days: int = 0
    rows: int = 0
    bytes: int = 0
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "days": self.days,
            "rows": self.rows,
            "bytes": self.bytes,
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
        }


@dataclass
class PeriodStatus:
    period: str
    key: str
    """``present``, ``destroyed`` or ``absent``."""
    expires_on: dt.date | None
    tables: dict[str, TableFigures] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        start, end = period_bounds(self.period)
        return {
            "period": self.period,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "key": self.key,
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
            "tables": {name: figures.as_dict() for name, figures in sorted(self.tables.items())},
        }


@dataclass
class StoreStatus:
    today: dt.date
    retention_days: int | None
    key_period: str
    ingested_files: int
    periods: list[PeriodStatus]

    def as_dict(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "retention_days": self.retention_days,
            "key_period": self.key_period,
            "ingested_files": self.ingested_files,
            "periods": [p.as_dict() for p in self.periods],
        }


def store_status(org_dir: Path, today: dt.date, settings: StorageSettings) -> StoreStatus:
    org = load_organization(org_dir)
    layout = StateLayout.of(org_dir, settings)
    monitoring = org.policy.monitoring
    keys = KeyStore(layout.keys)
    present, destroyed = set(keys.present()), set(keys.destroyed())
    periods: dict[str, PeriodStatus] = {}

    def status_of(period: str) -> PeriodStatus:
        found = periods.get(period)
        if found is None:
            key = "destroyed" if period in destroyed else "present" if period in present else "absent"
            found = periods[period] = PeriodStatus(
                period, key, period_expires_on(period, monitoring.retention_days)
            )
        return found

    for period in present | destroyed:
        status_of(period)
    for partition in list_partitions(layout):
        rows = partition.rows()
        period = _period_of_rows(partition.day, monitoring.key_period, present | destroyed)
        figures = status_of(period).tables.setdefault(partition.table, TableFigures())
        figures.days += 1
        figures.rows += rows
        figures.bytes += partition.bytes()
        figures.first_day = min(filter(None, (figures.first_day, partition.day)))
        figures.last_day = max(filter(None, (figures.last_day, partition.day)))
    for status in periods.values():
        for table in TABLES:
            status.tables.setdefault(table, TableFigures())
    ordered = sorted(periods.values(), key=lambda p: period_bounds(p.period)[0])
    ingested = len(Ledger(layout.ledger).entries())
    return StoreStatus(today, monitoring.retention_days, monitoring.key_period, ingested, ordered)


def _period_of_rows(day: dt.date, kind: str, known: set[str]) -> str:
    """The key period of a day: one whose key exists and covers it, else the policy's kind."""
    for period in known:
        start, end = period_bounds(period)
        if start <= day <= end:
            return period
    return period_of(day, kind)  # type: ignore[arg-type]


def render_json(status: StoreStatus) -> str:
    return json.dumps(status.as_dict(), ensure_ascii=False)


def render_text(status: StoreStatus) -> str:
    retention = f"{status.retention_days} days" if status.retention_days else "not set"
    lines = [
        f"stored monitoring data on {status.today.isoformat()} "
        f"(retention {retention}, key period {status.key_period}, "
        f"{status.ingested_files} input files ingested)"
    ]
    if not status.periods:
        lines.append("nothing is stored")
    for period in status.periods:
        expires = period.expires_on.isoformat() if period.expires_on else "never (no retention set)"
        key = {"present": "key present", "destroyed": "key destroyed", "absent": "no key"}[period.key]
        lines.append(f"{period.period}: {key}; expires on {expires}")
        for name, figures in sorted(period.tables.items()):
            if figures.days:
                lines.append(
                    f"  {name}: {figures.days} day(s) {figures.first_day} .. {figures.last_day}, "
                    f"{figures.rows:,} rows, {figures.bytes:,} bytes"
                )
            else:
                lines.append(f"  {name}: nothing stored")
    return "\n".join(lines)
