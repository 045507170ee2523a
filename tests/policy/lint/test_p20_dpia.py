"""P20: monitoring has a DPIA reference."""

from __future__ import annotations

import pytest

from tests.policy.lint.conftest import REMOVE

CASES = [
    pytest.param(
        {"governance.dpia_reference": REMOVE}, [("error", "governance.dpia_reference", "DPIA")], id="missing"
    ),
    pytest.param(
        {"governance.dpia_reference": "  "}, [("error", "governance.dpia_reference", "DPIA")], id="blank"
    ),
    pytest.param({"governance.dpia_reference": REMOVE, "monitoring.enabled": False}, [], id="monitoring-off"),
    pytest.param({}, [], id="example"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p20(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P20", overrides, expected)
