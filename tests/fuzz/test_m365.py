"""Fuzzing ``sources.m365.parse``: any CSV text gives records, known rejects or notices."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.monitoring.sources import m365
from tests.fuzz.lines import line_lists, odd_text
from tests.fuzz.outcomes import check_mail
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

HEADERS = (
    "Received,SenderAddress,RecipientAddress,Subject,Status,Size,MessageId",
    '"Date","Sender Address","Recipient Address","Subject","Status","Size","Message ID"',
    "#TYPE Deserialized.Microsoft.Exchange.Data",
)
_cell = st.one_of(
    st.sampled_from(
        (
            "2026-03-22T08:00:01Z",
            "3/22/2026 8:00:01 AM",
            "9999-12-31T23:59:59-12:00",
            "²026-01-01",
            "alice@example.net",
            "bob@org.example",
            "Delivered",
            "Failed",
            "2048",
            "-1",
            "²",
            "",
            '"a,b"',
        )
    ),
    odd_text,
)
row = st.lists(_cell, min_size=0, max_size=9).map(",".join)


@FUZZ
@given(st.sampled_from(HEADERS), line_lists(row))
def test_m365_never_raises(header: str, lines: list[str]) -> None:
    all_lines = [header, *lines]
    check_mail(m365.parse(all_lines, local_domains=["org.example"], private_subject_tag="[prive]"), 10**6)


@pytest.mark.parametrize(
    ("lines", "reasons"),
    [
        (["a,b,c", "1,2,3"], ["unknown_header", "unknown_header"]),
        ([HEADERS[0], "2026-03-22T08:00:01Z,a@x.example"], ["too_few_fields"]),
        ([HEADERS[0], "nonsense,a@x.example,b@y.example,s,Delivered,1,id"], ["bad_timestamp"]),
        ([HEADERS[0], 'a,"' + "x" * 200_000 + '"'], ["bad_csv"]),
    ],
)
def test_m365_edge_rows_are_counted_rejects(lines: list[str], reasons: list[str]) -> None:
    assert [getattr(item, "reason", None) for item in m365.parse(lines)] == reasons
