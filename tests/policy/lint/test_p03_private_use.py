"""P03: the extent of private use is stated."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"private_use.email": REMOVE},
        [("error", "private_use.email", "private_use.email")],
        id="email-missing",
    ),
    pytest.param(
        {"private_use.internet": REMOVE},
        [("error", "private_use.internet", "private_use.internet")],
        id="internet-missing",
    ),
    pytest.param(
        {"private_use": REMOVE},
        [("error", "private_use.email", "e-mail"), ("error", "private_use.internet", "internet")],
        id="section-missing",
    ),
    pytest.param({"private_use.email": "none", "private_use.internet": "allowed"}, [], id="both-stated"),
    pytest.param({}, [], id="example"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p03(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P03", overrides, expected)
