"""P07: re-identification needs two distinct approvers, neither an administrator."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"governance.reidentification_approvers": ["privacy_officer"]},
        [("error", "governance.reidentification_approvers", "found: 1")],
        id="one-approver",
    ),
    pytest.param(
        {"governance.reidentification_approvers": ["privacy_officer", "Privacy_Officer"]},
        [("error", "governance.reidentification_approvers", "found: 1")],
        id="same-approver-twice",
    ),
    pytest.param(
        {"governance.reidentification_approvers": []},
        [("error", "governance.reidentification_approvers", "found: 0")],
        id="none",
    ),
    pytest.param(
        {"governance.reidentification_approvers": ["privacy_officer", "system_administrator"]},
        [("error", "governance.reidentification_approvers[1]", "'system_administrator'")],
        id="administrator-approves",
    ),
    pytest.param(
        {"governance.reidentification_approvers": ["admin"]},
        [
            ("error", "governance.reidentification_approvers", "found: 1"),
            ("error", "governance.reidentification_approvers[0]", "'admin'"),
        ],
        id="only-admin",
    ),
    pytest.param(
        {"governance.reidentification_approvers": ["privacy_officer", "E012"]}, [], id="officer-and-person"
    ),
    pytest.param({"governance.reidentification_approvers": REMOVE}, [], id="default"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p07(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P07", overrides, expected)
