"""Use case: ``mediacode retention apply`` — remove day partitions and destroy keys past retention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.retention import is_day_expired, is_period_expired, keep_from
from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.services.audit import SYSTEM, record
from mediacode.storage.layout import StateLayout, StorageSettings
from mediacode.storage.lock import exclusive
from mediacode.storage.parquet.partitions import list_partitions, remove_partition
from mediacode.storage.recovery import recover


@dataclass(frozen=True)
class RetentionResult:
    retention_days: int | None
    keep_from: dt.date | None
    removed: tuple[tuple[str, dt.date], ...]
    """(table, day) of every removed partition."""
    destroyed: tuple[str, ...]
    """Key periods whose key was destroyed."""

    def as_dict(self) -> dict[str, object]:
        removed: dict[str, list[str]] = {}
        for table, day in self.removed:
            removed.setdefault(table, []).append(day.isoformat())
        return {
            "retention_days": self.retention_days,
            "keep_from": self.keep_from.isoformat() if self.keep_from else None,
            "removed_partitions": removed,
            "destroyed_keys": list(self.destroyed),
        }


def apply_locked(layout: StateLayout, org: Organization, today: dt.date) -> RetentionResult:
    """Retention for a caller that already holds the organization's lock (ingest does)."""
    days = org.policy.monitoring.retention_days
    first_kept = keep_from(today, days)
    removed: list[tuple[str, dt.date]] = []
    destroyed: list[str] = []
    if first_kept is not None:
        for partition in list_partitions(layout):
            if is_day_expired(partition.day, first_kept):
                remove_partition(layout, partition)
                removed.append((partition.table, partition.day))
        keys = KeyStore(layout.keys)
        for period in keys.present():
            if is_period_expired(period, first_kept):
                keys.destroy(period)
                destroyed.append(period)
    if removed:
        record(layout.root, SYSTEM, "retention", {"removed_partitions": len(removed)}, org=org)
    if destroyed:
        record(layout.root, SYSTEM, "key.destroy", {"periods": destroyed}, org=org)
    return RetentionResult(days, first_kept, tuple(removed), tuple(destroyed))


def apply_retention(org_dir: Path, today: dt.date, settings: StorageSettings) -> RetentionResult:
    org = load_organization(org_dir)
    layout = StateLayout.of(org_dir, settings)
    if not layout.state.is_dir():
        return apply_locked(layout, org, today)  # nothing stored yet: nothing to lock or remove
    with exclusive(layout.lock_file):
        recover(layout)  # a killed run's leftovers: removed day folders under tmp/ hold expired data
        return apply_locked(layout, org, today)


def render_text(result: RetentionResult) -> str:
    if result.keep_from is None:
        return "retention: the policy sets no monitoring.retention_days; nothing removed"
    lines = [f"retention: {result.retention_days} days; keeping days from {result.keep_from.isoformat()}"]
    if not result.removed and not result.destroyed:
        lines.append("nothing was older than retention; nothing removed")
    tables: dict[str, list[dt.date]] = {}
    for table, day in result.removed:
        tables.setdefault(table, []).append(day)
    for table, days in sorted(tables.items()):
        span = (
            days[0].isoformat() if len(days) == 1 else f"{min(days).isoformat()} .. {max(days).isoformat()}"
        )
        lines.append(f"removed {len(days)} day partition(s) of {table}: {span}")
    for period in result.destroyed:
        lines.append(
            f"destroyed the key of period {period}: its pseudonyms can no longer be linked to anyone"
        )
    return "\n".join(lines)
