# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""Apache/Squid combined and W3C extended proxy logs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources import combined
from mediacode.monitoring.sources.reject import Reject

TIME = "[23/Mar/2018:13:31:01 +0100]"
AT = datetime(2018, 3, 23, 12, 31, 1, tzinfo=UTC)
TAIL = '"https://referer.example/private/page" "Mozilla/5.0 (secret agent)"'


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            f'10.1.1.1 - jan {TIME} "GET http://news.example.com/article/123?session=abc HTTP/1.1" 200 2326 {TAIL}',
            WebRecord(AT, "jan", "10.1.1.1", "news.example.com", None, "GET", 200, 2326, None, None),
        ),
        (
            f'2001:db8::1 - - {TIME} "CONNECT login.example.com:443 HTTP/1.1" 200 - {TAIL} TCP_TUNNEL:HIER_DIRECT',
            WebRecord(
                AT, None, "2001:db8::1", "login.example.com", 443, "CONNECT", 200, 0, None, "TCP_TUNNEL"
            ),
        ),
        (
            f'intranet.example:8443 10.1.1.2 - - {TIME} "GET /hr/salaries?id=7 HTTP/1.1" 304 - {TAIL}',
            WebRecord(AT, None, "10.1.1.2", "intranet.example", 8443, "GET", 304, 0, None, None),
        ),
        (
            f'10.1.1.3 - - {TIME} "GET http://short.example/x HTTP/1.0" 404 10',
            WebRecord(AT, None, "10.1.1.3", "short.example", None, "GET", 404, 10, None, None),
        ),
    ],
)
def test_valid_lines_drop_path_referer_and_agent(line: str, expected: WebRecord) -> None:
    (record,) = combined.parse([line])
    assert record == expected
    text = repr(tuple(record))
    for secret in ("article", "session", "salaries", "id=7", "referer", "Mozilla", "secret", "/x"):
        assert secret not in text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "empty"),
        ("# note", "comment"),
        ("10.1.1.1 - -", "too_few_fields"),
        (f'10.1.1.1 - {TIME} "GET http://h/ HTTP/1.1" 200 1', "too_few_fields"),
        (f'a b c d e {TIME} "GET http://h/ HTTP/1.1" 200 1', "custom_format"),
        ('10.1.1.1 - - [23/Mar/2018:13:31:01] "GET http://h/ HTTP/1.1" 200 1', "bad_timestamp"),
        ('10.1.1.1 - - [31/Feb/2018:13:31:01 +0000] "GET http://h/ HTTP/1.1" 200 1', "bad_timestamp"),
        (f'10.1.1.1 - - {TIME} "-" 408 0 "-" "-"', "no_request"),
        (f'10.1.1.1 - - {TIME} "GET http://h/ HTTP/1.1" OK 1', "bad_status"),
        (f'10.1.1.1 - - {TIME} "GET http://h/ HTTP/1.1" 200 many', "bad_bytes"),
        (f'10.1.1.1 - - {TIME} "GET /index.html HTTP/1.1" 200 1 {TAIL}', "no_host"),
    ],
)
def test_rejects(line: str, reason: str) -> None:
    assert list(combined.parse([line])) == [Reject(1, reason)]


W3C_PROXY = [
    "#Software: SGOS 6.7",
    "#Fields: date time time-taken c-ip cs-username cs-method cs-host cs-uri-port cs-uri-path cs-uri-query"
    " sc-status sc-bytes rs(Content-Type) s-action cs(User-Agent)",
    "2024-03-04 08:00:00 12 10.0.0.9 piet GET www.example.com 80 /private/doc ?q=secret 200 512"
    " text/html;charset=UTF-8 TCP_MISS Mozilla/5.0+(X11)",
    "2024-03-04 08:00:01 12 10.0.0.9 - CONNECT vpn.example.com 443 - - 200 - - TCP_TUNNELED -",
    "2024-03-04 08:00:02 12 10.0.0.9 - GET - 80 /only/a/path - 200 1 - TCP_MISS -",
    "2024-03-04 08:00:03 10.0.0.9 - GET",
    "#Fields: date time c-ip cs-method cs-uri sc-status",
    "2024-03-04 25:00:00 10.0.0.8 GET http://a.example/x 200",
    "2024-03-04 09:00:00 10.0.0.8 GET https://b.example:8443/x?y 200",
]


def test_w3c_layouts_follow_the_fields_directive() -> None:
    items = list(combined.parse(W3C_PROXY))
    assert items == [
        WebRecord(
            datetime(2024, 3, 4, 8, 0, tzinfo=UTC),
            "piet",
            "10.0.0.9",
            "www.example.com",
            80,
            "GET",
            200,
            512,
            "text/html",
            "TCP_MISS",
        ),
        WebRecord(
            datetime(2024, 3, 4, 8, 0, 1, tzinfo=UTC),
            None,
            "10.0.0.9",
            "vpn.example.com",
            443,
            "CONNECT",
            200,
            0,
            None,
            "TCP_TUNNELED",
        ),
        Reject(5, "no_host"),
        Reject(6, "too_few_fields"),
        Reject(8, "bad_timestamp"),
        WebRecord(
            datetime(2024, 3, 4, 9, 0, tzinfo=UTC),
            None,
            "10.0.0.8",
            "b.example",
            8443,
            "GET",
            200,
            0,
            None,
            None,
        ),
    ]
    assert "secret" not in repr(items) and "private" not in repr(items)
