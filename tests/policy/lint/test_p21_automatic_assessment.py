"""P21: a flag only opens the way to a case."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        {
            "monitoring.controls": [
                {
                    "name": "heavy_users",
                    "purpose": "capacity",
                    "sql": "select user from web",
                    "flag": {"action": "warn_manager"},
                }
            ]
        },
        [("error", "monitoring.controls[0].flag.action", "'warn_manager'")],
        id="automatic-warning",
    ),
    pytest.param(
        {
            "monitoring.controls": [
                {
                    "name": "heavy_users",
                    "purpose": "capacity",
                    "sql": "select user from web",
                    "flag": {"action": "open_case"},
                }
            ]
        },
        [],
        id="opens-a-case",
    ),
    pytest.param(
        {
            "monitoring.controls": [
                {
                    "name": "heavy_users",
                    "purpose": "capacity",
                    "sql": "select user from web",
                    "flag": {"above_department_median": 4.0},
                }
            ]
        },
        [],
        id="default-action",
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
        id="no-flag",
    ),
    pytest.param(
        {"monitoring.flags": {"blocked_category_attempts": {"action": "block_account"}}},
        [("error", "monitoring.flags.blocked_category_attempts.action", "'block_account'")],
        id="builtin-automatic-block",
    ),
    pytest.param(
        {"monitoring.flags": {"blocked_category_attempts": {"above_department_median": 5}}},
        [],
        id="builtin-opens-a-case",
    ),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p21(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P21", overrides, expected)
