# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""Contract: the DuckDB Postfix path gives exactly the items of the reference parser (ADR 0079)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediacode.monitoring.engines import duckdb_postfix
from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.sources import files, postfix
from mediacode.org.demo.logs import MAILLOG
from tests.conftest import SHARED
from tests.monitoring.sources.test_postfix import FLOW

REAL_POSTFIX = SHARED / "data" / "real-logs" / "postfix"
DOMAINS = ("org.example", "example.com", "bench-org.example")
TAG = "[prive]"

TRICKY: tuple[str, ...] = (
    *FLOW,
    "",
    "   ",
    "# note",
    "Mar 22 08:00:01 mx",
    "Foo 22 08:00:01 mx postfix/qmgr[3]: ABC123: removed",
    "Feb 30 08:00:01 mx postfix/qmgr[3]: ABC123: removed",
    "Mar 22 8:00 mx postfix/qmgr[3]: ABC123: removed",
    "Mar 22 24:00:00 mx postfix/qmgr[3]: ABC124: removed",
    "Mar 00 10:00:00 mx postfix/qmgr[3]: ABC125: removed",
    "Mar 022 10:00:00 mx postfix/qmgr[3]: ABC126: removed",
    "Mar  2  10:00:00   mx   postfix/qmgr[3]:   ABC127: removed",
    "  Mar 22 10:00:00 mx postfix/qmgr[3]: ABC128: removed",
    "2024-13-01T00:00:00Z mx postfix/qmgr[3]: ABC123: removed",
    "2024-03-01T00:00:00 mx postfix/qmgr[3]: ABC123: removed",
    "2024-03-01T00:00:00Z mx",
    "2024-03-22T09:00:02.250+01:00 mx postfix/qmgr[3]: RFC123: from=<a@x.example>, size=5, nrcpt=1",
    "2024-03-22T09:00:03-02:30 mx postfix/smtp[5]: RFC123: to=<b@org.example>, status=sent (250)",
    "2024-03-22T08:00:04Z mx postfix/qmgr[3]: RFC123: removed",
    "2024-02-30T08:00:04Z mx postfix/qmgr[3]: RFC124: removed",
    "2024-03-22T23:59:60Z mx postfix/qmgr[3]: RFC125: removed",
    "Mar 22 08:00:01 mx dovecot[3]: imap-login: Login: user=<x>",
    "Mar 22 08:00:01 mx postfix/qmgr ABC123: removed now",
    "Mar 22 08:00:01 mx postfix: ABC129: removed",
    "Mar 22 08:00:01 mx postfix/submission/smtpd[1]: NOQUEUE: filter: RCPT from h[1.2.3.4]: whatever",
    "Mar 22 08:00:01 mx postfix/smtpd[1]: connect from h.example[192.0.2.1]",
    "Mar 22 08:00:01 mx postfix/smtpd[1]: warning: hostname verification failed",
    "Mar 22 08:05:01 mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from spam.example[172.16.0.1]: 554 5.7.1 <v@org.example>: Relay access denied; from=<s@spam.example> to=<v@org.example> proto=ESMTP helo=<h>",
    "Mar 22 08:05:02 mx postfix/smtpd[9]: 4D5E6F7A: milter-reject: END-OF-MESSAGE from h[1.2.3.4]: 5.7.1 no; from=<> to=<w@org.example> proto=ESMTP helo=<h>",
    "Mar  1 10:00:00 mx postfix/smtpd[1]: BBBBB1: client=x[192.0.2.1]",
    "Mar  1 10:00:01 mx postfix/smtpd[1]: BBBBB1: reject: RCPT from x[192.0.2.1]: 550 no; from=<S@x.example> to=<r@y.example>",
    "Mar  1 10:00:02 mx postfix/cleanup[2]: BBBBB1: milter-reject: END-OF-MESSAGE from x; from=<s@x.example> to=<q@y.example>",
    "Mar  1 10:00:03 mx postfix/qmgr[3]: BBBBB1: removed",
    "Mar 22 08:00:01 mx postfix/qmgr[3]: REUSE1: from=<one@x.example>, size=1, nrcpt=1",
    "Mar 22 08:00:02 mx postfix/qmgr[3]: REUSE1: removed",
    "Mar 22 08:00:03 mx postfix/qmgr[3]: REUSE1: from=<two@x.example>, size=abc, nrcpt=1",
    "Mar 22 08:00:03 mx postfix/qmgr[3]: REUSE1: from=<Three@X.example>, size=77, nrcpt=1",
    "Mar 22 08:00:03 mx postfix/qmgr[3]: REUSE1: from=<broken, size=78, nrcpt=1",
    "Mar 22 08:00:04 mx postfix/qmgr[3]: REUSE1: removed",
    "Mar 22 08:00:05 mx postfix/smtp[5]: OPEN11: to=<r@x.example>, status=deferred (t)",
    "Mar 22 08:00:05 mx postfix/smtp[5]: OPEN11: to=<>, status=sent",
    "Mar 22 08:00:05 mx postfix/smtp[5]: OPEN11: to=<q@org.example>, status=",
    "Mar 22 08:00:05 mx postfix/lmtp[5]: OPEN11: to=<q@org.example>, orig_to=<z@y>, status=bounced;x",
    "Mar 22 08:00:06 mx postfix/cleanup[2]: OPEN11: warning: header Subject: hello [PRIVE] there; from=<a@b>",
    "Mar 22 08:00:06 mx postfix/pickup[2]: abcde: uid=1 from=<a@b>",
    "Mar 22 08:00:06 mx postfix/pickup[2]: ABCDE: uid=1 from=<a@b>",
    "Mar 22 08:00:06 mx postfix/pickup[2]: Ab1cd: uid=1 from=<a@b>",
    "Mar 22 08:00:06 mx postfix/pickup[2]: AB1C: uid=1 from=<a@b>",
    "Mar 22 08:00:06 mx postfix/pickup[2]: AB-1CD: uid=1 from=<a@b>",
    "Mar 22 08:00:06 mx postfix/qmgr[3]: 3Hx7Yz9AbC: from=<x@org.example>, size=12, nrcpt=1 (queue active)",
    "Mar 22 08:00:06 mx postfix/virtual[3]: 3Hx7Yz9AbC: to=<y@sub.org.example>, status=sent",
    "Mar 22 08:00:07 mx postfix/qmgr[3]: 3Hx7Yz9AbC: removed",
    "Mar 22 08:00:08 mx postfix/qmgr[3]: HUGE01: from=<x@y>, size=1234567890123, nrcpt=1",
    "Mar 22 08:00:08 mx postfix/qmgr[3]: HUGE01: removed",
    "Dec 31 23:59:58 mx postfix/qmgr[3]: AAA111: from=<a@x.example>, size=1, nrcpt=1 (queue active)",
    "Dec 31 23:59:59 mx postfix/qmgr[3]: AAA111: removed",
    "Jan  1 00:00:01 mx postfix/qmgr[3]: BBB222: from=<a@x.example>, size=1, nrcpt=1 (queue active)",
    "Jan 32 00:00:00 mx postfix/qmgr[3]: BBB223: removed",
    "Dec 31 23:59:59 mx postfix/qmgr[3]: BBB224: removed",
    "Jan  1 00:00:02 mx postfix/qmgr[3]: BBB222: removed",
)
"""Every line a reference test uses, and more of each kind; some send the whole file to the reference."""

