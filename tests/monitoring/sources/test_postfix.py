# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""Postfix maillog: reassembly, statuses, years, RFC 3339, bounded memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.sources import postfix
from mediacode.monitoring.sources.reject import Notice, Reject

FLOW = [
    "Mar 22 08:00:02 mx postfix/smtpd[1]: 3F2A1B: client=sender.example.net[192.0.2.1]",
    "Mar 22 08:00:03 mx postfix/cleanup[2]: 3F2A1B: message-id=<secret-id@example.net>",
    "Mar 22 08:00:03 mx postfix/cleanup[2]: 3F2A1B: info: header Subject: [PRIVE] dokter from x[1.2.3.4];"
    " from=<a@example.net> to=<b@org.example>",
    "Mar 22 08:00:04 mx postfix/qmgr[3]: 3F2A1B: from=<Alice@Example.NET>, size=2048, nrcpt=3 (queue active)",
    "Mar 22 08:00:05 mx postfix/lmtp[4]: 3F2A1B: to=<bob@org.example>, relay=local, dsn=2.0.0, status=sent (ok)",
    "Mar 22 08:00:05 mx postfix/smtp[5]: 3F2A1B: to=<carol@else.example>, orig_to=<c@org.example>, relay=none,"
    " delay=30, dsn=4.4.1, status=deferred (connect to mx.else.example[10.0.0.4]:25: Connection timed out)",
    "Mar 22 08:00:06 mx postfix/local[6]: 3F2A1B: to=<dave@org.example>, relay=local, status=bounced (unknown user)",
    "Mar 22 09:00:05 mx postfix/smtp[5]: 3F2A1B: to=<carol@else.example>, relay=mx[10.0.0.4]:25, status=sent (250)",
    "Mar 22 09:00:06 mx postfix/qmgr[3]: 3F2A1B: removed",
]


def records(items: list[object]) -> list[MailRecord]:
    return [item for item in items if isinstance(item, MailRecord)]


def test_a_message_is_reassembled_from_its_queue_id_lines() -> None:
    items = list(postfix.parse(FLOW, year=2024, local_domains=["org.example"], private_subject_tag="[prive]"))
    assert items == [
        MailRecord(
            at=datetime(2024, 3, 22, 8, 0, 2, tzinfo=UTC),
            sender="alice@example.net",
            recipients=("bob@org.example", "carol@else.example", "dave@org.example"),
            size=2048,
            direction="inbound",
            status="partial",
            subject_marker_private=True,
        )
    ]
    assert "secret-id" not in repr(items) and "dokter" not in repr(items)


@pytest.mark.parametrize(
    ("outcomes", "status"),
    [
        (["sent", "sent"], "sent"),
        (["deferred", "sent"], "sent"),  # the last attempt for a recipient counts
        (["bounced"], "bounced"),
        (["deferred"], "deferred"),
    ],
)
def test_status_is_the_last_outcome_per_recipient(outcomes: list[str], status: str) -> None:
    lines = [
        f"Mar 22 08:00:0{n} mx postfix/smtp[5]: ABC123: to=<r@x.example>, status={o} (t)"
        for n, o in enumerate(outcomes)
    ]
    lines.append("Mar 22 08:00:09 mx postfix/qmgr[3]: ABC123: removed")
    (record,) = records(list(postfix.parse(lines, year=2024)))
    assert record.status == status
    assert record.direction is None  # no local domains given


@pytest.mark.parametrize(
    ("sender", "recipient", "direction"),
    [
        ("a@org.example", "b@org.example", "internal"),
        ("a@org.example", "b@else.example", "outbound"),
        ("a@else.example", "b@mail.org.example", "inbound"),
        ("a@else.example", "b@other.example", None),
    ],
)
def test_direction_from_local_domains(sender: str, recipient: str, direction: str | None) -> None:
    lines = [
        f"Mar 22 08:00:04 mx postfix/qmgr[3]: ABC123: from=<{sender}>, size=1, nrcpt=1 (queue active)",
        f"Mar 22 08:00:05 mx postfix/smtp[5]: ABC123: to=<{recipient}>, status=sent (250)",
        "Mar 22 08:00:06 mx postfix/qmgr[3]: ABC123: removed",
    ]
    (record,) = records(list(postfix.parse(lines, year=2024, local_domains=["org.example"])))
    assert record.direction == direction


def test_turn_of_the_year_rolls_the_year_forward() -> None:
    lines = [
        "Dec 31 23:59:58 mx postfix/qmgr[3]: AAA111: from=<a@x.example>, size=1, nrcpt=1 (queue active)",
        "Dec 31 23:59:59 mx postfix/qmgr[3]: AAA111: removed",
        "Jan  1 00:00:01 mx postfix/qmgr[3]: BBB222: from=<a@x.example>, size=1, nrcpt=1 (queue active)",
        "Jan  1 00:00:02 mx postfix/qmgr[3]: BBB222: removed",
    ]
    found = records(list(postfix.parse(lines, year=2023)))
    assert [record.at for record in found] == [
        datetime(2023, 12, 31, 23, 59, 58, tzinfo=UTC),
        datetime(2024, 1, 1, 0, 0, 1, tzinfo=UTC),
    ]


def test_classic_stamps_take_the_given_zone() -> None:
    lines = ["Jul  1 10:00:00 mx postfix/qmgr[3]: AAA111: removed"]
    (record,) = records(list(postfix.parse(lines, year=2024, zone=timezone(timedelta(hours=2)))))
    assert record.at == datetime(2024, 7, 1, 8, 0, tzinfo=UTC)


