"""P19: the consent covers this exact version of the monitoring part."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import CURRENT_HASH, REMOVE

CASES = [
    pytest.param(
        {}, [("error", "governance.works_council_consent.covers", "2026-03-01")], id="consent-without-covers"
    ),
    pytest.param(
        {"governance.works_council_consent.covers": "sha256:" + "0" * 64},
        [("error", "governance.works_council_consent.covers", "sha256:000000000000")],
        id="covers-another-version",
    ),
    pytest.param({"governance.works_council_consent.covers": CURRENT_HASH}, [], id="covers-this-version"),
    pytest.param({"governance.works_council_consent": REMOVE}, [], id="no-consent"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p19(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P19", overrides, expected)
