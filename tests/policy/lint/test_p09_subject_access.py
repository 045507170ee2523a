"""P09: subject access cannot be switched off."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        {"governance.subject_access": False},
        [("error", "governance.subject_access", "false")],
        id="switched-off",
    ),
    pytest.param({"governance.subject_access": True}, [], id="on"),
    pytest.param({}, [], id="default"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p09(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P09", overrides, expected)