def test_rfc3339_stamps_are_converted_to_utc() -> None:
    lines = [
        "2024-03-22T09:00:02.250+01:00 mx postfix/qmgr[3]: ABC123: from=<a@x.example>, size=5, nrcpt=1",
        "2024-03-22T09:00:03+01:00 mx postfix/smtp[5]: ABC123: to=<b@y.example>, status=sent (250)",
        "2024-03-22T08:00:04Z mx postfix/qmgr[3]: ABC123: removed",
    ]
    (record,) = records(list(postfix.parse(lines)))
    assert record.at == datetime(2024, 3, 22, 8, 0, 2, 250000, tzinfo=UTC)
    assert (record.sender, record.recipients, record.size) == ("a@x.example", ("b@y.example",), 5)


def test_noqueue_rejects_become_rejected_records_at_once() -> None:
    lines = [
        "Mar 22 08:05:01 mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from spam.example[172.16.0.1]: 554 5.7.1"
        " <v@org.example>: Relay access denied; from=<s@spam.example> to=<v@org.example> proto=ESMTP helo=<h>",
        "Mar 22 08:05:02 mx postfix/smtpd[9]: 4D5E6F7A: milter-reject: END-OF-MESSAGE from h[1.2.3.4]: 5.7.1 no;"
        " from=<> to=<w@org.example> proto=ESMTP helo=<h>",
    ]
    found = records(list(postfix.parse(lines, year=2024, local_domains=["org.example"])))
    assert [(r.sender, r.recipients, r.status, r.direction) for r in found] == [
        ("s@spam.example", ("v@org.example",), "rejected", "inbound"),
        (None, ("w@org.example",), "rejected", "inbound"),
    ]


def test_queue_ids_are_reused_after_removal() -> None:
    lines = [
        "Mar 22 08:00:01 mx postfix/qmgr[3]: ABC123: from=<one@x.example>, size=1, nrcpt=1",
        "Mar 22 08:00:02 mx postfix/qmgr[3]: ABC123: removed",
        "Mar 22 08:00:03 mx postfix/qmgr[3]: ABC123: from=<two@x.example>, size=2, nrcpt=1",
        "Mar 22 08:00:04 mx postfix/qmgr[3]: ABC123: removed",
    ]
    assert [r.sender for r in records(list(postfix.parse(lines, year=2024)))] == [
        "one@x.example",
        "two@x.example",
    ]


def test_unfinished_messages_are_emitted_at_the_end_and_counted() -> None:
    lines = ["Mar 22 08:00:01 mx postfix/smtp[5]: ABC123: to=<r@x.example>, status=deferred (t)"]
    items = list(postfix.parse(lines, year=2024))
    assert [type(item) for item in items] == [MailRecord, Notice]
    assert items[1] == Notice(1, "unfinished_at_end")


def test_queue_ids_older_than_the_window_are_flushed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postfix, "CHECK_EVERY", 1)
    lines = [
        "Mar 01 08:00:01 mx postfix/qmgr[3]: OLD111: from=<a@x.example>, size=1, nrcpt=1",
        "Mar 20 08:00:01 mx postfix/qmgr[3]: NEW222: from=<b@x.example>, size=1, nrcpt=1",
        "Mar 20 08:00:02 mx postfix/qmgr[3]: NEW222: removed",
    ]
    items = list(postfix.parse(lines, year=2024, window=timedelta(days=7)))
    assert items[1] == Notice(1, "unfinished_expired")
    assert [r.sender for r in records(items)] == ["a@x.example", "b@x.example"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "empty"),
        ("# note", "comment"),
        ("Mar 22 08:00:01 mx", "too_few_fields"),
        ("Foo 22 08:00:01 mx postfix/qmgr[3]: ABC123: removed", "bad_timestamp"),
        ("Feb 30 08:00:01 mx postfix/qmgr[3]: ABC123: removed", "bad_timestamp"),
        ("Mar 22 8:00 mx postfix/qmgr[3]: ABC123: removed", "bad_timestamp"),
        ("2024-13-01T00:00:00Z mx postfix/qmgr[3]: ABC123: removed", "bad_timestamp"),
        ("2024-03-01T00:00:00 mx postfix/qmgr[3]: ABC123: removed", "bad_timestamp"),
        ("2024-03-01T00:00:00Z mx", "too_few_fields"),
        ("Mar 22 08:00:01 mx dovecot[3]: imap-login: Login: user=<x>", "not_postfix"),
        ("Mar 22 08:00:01 mx postfix/qmgr ABC123: removed now", "no_program"),
    ],
)
def test_rejects(line: str, reason: str) -> None:
    assert list(postfix.parse([line], year=2024)) == [Reject(1, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "Mar 22 08:00:01 mx postfix/smtpd[1]: connect from h.example[192.0.2.1]",
        "Mar 22 08:00:01 mx postfix/smtpd[1]: warning: hostname verification failed",
        "Mar 22 08:00:01 mx postfix/master[1]: daemon started -- version 3.5.0",
        "Mar 22 08:00:01 mx postfix/submission/smtpd[1]: NOQUEUE: filter: RCPT from h[1.2.3.4]: whatever",
    ],
)
def test_lines_about_no_message_are_read_past(line: str) -> None:
    assert list(postfix.parse([line], year=2024)) == []
