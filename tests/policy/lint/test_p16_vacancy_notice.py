"""P16: screening candidates' profiles is announced in the vacancy text."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"recruitment.vacancy_notice": False},
        [("error", "recruitment.vacancy_notice", "vacancy notice is off")],
        id="screening-without-notice",
    ),
    pytest.param(
        {"recruitment.vacancy_notice": REMOVE},
        [("error", "recruitment.vacancy_notice", "recruitment.vacancy_notice")],
        id="notice-left-out",
    ),
    pytest.param(
        {"recruitment.vacancy_notice": False, "recruitment.screens_social_profiles": False},
        [],
        id="no-screening",
    ),
    pytest.param({}, [], id="example"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p16(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P16", overrides, expected)
