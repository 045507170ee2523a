"""P13: traffic data retention is stated and at most six months unless justified."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"monitoring.retention_days": REMOVE},
        [("error", "monitoring.retention_days", "how long traffic data is kept")],
        id="missing",
    ),
    pytest.param(
        {"monitoring.retention_days": 200},
        [("warning", "monitoring.retention_days", "200 days")],
        id="longer-than-six-months",
    ),
    pytest.param(
        {"monitoring.retention_days": 200, "monitoring.retention_justification": "   "},
        [("warning", "monitoring.retention_days", "200 days")],
        id="blank-justification",
    ),
    pytest.param(
        {
            "monitoring.retention_days": 200,
            "monitoring.retention_justification": "legal hold for a running audit",
        },
        [],
        id="justified",
    ),
    pytest.param({"monitoring.retention_days": 183}, [], id="six-months"),
    pytest.param({"monitoring.retention_days": REMOVE, "monitoring.enabled": False}, [], id="monitoring-off"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p13(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P13", overrides, expected)
