"""P17: no mandatory employer-provided social media profile."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        {"social_media.employer_profile_mandatory": True},
        [("error", "social_media.employer_profile_mandatory", "is true")],
        id="mandatory",
    ),
    pytest.param({"social_media.employer_profile_mandatory": False}, [], id="not-mandatory"),
    pytest.param({}, [], id="default"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p17(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P17", overrides, expected)
