# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""Contract: the bulk Postfix path (DuckDB items -> ``mail_rows``) stores exactly what ``RowMaker.mail`` stores.

Same rows in the same order (pseudonyms, departments, peer domains, message
pseudonyms), the same spared counts, expiry, unknown accounts, rejects and
notices, whatever the batch size (ADR 0079).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pytest

from mediacode.monitoring.categories import CategoryIndex
from mediacode.monitoring.engines import duckdb_postfix
from mediacode.monitoring.engines.mail_rows import MAIL_TYPES, stored_mail_batches
from mediacode.monitoring.identity import load_directory
from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.rows import EXPIRED, RowMaker
from mediacode.monitoring.sources import files, postfix
from mediacode.monitoring.sources.counting import Tally
from mediacode.monitoring.spare import PRIVATE, PRIVILEGED, Sparer
from mediacode.monitoring.stored import MAIL
from mediacode.org import load_organization
from mediacode.org.demo.logs import MAILLOG
from tests.conftest import SHARED
from tests.monitoring.test_duckdb_postfix_contract import TRICKY

OURS = "veldhuis-logistiek.nl"
REAL_POSTFIX = SHARED / "data" / "real-logs" / "postfix"


def message(
    qid: str, stamp: str, sender: str, recipients: Iterable[str], subject: str | None = None
) -> list[str]:
    lines = [f"{stamp} mx postfix/cleanup[11]: {qid}: message-id=<{qid.lower()}@mx>"]
    if subject is not None:
        lines.append(
            f"{stamp} mx postfix/cleanup[11]: {qid}: warning: header Subject: {subject} from x; from=<{sender}>"
        )
    lines.append(f"{stamp} mx postfix/qmgr[12]: {qid}: from=<{sender}>, size=2048, nrcpt=1 (queue active)")
    lines += [
        f"{stamp} mx postfix/smtp[13]: {qid}: to=<{r}>, relay=x, dsn=2.0.0, status=sent (250 OK)"
        for r in recipients
    ]
    lines.append(f"{stamp} mx postfix/qmgr[12]: {qid}: removed")
    return lines


def tricky_log() -> list[str]:
    """Every party kind, sparing reason and expiry case, over two key periods and a day past retention."""
    lines: list[str] = []
    for n, stamp in enumerate(("Feb  1 09:00:00", "Feb 28 23:59:59", "Mar  1 00:00:00", "Mar 19 10:00:00")):
        q = f"Q{n}AAA"
        lines += [
            *message(
                q + "1", stamp, f"p.smit@{OURS}", ["outsider.person@partner.example", f"a.elamrani@{OURS}"]
            ),
            *message(
                q + "2",
                stamp,
                "outsider.person@partner.example",
                [f"P.Smit@{OURS}", "x@partner.example", f"nobody.here@{OURS}"],
            ),
            *message(q + "3", stamp, f"p.smit@{OURS}", [f"a.jansen@{OURS}"]),  # works council: privileged
            *message(q + "4", stamp, f"j.bakker@{OURS}", ["lab@partner.example"]),  # privileged sender
            *message(q + "5", stamp, f"p.smit@{OURS}", ["x@partner.example"], subject="hoi [PRIVE] x"),
            *message(q + "6", stamp, f"a.jansen@{OURS}", [], subject="[prive] and privileged"),
            *message(q + "7", stamp, "", [f"stranger@sub.{OURS}", "@odd.example", "root"]),
            *message(q + "8", stamp, f"nobody.here@{OURS}", []),
            *message(q + "9", stamp, "lab@partner.example", ["other@partner.example"]),
            *message(
                q + "A", stamp, f"alias.anouk@{OURS}", [f"k.mulder@{OURS}"]
            ),  # privileged through accounts.csv
            f"{stamp} mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from spam[1.2.3.4]: 554 no; from=<s@spam.example> to=<a.jansen@{OURS}> proto=ESMTP",
            f"{stamp} mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from spam[1.2.3.4]: 554 no; from=<s@spam.example> to=<p.smit@{OURS}> proto=ESMTP",
            f"{stamp} mx postfix/smtpd[9]: unreadable",
            "not a syslog line",
            "",
        ]
    lines += [
        f"Mar 19 11:00:00 mx postfix/qmgr[12]: OPEN1X: from=<p.smit@{OURS}>, size=10, nrcpt=1 (queue active)",
        f"Mar 19 11:00:01 mx postfix/smtp[13]: OPEN1X: to=<unknown.one@{OURS}>, status=deferred (later)",
    ]
    return lines


@pytest.fixture
def org(example_org: Path) -> Path:
    (example_org / "accounts.csv").write_text(f"person,account\nE003,alias.anouk@{OURS}\n", encoding="utf-8")
    return example_org


def maker(org: Path, keys: KeyStore, keep_from: dt.date | None) -> RowMaker:
    loaded = load_organization(org)
    return RowMaker(
        directory=load_directory(loaded),
        sparer=Sparer.for_organization(loaded),
        keys=keys,
        categories=CategoryIndex(),
        key_period="month",
        keep_from=keep_from,
        ingest_id="postfix-test",
    )


def options(org: Path, year: int) -> duckdb_postfix.Options:
    loaded = load_organization(org)
    tag = loaded.policy.private_use.private_mail_marker.subject_tag
    return duckdb_postfix.options_for(year, load_directory(loaded).local_domains, tag)


