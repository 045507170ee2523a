# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""The Postfix hot loop's caches and the parser in a second process give the plain reading's answers."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mediacode.monitoring.pseudonym import MessagePseudonyms, message_pseudonym
from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.sources import parse_ahead as parse_ahead_module
from mediacode.monitoring.sources import postfix
from mediacode.monitoring.sources.files import read_lines
from mediacode.monitoring.sources.parse_ahead import ParseAheadError, parse_ahead
from mediacode.monitoring.sources.reject import Reject
from mediacode.monitoring.sources.syslog_time import ClassicClock

REAL = Path("/work/shared/data/real-logs/postfix")


def removed(stamp: str, queue_id: str) -> str:
    return f"{stamp} mx postfix/qmgr[3]: {queue_id}: removed"


@pytest.mark.parametrize(
    ("lines", "years"),
    [
        # the same stamp twice, then the year turns and an old stamp comes again in the new year
        (
            [
                removed("Dec 31 23:59:59", "AAAAA1"),
                removed("Dec 31 23:59:59", "AAAAA2"),
                removed("Jan  1 00:00:01", "AAAAA3"),
                removed("Dec 31 23:59:59", "AAAAA4"),
            ],
            [2024, 2024, 2025, 2025],
        ),
        # an impossible date in January still turns the year before it fails: the repeated December stamp is read in the new year
        (
            [
                removed("Dec 31 23:59:59", "AAAAA1"),
                removed("Jan 32 00:00:00", "AAAAA2"),
                removed("Dec 31 23:59:59", "AAAAA3"),
            ],
            [2024, 2025],
        ),
        # an RFC 3339 line between two equal classic stamps does not disturb them
        (
            [
                removed("Mar  1 10:00:00", "AAAAA1"),
                removed("2024-03-01T09:00:00+00:00 mx", "AAAAA2").replace(" mx mx", " mx"),
                removed("Mar  1 10:00:00", "AAAAA3"),
            ],
            [2024, 2024, 2024],
        ),
    ],
)
def test_cached_stamps_keep_the_year_of_the_plain_reading(lines: list[str], years: list[int]) -> None:
    records = [item for item in postfix.parse(lines, year=2024) if isinstance(item, MailRecord)]
    assert [record.at.year for record in records] == years


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Mar  1 10:00:00 mx postfix/smtp[1] AAAAA1: to=<a@b.example>, status=sent", "no_program"),
        ("Mar  1 10:00:00 mx sendmail[1]: AAAAA1: to=<a@b.example>, status=sent", "not_postfix"),
        ("Mar  1 10:00:00 mx postfix/smtp[1]: AAAAA1: to=<a@b.example>, status=sent", None),
    ],
)
def test_a_cached_program_token_gives_the_same_verdict_every_time(line: str, reason: str | None) -> None:
    items = list(postfix.parse([line, line], year=2024))
    rejects = [item for item in items if isinstance(item, Reject)]
    assert [r.reason for r in rejects] == ([reason, reason] if reason else [])


def test_a_known_queue_id_still_sees_refusals() -> None:
    lines = [
        "Mar  1 10:00:00 mx postfix/smtpd[1]: BBBBB1: client=x[192.0.2.1]",
        "Mar  1 10:00:01 mx postfix/smtpd[1]: BBBBB1: reject: RCPT from x[192.0.2.1]: 550 no; from=<S@x.example> to=<r@y.example>",
        "Mar  1 10:00:02 mx postfix/cleanup[2]: BBBBB1: milter-reject: END-OF-MESSAGE from x; from=<s@x.example> to=<q@y.example>",
        "Mar  1 10:00:03 mx postfix/qmgr[3]: BBBBB1: removed",
    ]
    records = [item for item in postfix.parse(lines, year=2024) if isinstance(item, MailRecord)]
    assert [(r.status, r.recipients) for r in records] == [
        ("rejected", ("r@y.example",)),
        ("rejected", ("q@y.example",)),
        ("unknown", ()),  # the milter refusal forgot the message; "removed" opens and closes a new one
    ]
    assert records[2].at == datetime(2024, 3, 1, 10, 0, 3, tzinfo=UTC)


def test_the_clock_cache_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from mediacode.monitoring.sources import syslog_time

    monkeypatch.setattr(syslog_time, "SEEN_KEPT", 2)
    clock = ClassicClock(2024)
    stamps = [("Mar", "1", f"10:00:0{n}") for n in range(5)] * 2
    assert [clock.at(*s) for s in stamps] == [
        datetime(2024, 3, 1, 10, 0, n % 5, tzinfo=UTC) for n in range(10)
    ]


@pytest.mark.parametrize("key_bytes", [16, 32, 64, 65, 100])
def test_message_pseudonyms_are_those_of_the_plain_hmac(key_bytes: int) -> None:
    key = os.urandom(key_bytes)
    numbering = MessagePseudonyms(key, "postfix-0123")
    assert [numbering.of(n) for n in range(1, 300)] == [
        message_pseudonym(key, "postfix-0123", n) for n in range(1, 300)
    ]
    assert numbering.of(1) != MessagePseudonyms(key, "postfix-3210").of(1)


@pytest.mark.parametrize(
    "ordinals",
    [[], [1], [7, 3, 7], list(range(1, 1200)), [9, 10, 99, 100, 999_999, 1_000_000, 12_345_678_901]],
    ids=["none", "one", "repeated-out-of-order", "many", "digit-boundaries"],
)
def test_message_pseudonyms_of_many_are_those_of_one_by_one(ordinals: list[int]) -> None:
    key = os.urandom(32)
    numbering = MessagePseudonyms(key, "postfix-0123")
    found = numbering.of_many(ordinals)
    assert found == [message_pseudonym(key, "postfix-0123", n) for n in ordinals]
    assert found == [numbering.of(n) for n in ordinals]
    assert not set(found) & set(MessagePseudonyms(os.urandom(32), "postfix-0123").of_many(ordinals))


def _samples() -> list[Path]:
    return sorted(REAL.glob("*.log")) if REAL.is_dir() else []


@pytest.mark.parametrize("sample", _samples(), ids=lambda p: p.name)
def test_parse_ahead_yields_the_parsers_items_in_order(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_ahead_module, "BATCH_ITEMS", 3)
    options = {"year": 2024, "local_domains": ("example.com",), "private_subject_tag": "[private]"}
    batches = list(parse_ahead(sample, postfix.parse, options))
    expected = list(postfix.parse(read_lines(sample), **options))  # type: ignore[arg-type]
    assert [item for _, batch in batches for item in batch] == expected
    assert batches[-1][0] == sum(1 for _ in read_lines(sample))


def test_parse_ahead_reports_a_failure_by_type_only(tmp_path: Path) -> None:
    log = tmp_path / "maillog"
    log.write_text("Mar  1 10:00:00 mx postfix/qmgr[3]: SECRET1: removed\n")
    with pytest.raises(ParseAheadError, match="TypeError") as raised:
        list(parse_ahead(log, postfix.parse, {"no_such_option": "secret@example.com"}))
    assert "secret" not in str(raised.value).lower()
