"""P01: monitoring needs a recorded works-council consent."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"governance.works_council_consent": REMOVE},
        [("error", "governance.works_council_consent", "works council")],
        id="enabled-without-consent",
    ),
    pytest.param(
        {"governance.works_council_consent": REMOVE, "monitoring.enabled": False},
        [],
        id="disabled-without-consent",
    ),
    pytest.param({}, [], id="example-with-consent"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p01(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P01", overrides, expected)
