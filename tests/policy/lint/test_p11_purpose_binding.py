"""P11: every control exists and is bound to a declared purpose."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        {"monitoring.purposes.0.controls": ["malware_hits", "maleware_hits"]},
        [("error", "monitoring.purposes[0].controls[1]", "'maleware_hits'")],
        id="unknown-control",
    ),
    pytest.param(
        {"monitoring.controls": [{"name": "night_traffic", "sql": "select host from web"}]},
        [("error", "monitoring.controls[0]", "'night_traffic' has no purpose")],
        id="custom-without-purpose",
    ),
    pytest.param(
        {
            "monitoring.controls": [
                {"name": "night_traffic", "purpose": "marketing", "sql": "select host from web"}
            ]
        },
        [("error", "monitoring.controls[0].purpose", "'marketing'")],
        id="custom-undeclared-purpose",
    ),
    pytest.param(
        {
            "monitoring.controls": [
                {
                    "name": "night_traffic",
                    "purpose": "security",
                    "sql": "select host, count(*) from web group by host",
                }
            ]
        },
        [],
        id="custom-with-purpose",
    ),
    pytest.param(
        {
            "monitoring.controls": [{"name": "night_traffic", "sql": "select host from web"}],
            "monitoring.purposes.1.controls": ["night_traffic"],
        },
        [],
        id="custom-listed-by-purpose",
    ),
    pytest.param(
        {"monitoring.flags": {"blocked_category_attempt": {}}},
        [("error", "monitoring.flags.blocked_category_attempt", "not a built-in control")],
        id="flag-for-unknown-control",
    ),
    pytest.param(
        {
            "monitoring.controls": [{"name": "night_traffic", "purpose": "security", "sql": "select 1"}],
            "monitoring.flags": {"night_traffic": {}},
        },
        [("error", "monitoring.flags.night_traffic", "own control")],
        id="flag-for-custom-control-belongs-in-the-control",
    ),
    pytest.param({"monitoring.flags": {"blocked_category_attempts": {}}}, [], id="flag-for-builtin"),
    pytest.param({}, [], id="example"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p11(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P11", overrides, expected)
