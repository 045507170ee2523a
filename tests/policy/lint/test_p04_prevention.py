"""P04: a purpose about forbidden use has a preventive block."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        {"prevention.blocked_categories": []},
        [("warning", "monitoring.purposes[2]", "'private_use'")],
        id="inferred-from-builtin-controls",
    ),
    pytest.param(
        {"prevention.blocked_categories": [], "monitoring.purposes.1.forbidden_use": True},
        [
            ("warning", "monitoring.purposes[1]", "'capacity'"),
            ("warning", "monitoring.purposes[2]", "'private_use'"),
        ],
        id="declared-forbidden",
    ),
    pytest.param(
        {"prevention.blocked_categories": [], "monitoring.purposes.2.forbidden_use": False},
        [],
        id="declared-not-forbidden",
    ),
    pytest.param(
        {
            "prevention.blocked_categories": [],
            "monitoring.controls": [{"name": "gaming", "sql": "select host from web", "forbidden_use": True}],
            "monitoring.purposes.1.controls": ["gaming"],
            "monitoring.purposes.2.controls": ["malware_hits"],
        },
        [("warning", "monitoring.purposes[1]", "'capacity'")],
        id="custom-forbidden-control",
    ),
    pytest.param(
        {"prevention.blocked_categories": [], "prevention.blocked_domains": ["casino.example"]},
        [],
        id="domains-blocked",
    ),
    pytest.param({}, [], id="example-categories-blocked"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p04(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P04", overrides, expected)
