"""P15: when private mail is allowed, a private-mail marker is set."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"private_use.private_mail_marker": REMOVE},
        [("warning", "private_use.private_mail_marker", "'limited'")],
        id="limited-without-marker",
    ),
    pytest.param(
        {"private_use.private_mail_marker": REMOVE, "private_use.email": "allowed"},
        [("warning", "private_use.private_mail_marker", "'allowed'")],
        id="allowed-without-marker",
    ),
    pytest.param({"private_use.private_mail_marker": {"mailbox": "prive"}}, [], id="mailbox-marker"),
    pytest.param(
        {"private_use.private_mail_marker": REMOVE, "private_use.email": "none"}, [], id="no-private-mail"
    ),
    pytest.param({}, [], id="example"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p15(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P15", overrides, expected)
