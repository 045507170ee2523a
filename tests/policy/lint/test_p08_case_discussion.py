"""P08: an observed case is discussed with the employee within 14 days."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"governance.discuss_case_within_days": REMOVE},
        [("warning", "governance.discuss_case_within_days", "how many days")],
        id="missing",
    ),
    pytest.param(
        {"governance.discuss_case_within_days": 15},
        [("warning", "governance.discuss_case_within_days", "15 days")],
        id="fifteen",
    ),
    pytest.param({"governance.discuss_case_within_days": 14}, [], id="fourteen"),
    pytest.param(
        {"governance.discuss_case_within_days": 30, "monitoring.enabled": False}, [], id="monitoring-off"
    ),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p08(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P08", overrides, expected)
