"""The real-world samples in shared/data/real-logs parse with known counts (checked by eye once)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources import combined, files, postfix, squid
from mediacode.monitoring.sources.counting import Tally
from mediacode.monitoring.sources.reject import Reject
from tests.conftest import SHARED

REAL_LOGS = SHARED / "data" / "real-logs"
Parser = Callable[[Iterable[str]], Iterator[object]]


def postfix_2024(lines: Iterable[str]) -> Iterator[object]:
    return postfix.parse(lines, year=2024)


def tally(path: Path, parser: Parser) -> Tally:
    counts = Tally(keep_lines=1000)
    for item in parser(counts.count_lines(files.read_lines(path))):
        counts.observe(item)
    return counts


@pytest.mark.parametrize(
    ("name", "parser", "read", "accepted", "records", "rejected"),
    [
        # 4 log lines (one is Squid's own "error:method-not-allowed" CONNECT: no host); '#' notes and blanks
        ("squid/fail2ban_squid.log", squid.parse, 13, 3, 3, {"comment": 6, "empty": 3, "no_host": 1}),
        (
            "squid/elastic-integrations_test-access-extensive.log",
            squid.parse,
            11,
            0,
            0,
            {"custom_format": 11},
        ),
        # web-server logs: origin-form targets name no host
        ("web/mtail_apache-combined.log", combined.parse, 5, 0, 0, {"no_host": 5}),
        ("web/lnav_logfile_access_log.0", combined.parse, 3, 0, 0, {"no_host": 3}),
        ("web/lnav_logfile_w3c.0", combined.parse, 5, 4, 0, {"no_host": 1}),
        ("web/lnav_logfile_w3c_big.0", combined.parse, 254, 44, 0, {"no_host": 210}),
        # 26 reject lines become "rejected" records; SASL warnings, disconnects, postscreen are read past
        ("postfix/fail2ban_postfix.log", postfix_2024, 203, 63, 26, {"comment": 88, "empty": 52}),
        # 5 removed messages + 1 NOQUEUE reject + 2 unfinished (bounced, deferred)
        ("postfix/pflogsumm-go_sample.log", postfix_2024, 31, 31, 7, {}),
        ("postfix/pflogsumm-go_rfc3339.log", postfix_2024, 4, 4, 1, {}),
    ],
)
def test_real_sample_counts(
    name: str, parser: Parser, read: int, accepted: int, records: int, rejected: dict[str, int]
) -> None:
    counts = tally(REAL_LOGS / name, parser)
    assert (counts.read, counts.accepted_lines, counts.records, dict(counts.rejected)) == (
        read,
        accepted,
        records,
        rejected,
    )


def test_every_real_sample_is_covered() -> None:
    covered = {
        "squid/fail2ban_squid.log", "squid/elastic-integrations_test-access-extensive.log",
        "web/mtail_apache-combined.log", "web/lnav_logfile_access_log.0", "web/lnav_logfile_w3c.0",
        "web/lnav_logfile_w3c_big.0", "postfix/fail2ban_postfix.log", "postfix/pflogsumm-go_sample.log",
        "postfix/pflogsumm-go_rfc3339.log",
    }  # fmt: skip
    present = {str(path.relative_to(REAL_LOGS)) for path in REAL_LOGS.glob("*/*")}
    assert present == covered


def test_custom_format_squid_sample_is_rejected_line_by_line() -> None:
    path = REAL_LOGS / "squid" / "elastic-integrations_test-access-extensive.log"
    items = list(squid.parse(files.read_lines(path)))
    assert items == [Reject(number, "custom_format") for number in range(1, 12)]


def test_real_squid_records_hold_no_path() -> None:
    items = list(squid.parse(files.read_lines(REAL_LOGS / "squid" / "fail2ban_squid.log")))
    records = [item for item in items if isinstance(item, WebRecord)]
    assert [record.host for record in records] == ["www.proxy-listen.de", "www2t.biglobe.ne.jp", "pkfsp.ru"]
    for secret in ("azenv", "take52", "env.cgi", "wp-content", "engine.php"):
        assert secret not in repr(items)


def test_real_combined_lines_parse_fully_once_a_vhost_names_the_host() -> None:
    lines = [
        f"shop.example:443 {line}"
        for line in files.read_lines(REAL_LOGS / "web" / "mtail_apache-combined.log")
    ]
    records = [item for item in combined.parse(lines) if isinstance(item, WebRecord)]
    assert len(records) == 5
    assert {(record.host, record.port) for record in records} == {("shop.example", 443)}
    assert records[-1].client_ip == "2001:db8::1" and records[-1].bytes == 0 and records[-1].status == 304
    assert (
        "api" not in repr(records) and "fubarservice" not in repr(records) and "libcurl" not in repr(records)
    )