FALLBACK_LINES: tuple[str, ...] = (
    "Feb 29 10:00:00 mx postfix/qmgr[3]: LEAP01: removed",
    "Mar 22 +1:00:00 mx postfix/qmgr[3]: ODD001: removed",
    "2024-03-22t08:00:04Z mx postfix/qmgr[3]: RFC126: removed",
    "20240322T080004Z mx postfix/qmgr[3]: RFC127: removed",
    "Mar 22 08:00:01 mx postfix/qmgr[3]: UTF001: from=<jos\u00e9@x.example>, size=1, nrcpt=1",
    "Mar 22 08:00:01\tmx postfix/qmgr[3]: TAB001: removed",
    "Mar 22 08:00:08 mx postfix/qmgr[3]: HUGE02: from=<x@y>, size=12345678901234567890, nrcpt=1",
)


def write(path: Path, lines: Iterable[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def reference(path: Path, year: int, domains: Iterable[str], tag: str | None) -> list[object]:
    return list(
        postfix.parse(files.read_lines(path), year=year, local_domains=domains, private_subject_tag=tag)
    )


def engine(path: Path, year: int, domains: Iterable[str], tag: str | None) -> list[object]:
    return list(duckdb_postfix.parse_file(path, duckdb_postfix.options_for(year, domains, tag), threads=1))


@pytest.mark.parametrize("domains", [(), DOMAINS])
@pytest.mark.parametrize("tag", [None, TAG])
def test_tricky_lines_give_the_reference_items(
    tmp_path: Path, domains: tuple[str, ...], tag: str | None
) -> None:
    path = write(tmp_path / "maillog", TRICKY)
    found = duckdb_postfix.item_batches(path, duckdb_postfix.options_for(2024, domains, tag))
    assert found is not None
    assert found[0] == len(TRICKY)
    list(found[1])  # drained, so the connection and its spill folder are closed
    assert engine(path, 2024, domains, tag) == reference(path, 2024, domains, tag)


@pytest.mark.parametrize("line", FALLBACK_LINES)
@pytest.mark.parametrize("year", [2023, 2024])  # Feb 29 of a year that has none must fall back, not fail
def test_what_sql_cannot_decide_goes_to_the_reference(tmp_path: Path, line: str, year: int) -> None:
    path = write(tmp_path / "maillog", [*TRICKY[:12], line, *TRICKY[12:]])
    assert duckdb_postfix.item_batches(path, duckdb_postfix.options_for(year, DOMAINS, TAG)) is None
    assert engine(path, year, DOMAINS, TAG) == reference(path, year, DOMAINS, TAG)


def test_a_value_sql_cannot_convert_goes_to_the_reference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "maillog", TRICKY)
    monkeypatch.setattr(duckdb_postfix, "messages_sql", lambda options: "SELECT CAST('x' AS INTEGER) AS n")
    assert duckdb_postfix.item_batches(path, duckdb_postfix.options_for(2023, DOMAINS, TAG)) is None
    assert engine(path, 2023, DOMAINS, TAG) == reference(path, 2023, DOMAINS, TAG)


def test_a_message_that_could_expire_goes_to_the_reference(tmp_path: Path) -> None:
    lines = [
        "Mar 01 08:00:01 mx postfix/qmgr[3]: OLD111: from=<a@x.example>, size=1, nrcpt=1",
        *[f"Mar 20 08:00:01 mx postfix/qmgr[3]: N{n:05d}X: removed" for n in range(postfix.CHECK_EVERY + 5)],
    ]
    path = write(tmp_path / "maillog", lines)
    assert duckdb_postfix.item_batches(path, duckdb_postfix.options_for(2024, DOMAINS, TAG)) is None
    expected = reference(path, 2024, DOMAINS, TAG)
    assert any(getattr(item, "reason", "") == "unfinished_expired" for item in expected)
    assert engine(path, 2024, DOMAINS, TAG) == expected


def _real() -> list[Path]:
    return sorted(REAL_POSTFIX.glob("*.log")) if REAL_POSTFIX.is_dir() else []


@pytest.mark.parametrize("sample", _real(), ids=lambda p: p.name)
@pytest.mark.parametrize("year", [2023, 2024])
def test_real_samples_give_the_reference_items(sample: Path, year: int) -> None:
    expected = reference(sample, year, DOMAINS, TAG)
    assert engine(sample, year, DOMAINS, TAG) == expected
    assert expected


def test_the_demo_mail_log_gives_the_reference_items(tmp_path: Path) -> None:
    from mediacode.services.demo import create_demo

    create_demo(tmp_path / "org", today=dt.date(2026, 3, 25))
    log = tmp_path / "org" / MAILLOG
    expected = reference(log, 2026, DOMAINS, TAG)
    found = duckdb_postfix.item_batches(log, duckdb_postfix.options_for(2026, DOMAINS, TAG))
    assert found is not None
    list(found[1])
    assert engine(log, 2026, DOMAINS, TAG) == expected
    assert len(expected) > 100


_PIECES = st.sampled_from(TRICKY)
_STAMPS = st.sampled_from(
    ["Dec 31 23:59:59", "Jan  1 00:00:00", "Jun 15 12:00:00", "Mar 22 08:00:01", "Jul  4 01:02:03"]
)


@st.composite
def _lines(draw: st.DrawFn) -> list[str]:
    lines = draw(st.lists(_PIECES, min_size=0, max_size=40))
    out = []
    for line in lines:
        if line[:3].isalpha() and len(line) > 16 and draw(st.booleans()):
            line = draw(_STAMPS) + line[15:]
        if draw(st.integers(0, 9)) == 0:
            line = line[: draw(st.integers(0, len(line)))]
        out.append(line)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=_lines(), year=st.sampled_from([2023, 2024]))
