# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""Squid native access.log: valid lines, every reject reason, CONNECT, IPv6, ``-`` fields."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources import squid
from mediacode.monitoring.sources.reject import Reject

AT = datetime(2024, 3, 4, 8, 0, 0, 123000, tzinfo=UTC)
STAMP = "1709539200.123"


def one(line: str) -> WebRecord | Reject:
    (item,) = squid.parse([line])
    return item


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            f"{STAMP}    120 10.0.0.5 TCP_MISS/200 5120 GET http://www.example.com/secret/path?q=terms#frag"
            " jan.jansen HIER_DIRECT/93.184.216.34 text/html;charset=utf-8",
            WebRecord(
                AT,
                "jan.jansen",
                "10.0.0.5",
                "www.example.com",
                None,
                "GET",
                200,
                5120,
                "text/html",
                "TCP_MISS",
            ),
        ),
        (
            f"{STAMP}  45012 10.0.0.6 TCP_TUNNEL/200 88000 CONNECT mail.Example.org:443 - HIER_DIRECT/1.2.3.4 -",
            WebRecord(
                AT, None, "10.0.0.6", "mail.example.org", 443, "CONNECT", 200, 88000, None, "TCP_TUNNEL"
            ),
        ),
        (
            f"{STAMP}      3 2001:db8::7 TCP_DENIED/407 3900 GET http://user:pw@intra.example:8080/a/b"
            " - HIER_NONE/- text/html",
            WebRecord(
                AT, None, "2001:db8::7", "intra.example", 8080, "GET", 407, 3900, "text/html", "TCP_DENIED"
            ),
        ),
        (
            f"{STAMP}      7 ::1 TCP_TUNNEL/200 10 CONNECT [2001:db8::1]:443 DOMAIN%5Cpiet HIER_DIRECT/- -",
            WebRecord(AT, "DOMAIN\\piet", "::1", "2001:db8::1", 443, "CONNECT", 200, 10, None, "TCP_TUNNEL"),
        ),
        (
            f"{STAMP}      0 10.0.0.5 TCP_MISS_ABORTED/000 0 GET https://cdn.example.net/x.js?id=9 a HIER_NONE/- -",
            WebRecord(AT, "a", "10.0.0.5", "cdn.example.net", None, "GET", 0, 0, None, "TCP_MISS_ABORTED"),
        ),
    ],
)
def test_valid_lines_keep_traffic_data_only(line: str, expected: WebRecord) -> None:
    record = one(line)
    assert record == expected
    text = repr(tuple(record))
    for secret in ("secret", "path", "q=terms", "frag", "pw", "/a/b", "x.js", "id=9"):
        assert secret not in text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("# a comment", "comment"),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ -", "too_few_fields"),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ - HIER_NONE/- - [Host: h]", "custom_format"),
        ("yesterday 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ - HIER_NONE/- -", "bad_timestamp"),
        ("1e999 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ - HIER_NONE/- -", "bad_timestamp"),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS 10 GET http://h/ - HIER_NONE/- -", "bad_status"),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS/2000 10 GET http://h/ - HIER_NONE/- -", "bad_status"),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS/200 -12 GET http://h/ - HIER_NONE/- -", "bad_bytes"),
        (
            f"{STAMP} 1 10.0.0.5 NONE/405 3364 CONNECT error:method-not-allowed - HIER_NONE/- text/html",
            "no_host",
        ),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS/200 10 GET /relative/path - HIER_NONE/- -", "no_host"),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS/200 10 CONNECT host:99999 - HIER_NONE/- -", "no_host"),
        (f"{STAMP} 1 10.0.0.5 TCP_MISS/200 10 GET http:///nohost - HIER_NONE/- -", "no_host"),
    ],
)
def test_rejects_carry_a_reason_and_no_text(line: str, reason: str) -> None:
    item = one(line)
    assert item == Reject(1, reason)


def test_line_numbers_count_every_line() -> None:
    good = f"{STAMP} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -"
    items = list(squid.parse([good, "junk", good, ""]))
    assert [type(item).__name__ for item in items] == ["WebRecord", "Reject", "WebRecord", "Reject"]
    assert [item.line_number for item in items if isinstance(item, Reject)] == [2, 4]
