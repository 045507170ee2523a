"""P18: no obligation to promote the organization on one's own accounts."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        {"social_media.promotion_required": True},
        [("error", "social_media.promotion_required", "is true")],
        id="required",
    ),
    pytest.param({"social_media.promotion_required": False}, [], id="not-required"),
    pytest.param({}, [], id="default"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p18(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P18", overrides, expected)