def test_generated_files_give_the_reference_items(tmp_path: Path, lines: list[str], year: int) -> None:
    path = write(tmp_path / "maillog", lines)
    assert engine(path, year, DOMAINS, TAG) == reference(path, year, DOMAINS, TAG)


@pytest.mark.parametrize(
    ("statement", "keeps"),
    [
        ("CREATE TEMP TABLE t AS SELECT upper(raw) AS u FROM lines", True),
        (
            "CREATE TEMP TABLE t AS SELECT raw FROM lines WHERE raw IN ('a', 'b', 'c', 'd', 'e', 'f', 'g')",
            False,
        ),
        ("CREATE TEMP TABLE t AS SELECT a.raw FROM lines a JOIN lines b USING (raw)", False),
    ],
)
def test_only_order_keeping_plans_number_lines_by_position(
    tmp_path: Path, statement: str, keeps: bool
) -> None:
    """Line numbers are row positions, so only a batch insert (or one thread) may fill the tables."""
    path = write(tmp_path / "maillog", TRICKY)
    check = duckdb_postfix.engine_can_read(path, duckdb_postfix.options_for(2024, DOMAINS, TAG))
    assert check is not None
    con = duckdb_postfix._connect(2, str(tmp_path))
    try:
        con.execute(f"CREATE TEMP TABLE lines AS {duckdb_postfix.lines_sql(path, check)}")
        assert duckdb_postfix.keeps_order(con, statement) is keeps
        assert duckdb_postfix.keeps_order(
            con,
            f"CREATE TEMP TABLE p AS {duckdb_postfix.parsed_sql(duckdb_postfix.options_for(2024, DOMAINS, TAG))}",
        )
    finally:
        con.close()
    con = duckdb_postfix._connect(1, str(tmp_path))
    try:
        con.execute(f"CREATE TEMP TABLE lines AS {duckdb_postfix.lines_sql(path, check)}")
        assert duckdb_postfix.keeps_order(con, statement)  # one thread keeps any order
    finally:
        con.close()


