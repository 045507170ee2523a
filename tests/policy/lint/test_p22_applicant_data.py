"""P22: applicant data from screening is deleted within four weeks."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"recruitment.delete_applicant_data_after_days": REMOVE},
        [("warning", "recruitment.delete_applicant_data_after_days", "when their data is deleted")],
        id="missing",
    ),
    pytest.param(
        {"recruitment.delete_applicant_data_after_days": 60},
        [("warning", "recruitment.delete_applicant_data_after_days", "60 days")],
        id="sixty-days",
    ),
    pytest.param({"recruitment.delete_applicant_data_after_days": 28}, [], id="four-weeks"),
    pytest.param(
        {"recruitment.delete_applicant_data_after_days": 60, "recruitment.screens_social_profiles": False},
        [],
        id="no-screening",
    ),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p22(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P22", overrides, expected)
