"""P02: monitoring starts only after the regulation is published."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"governance.published_on": REMOVE},
        [("error", "governance.published_on", "no publication date")],
        id="not-published",
    ),
    pytest.param(
        {"governance.published_on": dt.date(2026, 7, 1)},
        [("error", "governance.published_on", "2026-07-01")],
        id="published-in-future",
    ),
    pytest.param({"governance.published_on": dt.date(2026, 6, 1)}, [], id="published-today"),
    pytest.param(
        {"governance.published_on": REMOVE, "monitoring.enabled": False}, [], id="disabled-not-published"
    ),
    pytest.param({}, [], id="example"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p02(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P02", overrides, expected)
