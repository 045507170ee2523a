"""Reports per purpose, built once per state of the stored data and the policy (a page must stay fast).

A report over a month of logs takes a few hundred milliseconds on DuckDB; a
page must answer in under 100. The cache key is the purpose, the day, the
monitoring hash with the consent and publication (the gate), and a stamp of
the stored data (ledger and table folders change with every ingest and every
retention run), so a cached report is never older than the data it shows.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from mediacode.monitoring.reports.report import Report
from mediacode.org.organization import Organization
from mediacode.services.report import build_report
from mediacode.storage.layout import StateLayout, StorageSettings

Key = tuple[object, ...]


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def data_stamp(layout: StateLayout) -> tuple[int, ...]:
    folders = [layout.ledger, layout.data, layout.keys]
    if layout.data.is_dir():
        folders += sorted(p for p in layout.data.iterdir() if p.is_dir())
    return tuple(_mtime(folder) for folder in folders)


class ReportCache:
    def __init__(self, root: Path, storage: StorageSettings) -> None:
        self.layout = StateLayout.of(root, storage)
        self._lock = threading.Lock()
        self._reports: dict[str, tuple[Key, Report]] = {}

    def _key(self, org: Organization, purpose: str, today: dt.date) -> Key:
        governance = org.policy.governance
        return (
            purpose,
            today,
            org.monitoring_hash(),
            governance.works_council_consent,
            governance.published_on,
            data_stamp(self.layout),
        )

    def get(self, org: Organization, purpose: str, today: dt.date) -> Report:
        key = self._key(org, purpose, today)
        with self._lock:
            cached = self._reports.get(purpose)
        if cached is not None and cached[0] == key:
            return cached[1]
        report = build_report(org.root, purpose, today=today)
        with self._lock:
            self._reports[purpose] = (key, report)
        return report
