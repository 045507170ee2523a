"""Fuzzing ``sources.postfix.parse``: any syslog text gives records, known rejects or notices."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.monitoring.sources import postfix
from tests.fuzz.lines import line_lists
from tests.fuzz.outcomes import check_mail
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

_stamp = st.sampled_from(
    (
        "Mar 22 08:00:02",
        "Dec 31 23:59:59",
        "Jan  1 00:00:00",
        "Feb 30 25:61:61",
        "2026-03-22T08:00:02.123+01:00",
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+01:00",
        "Mar ²² 08:00:02",
    )
)
_program = st.sampled_from(
    ("postfix/smtpd[1]", "postfix/qmgr[3]", "postfix/smtp[5]", "postfix/cleanup[2]", "sshd[9]", "postfix")
)
_queue_id = st.sampled_from(("3F2A1B", "4BvQ1x2yZ3z", "NOQUEUE", "zz"))
_body = st.sampled_from(
    (
        "client=sender.example.net[192.0.2.1]",
        "from=<alice@example.net>, size=2048, nrcpt=3 (queue active)",
        "from=<>, size=-1, nrcpt=0",
        "size=²²",
        "to=<bob@org.example>, relay=local, dsn=2.0.0, status=sent (ok)",
        "to=<carol@else.example>, orig_to=<c@org.example>, status=deferred (timeout)",
        "to=<, status=bounced",
        "info: header Subject: [PRIVE] secret from x[1.2.3.4]; from=<a@example.net> to=<b@org.example>",
        "removed",
    )
)
postfix_line = st.builds(lambda s, p, q, b: f"{s} mx {p}: {q}: {b}", _stamp, _program, _queue_id, _body)


@FUZZ
@given(line_lists(postfix_line), st.integers(1, 9999))
def test_postfix_never_raises(lines: list[str], year: int) -> None:
    check_mail(
        postfix.parse(lines, year=year, local_domains=["org.example"], private_subject_tag="[prive]"),
        len(lines),
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "empty"),
        ("Mar 22 08:00:02", "too_few_fields"),
        ("Xyz 22 08:00:02 mx postfix/smtpd[1]: 3F2A1B: client=a", "bad_timestamp"),
        ("Mar 22 08:00:02 mx sshd[9]: hello", "not_postfix"),
    ],
)
def test_postfix_edge_lines_are_counted_rejects(line: str, reason: str) -> None:
    items = list(postfix.parse([line], year=2026))
    assert [getattr(item, "reason", None) for item in items] == [reason]
