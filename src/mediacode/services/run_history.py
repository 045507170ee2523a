"""Ingest and retention runs as the administrator sees them: when, which source, counts. No identities.

Runs come from the audit log (``ingest``, ``retention``, ``key.destroy``
entries hold counts only); the input files from the ingest ledger (counts and
partition names, no file name or path). Nothing here reads the stored rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediacode.audit.entry import EntryFormatError, parse_entry
from mediacode.services.audit import audit_log
from mediacode.storage.layout import StateLayout, StorageSettings
from mediacode.storage.ledger import Ledger

RUN_ACTIONS = ("ingest", "retention", "key.destroy")


@dataclass(frozen=True)
class IngestRun:
    at: str
    source: str
    files: int
    skipped_files: int
    read: int
    accepted: int
    rejected: int
    rows: int
    partitions: int

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class RetentionRun:
    at: str
    removed_partitions: int
    destroyed_keys: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at,
            "removed_partitions": self.removed_partitions,
            "destroyed_keys": list(self.destroyed_keys),
        }


@dataclass(frozen=True)
class IngestedFile:
    ingested_on: str
    source: str
    read: int
    accepted: int
    rejected: int
    rows: int
    partitions: int

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class RunHistory:
    ingest_runs: tuple[IngestRun, ...]
    retention_runs: tuple[RetentionRun, ...]
    files: tuple[IngestedFile, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "ingest_runs": [r.as_dict() for r in self.ingest_runs],
            "retention_runs": [r.as_dict() for r in self.retention_runs],
            "files": [f.as_dict() for f in self.files],
        }


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _rows(value: object) -> int:
    if isinstance(value, dict):
        return sum(_int(v) for v in value.values())
    return _int(value)


def run_history(org_root: Path, settings: StorageSettings | None = None) -> RunHistory:
    """Newest first: every ingest run, every retention run, every ingested input file."""
    ingests: list[IngestRun] = []
    retentions: list[RetentionRun] = []
    log = audit_log(org_root)
    if log.log_path.is_file():
        for line in log.lines():
            if not any(f'"action":"{name}"'.encode() in line for name in RUN_ACTIONS):
                continue
            try:
                entry = parse_entry(line.rstrip(b"\n"))
            except EntryFormatError:
                continue
            details = entry.details
            if entry.action == "ingest":
                ingests.append(
                    IngestRun(
                        entry.at,
                        str(details.get("source", "")),
                        _int(details.get("files")),
                        _int(details.get("skipped_files")),
                        _int(details.get("read")),
                        _int(details.get("accepted")),
                        _rows(details.get("rejected")),
                        _rows(details.get("rows")),
                        _int(details.get("partitions_written")),
                    )
                )
            elif entry.action == "retention":
                retentions.append(RetentionRun(entry.at, _int(details.get("removed_partitions")), ()))
            elif entry.action == "key.destroy":
                periods = details.get("periods")
                destroyed = tuple(str(p) for p in periods) if isinstance(periods, list) else ()
                retentions.append(RetentionRun(entry.at, 0, destroyed))
    ledger = Ledger(StateLayout.of(org_root, settings).ledger)
    files = [
        IngestedFile(
            str(e.get("ingested_on", "")),
            str(e.get("source", "")),
            _int(e.get("read")),
            _int(e.get("accepted")),
            _rows(e.get("rejected")),
            _int(e.get("rows")),
            len(published) if isinstance(published := e.get("files"), list | dict) else 0,
        )
        for e in ledger.entries()
    ]
    return RunHistory(
        tuple(reversed(ingests)),
        tuple(reversed(retentions)),
        tuple(sorted(files, key=lambda f: f.ingested_on, reverse=True)),
    )
