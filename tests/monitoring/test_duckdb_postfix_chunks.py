# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""The chunked output of the DuckDB Postfix path (ADR 0079, round 5): the doubt is known before the
first batch, and the recipients are aggregated chunk by chunk of output lines, each chunk only when
it is asked for; every chunk size gives the reference parser's items."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from pathlib import Path

import pytest

from mediacode.monitoring.engines import duckdb_postfix
from mediacode.monitoring.sources import files, postfix
from mediacode.org.demo.logs import MAILLOG
from tests.monitoring.test_duckdb_postfix_contract import DOMAINS, REAL_POSTFIX, TAG, TRICKY

STAMP = "Mar 22 08:00:0"
STRADDLING: tuple[str, ...] = (
    f"{STAMP}1 mx postfix/smtpd[1]: LONG01: client=h[192.0.2.1]",
    f"{STAMP}1 mx postfix/qmgr[3]: REUSE9: from=<one@org.example>, size=1, nrcpt=2",
    f"{STAMP}1 mx postfix/smtp[4]: REUSE9: to=<a@partner.example>, relay=x, status=deferred (try)",
    f"{STAMP}2 mx postfix/qmgr[3]: LONG01: from=<far@partner.example>, size=7, nrcpt=2",
    f"{STAMP}2 mx postfix/smtp[4]: REUSE9: to=<b@org.example>, relay=x, status=sent (250)",
    f"{STAMP}2 mx postfix/smtp[4]: LONG01: to=<x@org.example>, relay=x, status=sent (250)",
    f"{STAMP}3 mx postfix/smtp[4]: REUSE9: to=<a@partner.example>, relay=x, status=sent (250)",
    f"{STAMP}3 mx postfix/qmgr[3]: REUSE9: removed",
    f"{STAMP}3 mx postfix/qmgr[3]: REUSE9: from=<two@partner.example>, size=2, nrcpt=1",
    f"{STAMP}4 mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from s[172.16.0.1]: 554 no; from=<s@spam.example> to=<v@org.example> proto=ESMTP helo=<h>",
    f"{STAMP}4 mx postfix/smtp[4]: REUSE9: to=<c@org.example>, relay=x, status=sent (250)",
    f"{STAMP}4 mx postfix/smtp[4]: LONG01: to=<y@partner.example>, relay=x, status=bounced (no)",
    "not a syslog line",
    f"{STAMP}5 mx postfix/smtp[4]: LONG01: to=<x@org.example>, relay=x, status=deferred (again)",
    f"{STAMP}5 mx postfix/qmgr[3]: REUSE9: removed",
    f"{STAMP}5 mx postfix/qmgr[3]: OPEN01: from=<open@org.example>, size=3, nrcpt=1",
    f"{STAMP}6 mx postfix/qmgr[3]: LONG01: removed",
    f"{STAMP}6 mx postfix/smtp[4]: OPEN01: to=<z@org.example>, relay=x, status=sent (250)",
    f"{STAMP}6 mx postfix/qmgr[3]: REUSE9: from=<three@org.example>, size=4, nrcpt=1",
)
"""Messages whose lines straddle any chunk boundary: a reused queue id (three messages, the last
unfinished), a long message closed late, an unfinished one, a refusal and a rejected line between."""

CHUNKS = [1, 2, 3, 5, 8, 64, duckdb_postfix.CHUNK_LINES]


