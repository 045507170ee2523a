"""P06: backups keep traffic data at most retention plus 30 days."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"monitoring.backup_retention_days": REMOVE},
        [("warning", "monitoring.backup_retention_days", "backups")],
        id="missing",
    ),
    pytest.param(
        {"monitoring.backup_retention_days": 121},
        [("warning", "monitoring.backup_retention_days", "121 days")],
        id="one-day-too-long",
    ),
    pytest.param({"monitoring.backup_retention_days": 120}, [], id="retention-plus-30"),
    pytest.param({"monitoring.backup_retention_days": 0}, [], id="no-backups"),
    pytest.param(
        {"monitoring.backup_retention_days": 400, "monitoring.enabled": False}, [], id="monitoring-off"
    ),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p06(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P06", overrides, expected)
