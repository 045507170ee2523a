"""P12: only traffic data is logged or queried."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        {"monitoring.logged_fields.web": ["time", "user", "host", "url_path"]},
        [("error", "monitoring.logged_fields.web[3]", "'url_path'")],
        id="url-path",
    ),
    pytest.param(
        {"monitoring.logged_fields.mail": ["time", "sender", "subject", "body"]},
        [
            ("error", "monitoring.logged_fields.mail[2]", "'subject'"),
            ("error", "monitoring.logged_fields.mail[3]", "'body'"),
        ],
        id="subject-and-body",
    ),
    pytest.param(
        {
            "monitoring.controls": [
                {
                    "name": "words",
                    "purpose": "security",
                    "sql": "select Subject, count(*) from mail group by 1",
                }
            ]
        },
        [("error", "monitoring.controls[0].sql", "'subject'")],
        id="sql-reads-subject",
    ),
    pytest.param(
        {
            "monitoring.controls": [
                {"name": "pages", "purpose": "security", "sql": "select path, query from web"}
            ]
        },
        [
            ("error", "monitoring.controls[0].sql", "'path'"),
            ("error", "monitoring.controls[0].sql", "'query'"),
        ],
        id="sql-reads-path-and-query",
    ),
    pytest.param(
        {
            "monitoring.controls": [
                {"name": "types", "purpose": "security", "sql": "select content_type, host from web"}
            ]
        },
        [],
        id="sql-traffic-only",
    ),
    pytest.param(
        {
            "monitoring.logged_fields.web": ["time", "user", "host", "category"],
            "monitoring.logged_fields.mail": ["time", "sender", "recipients"],
        },
        [],
        id="fewer-fields",
    ),
    pytest.param({}, [], id="defaults"),
]


@pytest.mark.parametrize(("overrides", "expected"), CASES)
def test_p12(check_rule, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    check_rule("P12", overrides, expected)
