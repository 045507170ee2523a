# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""Microsoft 365 message-trace CSV: both header families, the subject dropped at read time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.sources import m365
from mediacode.monitoring.sources.reject import Notice, Reject

SUBJECT = "Salary talk with the doctor [PRIVATE]"

CLASSIC = [
    "#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTrace",
    '"PSComputerName","RunspaceId","PSShowComputerName","Organization","MessageId","Received","SenderAddress",'
    '"RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageTraceId","StartDate","EndDate","Index"',
    f'"o","r","False","org.example","<m1@org.example>","3/22/2024 8:00:01 AM","Jan@Org.example","a@else.example",'
    f'"{SUBJECT}","Delivered","","10.0.0.1","2048","t1","","","0"',
    f'"o","r","False","org.example","<m1@org.example>","3/22/2024 8:00:01 AM","Jan@Org.example","b@org.example",'
    f'"{SUBJECT}","Failed","","10.0.0.1","2048","t2","","","1"',
    '"o","r","False","org.example","<m2@x>","2024-03-22T20:15:00.1234567Z","x@else.example","c@org.example",'
    '"hello","Delivered","","1.2.3.4","10","t3","","","2"',
]

ENHANCED = [
    "origin_timestamp_utc,sender_address,recipient_status,message_subject,total_bytes,message_id,"
    "network_message_id,original_client_ip,directionality,connector_id,delivery_priority",
    f'2024-03-22T08:00:01.1234567Z,jan@org.example,"a@else.example##Receive, Send;b@org.example##Receive, Deliver",'
    f'"{SUBJECT}",2048,<m1@org.example>,n1,10.0.0.1,Originating,,Normal',
    '2024-03-22T09:00:00Z,x@else.example,"c@org.example##Receive, Fail",hello,10,<m2@x>,n2,1.2.3.4,Incoming,,Normal',
]


def test_classic_export_merges_rows_of_one_message_and_drops_the_subject() -> None:
    items = list(m365.parse(CLASSIC, local_domains=["org.example"], private_subject_tag="[private]"))
    assert items == [
        MailRecord(
            datetime(2024, 3, 22, 8, 0, 1, tzinfo=UTC),
            "jan@org.example",
            ("a@else.example", "b@org.example"),
            2048,
            "outbound",
            "partial",
            True,
        ),
        MailRecord(
            datetime(2024, 3, 22, 20, 15, 0, 123456, tzinfo=UTC),
            "x@else.example",
            ("c@org.example",),
            10,
            "inbound",
            "delivered",
            False,
        ),
    ]
    for record in items:
        text = repr(tuple(record))
        assert "Salary" not in text and "hello" not in text and "m1@" not in text and "10.0.0.1" not in text


def test_enhanced_summary_report_reads_recipient_status_lists() -> None:
    items = list(m365.parse(ENHANCED, private_subject_tag="[PRIVATE]"))
    assert items == [
        MailRecord(
            datetime(2024, 3, 22, 8, 0, 1, 123456, tzinfo=UTC),
            "jan@org.example",
            ("a@else.example", "b@org.example"),
            2048,
            "outbound",
            "partial",
            True,
        ),
        MailRecord(
            datetime(2024, 3, 22, 9, 0, tzinfo=UTC),
            "x@else.example",
            ("c@org.example",),
            10,
            "inbound",
            "failed",
            False,
        ),
    ]
    assert "Salary" not in repr(items)


def test_extended_report_keeps_outcome_events_only() -> None:
    lines = [
        "date_time_utc,event_id,sender_address,recipient_address,message_subject,total_bytes,message_id",
        "2024-03-22T08:00:00Z,RECEIVE,jan@org.example,a@else.example,secret plans,99,<m1>",
        "2024-03-22T08:00:01Z,SEND,jan@org.example,a@else.example,secret plans,99,<m1>",
    ]
    items = list(m365.parse(lines))
    assert items == [
        Notice(2, "event_skipped"),
        MailRecord(
            datetime(2024, 3, 22, 8, 0, 1, tzinfo=UTC),
            "jan@org.example",
            ("a@else.example",),
            99,
            None,
            "sent",
            False,
        ),
    ]


HEADER = "Received,SenderAddress,RecipientAddress,Subject,Status,Size,MessageId"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (",,,,,,", "empty"),
        ("3/22/2024 8:00 AM,a@x,b@y,s,Delivered", "too_few_fields"),
        ("3/22/2024 8:00 AM,a@x,b@y,s,Delivered,1,<m>,extra", "custom_format"),
        ("yesterday,a@x,b@y,s,Delivered,1,<m>", "bad_timestamp"),
        ("13/22/2024 8:00 AM,a@x,b@y,s,Delivered,1,<m>", "bad_timestamp"),
        ("3/22/2024 13:00 PM,a@x,b@y,s,Delivered,1,<m>", "bad_timestamp"),
        ("3/22/2024 8:00 AM,a@x,b@y,s,Delivered,1 kB,<m>", "bad_size"),
        ("3/22/2024 8:00 AM,,,s,Delivered,1,<m>", "no_address"),
    ],
)
def test_rejects(row: str, reason: str) -> None:
    assert list(m365.parse([HEADER, row])) == [Reject(2, reason)]


def test_an_unknown_header_rejects_every_row() -> None:
    assert list(m365.parse(["a,b,c", "1,2,3"])) == [Reject(1, "unknown_header"), Reject(2, "unknown_header")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/22/2024 8:05:09 PM", datetime(2024, 3, 22, 20, 5, 9, tzinfo=UTC)),
        ("3/22/2024 12:00:00 AM", datetime(2024, 3, 22, 0, 0, tzinfo=UTC)),
        ("3/22/2024 20:05", datetime(2024, 3, 22, 20, 5, tzinfo=UTC)),
        ("2024-03-22T20:05:09+01:00", datetime(2024, 3, 22, 19, 5, 9, tzinfo=UTC)),
        ("2024-03-22 20:05:09", datetime(2024, 3, 22, 20, 5, 9, tzinfo=UTC)),
        ("", None),
        ("22-3-2024 20:05", None),
    ],
)
def test_trace_timestamps(text: str, expected: datetime | None) -> None:
    assert m365.trace_at(text) == expected
