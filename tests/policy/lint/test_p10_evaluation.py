"""P10: the regulation is evaluated at least every 24 months and not overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"governance.evaluate_every_months": REMOVE},
        [("warning", "governance.evaluate_every_months", "no evaluation interval")],
        id="no-interval",
    ),
    pytest.param(
        {"governance.evaluate_every_months": 25},
        [("warning", "governance.evaluate_every_months", "every 25 months")],
        id="interval-too-long",
    ),
    pytest.param(
        {"governance.last_evaluated_on": dt.date(2025, 1, 1)},
        [("warning", "governance.last_evaluated_on", "2026-01-01")],
        id="overdue",
    ),
    pytest.param(
        {"governance.evaluate_every_months": 36, "governance.last_evaluated_on": dt.date(2024, 1, 31)},
        [
            ("warning", "governance.evaluate_every_months", "36"),
            ("warning", "governance.last_evaluated_on", "2026-01-31"),
        ],
        id="long-interval-capped-at-24",
    ),
    pytest.param(
        {"governance.last_evaluated_on": REMOVE, "governance.published_on": dt.date(2025, 3, 1)},
        [("warning", "governance.last_evaluated_on", "2026-03-01")],
        id="never-evaluated",
    ),
    pytest.param({"governance.last_evaluated_on": REMOVE}, [], id="published-recently"),
    pytest.param({"governance.last_evaluated_on": dt.date(2025, 6, 1)}, [], id="due-today"),
    pytest.param({}, [], id="example"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p10(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P10", overrides, expected)