def write(path: Path, lines: Iterable[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def reference(path: Path) -> list[object]:
    return list(
        postfix.parse(files.read_lines(path), year=2024, local_domains=DOMAINS, private_subject_tag=TAG)
    )


def chunked(path: Path, chunk_lines: int, rows: int = duckdb_postfix.BATCH_ROWS) -> list[object] | None:
    found = duckdb_postfix.item_batches(
        path, duckdb_postfix.options_for(2024, DOMAINS, TAG), threads=1, rows=rows, chunk_lines=chunk_lines
    )
    if found is None:
        return None
    return [item for batch in found[1] for item in duckdb_postfix.items_of(batch)]


def _files() -> list[tuple[str, tuple[str, ...]]]:
    real = sorted(REAL_POSTFIX.glob("*.log")) if REAL_POSTFIX.is_dir() else []
    return [
        ("straddling", STRADDLING),
        ("tricky", TRICKY),
        ("straddling-twice", STRADDLING + STRADDLING),
        *((p.name, tuple(files.read_lines(p))) for p in real),
    ]


@pytest.mark.parametrize("chunk_lines", CHUNKS)
@pytest.mark.parametrize(("name", "lines"), _files(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_chunk_size_gives_the_reference_items(
    tmp_path: Path, name: str, lines: tuple[str, ...], chunk_lines: int
) -> None:
    path = write(tmp_path / "maillog", lines)
    expected = reference(path)
    assert expected
    assert chunked(path, chunk_lines) == expected
    assert chunked(path, chunk_lines, rows=1) == expected


def test_straddling_messages_really_straddle() -> None:
    """The file above is only a boundary test if its messages close far from where they start."""
    first = {}
    spans = []
    for number, line in enumerate(STRADDLING, start=1):
        qid = line.split(": ")[1] if ": " in line else ""
        first.setdefault(qid, number)
        if line.endswith("removed"):
            spans.append(number - first.pop(qid))
    assert max(spans) >= 10
    assert len(spans) == 3


@pytest.mark.parametrize("chunk_lines", [1, 4, 64])
def test_the_demo_mail_log_in_chunks_gives_the_reference_items(tmp_path: Path, chunk_lines: int) -> None:
    from mediacode.services.demo import create_demo

    create_demo(tmp_path / "org", today=dt.date(2026, 3, 25))
    log = tmp_path / "org" / MAILLOG
    expected = list(
        postfix.parse(files.read_lines(log), year=2026, local_domains=DOMAINS, private_subject_tag=TAG)
    )
    found = duckdb_postfix.item_batches(
        log, duckdb_postfix.options_for(2026, DOMAINS, TAG), threads=2, chunk_lines=chunk_lines * 97
    )
    assert found is not None
    assert [item for batch in found[1] for item in duckdb_postfix.items_of(batch)] == expected


@pytest.mark.parametrize(
    ("doubt", "at"),
    [
        (
            "Mar 22 08:00:01 mx postfix/qmgr[3]: HUGE01: from=<a@x.example>, size=1234567890123456789, nrcpt=1",
            0,
        ),
        (
            "Mar 22 08:00:01 mx postfix/qmgr[3]: HUGE01: from=<a@x.example>, size=1234567890123456789, nrcpt=1",
            -1,
        ),
        ("Feb 29 08:00:01 mx postfix/qmgr[3]: LEAP01: removed", 5),
    ],
)
@pytest.mark.parametrize("chunk_lines", [1, 3, duckdb_postfix.CHUNK_LINES])
def test_a_doubt_anywhere_is_known_before_any_batch(
    tmp_path: Path, doubt: str, at: int, chunk_lines: int
) -> None:
    lines = list(STRADDLING)
    lines.insert(at if at >= 0 else len(lines), doubt)
    path = write(tmp_path / "maillog", lines)
    assert chunked(path, chunk_lines) is None


def test_a_message_that_may_expire_is_known_before_any_batch(tmp_path: Path) -> None:
    lines = [
        *STRADDLING,
        "Mar 01 08:00:01 mx postfix/qmgr[3]: OLD111: from=<a@x.example>, size=1, nrcpt=1",
        *[f"Mar 20 08:00:01 mx postfix/qmgr[3]: N{n:05d}X: removed" for n in range(postfix.CHECK_EVERY + 5)],
    ]
    path = write(tmp_path / "maillog", lines)
    assert chunked(path, 7) is None


@pytest.mark.parametrize(("chunk_lines", "queries"), [(1, 20), (2, 10), (19, 2), (20, 1), (10_000, 1)])
def test_chunks_run_one_by_one_when_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk_lines: int, queries: int
) -> None:
    """Output lines 1 .. 20 (19 lines and the end, where unfinished messages come out)."""
    path = write(tmp_path / "maillog", STRADDLING)
    ran: list[tuple[int, int]] = []
    original = duckdb_postfix.chunk_sql

    def watched(options: duckdb_postfix.Options, low: int, high: int, earliest: int) -> str:
        ran.append((low, high))
        return original(options, low, high, earliest)

    monkeypatch.setattr(duckdb_postfix, "chunk_sql", watched)
    found = duckdb_postfix.item_batches(
        path, duckdb_postfix.options_for(2024, DOMAINS, TAG), threads=1, chunk_lines=chunk_lines
    )
    assert found is not None
    assert ran == []  # nothing aggregated before the caller asks
    first = next(found[1])
    assert first.num_rows > 0
    assert len(ran) < queries or queries == 1
    rest = list(found[1])
    assert len(ran) == queries
    assert ran[0][0] == 1
    assert ran[-1][1] > len(STRADDLING) + 1
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ran))
    items = [item for batch in [first, *rest] for item in duckdb_postfix.items_of(batch)]
    assert items == reference(path)


@pytest.mark.parametrize("chunk_lines", [1, duckdb_postfix.CHUNK_LINES])
def test_an_empty_file_gives_no_items_in_one_chunk(tmp_path: Path, chunk_lines: int) -> None:
    path = write(tmp_path / "maillog", [])
    found = duckdb_postfix.item_batches(
        path, duckdb_postfix.options_for(2024, DOMAINS, TAG), threads=1, chunk_lines=chunk_lines
    )
    assert found is not None
    assert found[0] == 0
    assert sum(batch.num_rows for batch in found[1]) == 0
    assert reference(path) == []