def row_by_row(
    path: Path, org: Path, keys: KeyStore, keep_from: dt.date | None, year: int
) -> tuple[list[tuple[object, ...]], RowMaker, Tally]:
    """The current path: the reference parser's items through ``RowMaker.mail`` one by one."""
    found = options(org, year)
    one = maker(org, keys, keep_from)
    tally = Tally()
    rows: list[tuple[object, ...]] = []
    for item in postfix.parse(
        files.read_lines(path),
        year=year,
        local_domains=found.local_domains,
        private_subject_tag=found.private_subject_tag,
    ):
        tally.observe(item)
        if isinstance(item, MailRecord):
            rows += [
                tuple(v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v for v in row)
                for row in one.mail(item)
            ]
    tally.read = sum(1 for _ in files.read_lines(path))
    return rows, one, tally


def bulk(
    path: Path, org: Path, keys: KeyStore, keep_from: dt.date | None, year: int, batch_rows: int
) -> tuple[list[tuple[object, ...]], RowMaker, Tally] | None:
    found = duckdb_postfix.item_batches(path, options(org, year), threads=1, rows=batch_rows)
    if found is None:
        return None
    total, batches = found
    bulk_maker = maker(org, keys, keep_from)
    tally = Tally(read=total)
    rows = [
        tuple(row.values())
        for batch in stored_mail_batches(batches, bulk_maker, tally)
        for row in batch.to_pylist()
    ]
    return rows, bulk_maker, tally


def assert_same(
    path: Path, org: Path, keys: KeyStore, keep_from: dt.date | None, year: int, batch_rows: int
) -> tuple[list[tuple[object, ...]], RowMaker]:
    expected, one, expected_tally = row_by_row(path, org, keys, keep_from, year)
    found = bulk(path, org, keys, keep_from, year, batch_rows)
    assert found is not None, "the engine path should read this file"
    got, many, tally = found
    assert got == expected
    assert many.sparer.spared == one.sparer.spared
    assert many.dropped == one.dropped
    assert many.unknown_accounts == one.unknown_accounts
    assert (tally.read, tally.records, tally.rejected, tally.reject_lines, tally.notices) == (
        expected_tally.read,
        expected_tally.records,
        expected_tally.rejected,
        expected_tally.reject_lines,
        expected_tally.notices,
    )
    return got, many


@pytest.mark.parametrize("batch_rows", [1, 3, 64, 4096])
@pytest.mark.parametrize("keep_from", [None, dt.date(2026, 3, 1)])
@pytest.mark.parametrize("destroyed", [None, "2026-02"])
def test_bulk_rows_equal_row_by_row(
    org: Path, tmp_path: Path, batch_rows: int, keep_from: dt.date | None, destroyed: str | None
) -> None:
    path = tmp_path / "maillog"
    path.write_text("\n".join(tricky_log()) + "\n", encoding="utf-8")
    keys = KeyStore(tmp_path / "keys")
    if destroyed:
        keys.get_or_create(destroyed)
        keys.destroy(destroyed)
    got, many = assert_same(path, org, keys, keep_from, 2026, batch_rows)
    assert len(got) > 20
    assert many.sparer.spared[PRIVATE] > 0 and many.sparer.spared[PRIVILEGED] > 0
    assert len(many.unknown_accounts) >= 2
    assert {row[2] for row in got} == ({"2026-03"} if keep_from or destroyed else {"2026-02", "2026-03"})
    assert any(row[3] is None and row[7] == "partner.example" for row in got)  # external sender's domain
    assert any(row[5] is None and row[6] is None and row[7] is None for row in got)  # '@odd.example', 'root'
    if keep_from or destroyed:
        assert many.dropped[EXPIRED] > 0


@pytest.mark.parametrize("batch_rows", [2, 4096])
def test_tricky_parser_lines_store_the_same_rows(org: Path, tmp_path: Path, batch_rows: int) -> None:
    path = tmp_path / "maillog"
    path.write_text("".join(line + "\n" for line in TRICKY), encoding="utf-8")
    assert_same(path, org, KeyStore(tmp_path / "keys"), None, 2024, batch_rows)


def _real() -> list[Path]:
    return sorted(REAL_POSTFIX.glob("*.log")) if REAL_POSTFIX.is_dir() else []


@pytest.mark.parametrize("sample", _real(), ids=lambda p: p.name)
def test_real_samples_store_the_same_rows(org: Path, tmp_path: Path, sample: Path) -> None:
    got, _ = assert_same(sample, org, KeyStore(tmp_path / "keys"), None, 2024, 7)
    assert got


def test_the_demo_mail_log_stores_the_same_rows(tmp_path: Path) -> None:
    from mediacode.services.demo import create_demo

    demo = tmp_path / "demo"
    create_demo(demo, today=dt.date(2026, 3, 25))
    keys = KeyStore(tmp_path / "keys")
    got, many = assert_same(demo / MAILLOG, demo, keys, None, 2026, 10_000)
    assert len(got) > 100 and sum(many.sparer.spared.values()) > 0


def test_bulk_columns_are_the_stored_schema() -> None:
    assert tuple(MAIL_TYPES) == MAIL.column_names