def test_a_plan_that_may_reorder_goes_to_the_reference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "maillog", TRICKY)
    monkeypatch.setattr(duckdb_postfix, "keeps_order", lambda con, statement: False)
    assert (
        duckdb_postfix.item_batches(path, duckdb_postfix.options_for(2024, DOMAINS, TAG), threads=2) is None
    )
    assert engine(path, 2024, DOMAINS, TAG) == reference(path, 2024, DOMAINS, TAG)


@pytest.mark.parametrize("threads", [1, 2])
def test_bench_shaped_file_on_two_threads_equals_reference(tmp_path: Path, threads: int) -> None:
    """Enough lines for DuckDB to read and cut in parallel: the positions must still be the line numbers."""
    flow = list(TRICKY[: len(FLOW)])
    path = write(tmp_path / "maillog", flow * 4000)
    options = duckdb_postfix.options_for(2024, DOMAINS, TAG)
    found = duckdb_postfix.item_batches(path, options, threads=threads)
    assert found is not None
    items = [item for batch in found[1] for item in duckdb_postfix.items_of(batch)]
    assert items == reference(path, 2024, DOMAINS, TAG)


def _direction_message(sender: str, recipients: tuple[str, ...]) -> list[str]:
    stamp = "Mar 22 08:00:01 mx postfix"
    return [
        f"{stamp}/qmgr[3]: DIR0001: from=<{sender}>, size=10, nrcpt={len(recipients)} (queue active)",
        *(f"{stamp}/smtp[4]: DIR0001: to=<{r}>, relay=x, status=sent (250 ok)" for r in recipients),
        f"{stamp}/qmgr[3]: DIR0001: removed",
    ]


@pytest.mark.parametrize(
    ("sender", "recipients", "direction"),
    [
        ("a@org.example", ("b@org.example", "c@sub.example.com"), "internal"),
        ("a@org.example", ("b@org.example", "c@partner.example"), "outbound"),
        ("a@org.example", ("c@partner.example", "b@org.example"), "outbound"),
        ("a@org.example", (), "outbound"),
        ("x@partner.example", ("c@partner.example", "b@org.example"), "inbound"),
        ("x@partner.example", ("c@partner.example",), None),
        ("", ("b@org.example",), "inbound"),
        ("", (), None),
    ],
)
def test_direction_of_mixed_recipients_is_the_reference_one(
    tmp_path: Path, sender: str, recipients: tuple[str, ...], direction: str | None
) -> None:
    path = write(tmp_path / "maillog", _direction_message(sender, recipients))
    expected = reference(path, 2024, DOMAINS, TAG)
    assert [item.direction for item in expected if isinstance(item, MailRecord)] == [direction]
    assert engine(path, 2024, DOMAINS, TAG) == expected
