"""P14: mail of the works council and the company doctor is spared."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"monitoring.privileged_groups": ["works_council"]},
        [("error", "monitoring.privileged_groups", "'company_doctor'")],
        id="no-company-doctor",
    ),
    pytest.param(
        {"monitoring.privileged_groups": []},
        [
            ("error", "monitoring.privileged_groups", "'works_council'"),
            ("error", "monitoring.privileged_groups", "'company_doctor'"),
        ],
        id="empty",
    ),
    pytest.param(
        {"monitoring.privileged_groups": ["works_council", "company_doctor", "confidential_counsellor"]},
        [],
        id="with-extra-group",
    ),
    pytest.param({"monitoring.privileged_groups": REMOVE}, [], id="default"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p14(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P14", overrides, expected)
