"""A small audit log to tamper with: 20 entries, a stored head every 8."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mediacode.audit.log_file import AuditLog

SIZE = 20
HEAD_EVERY = 8
START = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)


def fill(log: AuditLog, count: int, first: int = 0) -> None:
    for number in range(first, first + count):
        action = "ingest" if number % 2 else "report"
        log.append(
            "system",
            action,
            {"read": 1000 + number, "purpose": "security"},
            now=START + dt.timedelta(minutes=number),
        )


@pytest.fixture
def org(tmp_path: Path) -> Path:
    folder = tmp_path / "org"
    folder.mkdir()
    (folder / "policy.yaml").write_text("organization:\n  name: Test\n", encoding="utf-8")
    fill(AuditLog(folder / ".mediacode" / "audit", head_every=HEAD_EVERY), SIZE)
    return folder


def log_of(org: Path) -> AuditLog:
    return AuditLog(org / ".mediacode" / "audit", head_every=HEAD_EVERY)
