"""P05: reports are over at least 5 people, 10 recommended."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"monitoring.min_group_size": 4},
        [("error", "monitoring.min_group_size", "is 4")],
        id="four-is-an-error",
    ),
    pytest.param(
        {"monitoring.min_group_size": 1},
        [("error", "monitoring.min_group_size", "is 1")],
        id="one-is-an-error",
    ),
    pytest.param(
        {"monitoring.min_group_size": 5},
        [("warning", "monitoring.min_group_size", "is 5")],
        id="five-is-a-warning",
    ),
    pytest.param(
        {"monitoring.min_group_size": 9},
        [("warning", "monitoring.min_group_size", "is 9")],
        id="nine-is-a-warning",
    ),
    pytest.param({"monitoring.min_group_size": 10}, [], id="ten"),
    pytest.param({"monitoring.min_group_size": REMOVE}, [], id="default-ten"),
    pytest.param({"monitoring.min_group_size": 25}, [], id="twenty-five"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p05(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P05", overrides, expected)
