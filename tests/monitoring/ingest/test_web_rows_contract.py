"""Contract: the bulk path (DuckDB batches -> ``web_rows``) stores exactly the rows ``RowMaker.web`` stores.

Same pseudonyms, departments, categories, denied flags, expiry and unknown
accounts, whatever the batch size; leased IPs are resolved at each line's time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mediacode.monitoring.categories import CategoryIndex
from mediacode.monitoring.engines import duckdb_squid
from mediacode.monitoring.engines.web_rows import WEB_TYPES, stored_web_batches
from mediacode.monitoring.identity import load_directory
from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.rows import EXPIRED, RowMaker
from mediacode.monitoring.sources import files, squid
from mediacode.monitoring.sources.counting import Tally
from mediacode.monitoring.spare import Sparer
from mediacode.monitoring.stored import WEB
from mediacode.org import load_organization

MARCH_19_10H = 1773914400  # 2026-03-19T10:00:00Z
DAY = 86_400
CATEGORIES = CategoryIndex({"casino.example": "gambling", "example.org": "news"})


def line(at: float, user: str = "-", ip: str = "10.0.0.5", url: str = "http://www.example.com/p?q=1",
         code: str = "TCP_MISS/200") -> str:  # fmt: skip
    method = "GET" if "://" in url else "CONNECT"
    return f"{at:.3f}    120 {ip} {code} 5120 {method} {url} {user} HIER_DIRECT/93.184.216.34 text/html"


def log_lines() -> list[str]:
    lines: list[str] = []
    for offset in (-40, -1, 0, 12):  # past retention, end of February, March (two periods)
        base = MARCH_19_10H + offset * DAY
        lines += [
            line(base, "m.vanderlinden", url="http://news.example.org/x"),
            line(base + 1, "CORP\\p.smit", url="casino.example:443", code="TCP_DENIED/403"),
            line(base + 2, "p.smit@CORP.LOCAL", url="www.casino.example:443", code="tcp_denied_reply/403"),
            line(base + 3, "stranger42", url="http://[::1]:8080/"),
            line(base + 4, "STRANGER42@CORP", code="NONE/000"),
            line(base + 5, "jos%C3%A9", url="http://h.example/"),
            line(base + 6, ip="10.9.0.1"),  # leased at 10:00 to p.smit, at 14:00 to a stranger
            line(base + 4 * 3600, ip="10.9.0.1"),
            line(base + 20 * 3600, ip="10.9.0.1"),  # outside every lease
            line(base + 7, ip="10.0.0.77"),  # no lease at all
            line(base + 8, ip="-"),
            line(base + 9, "kmulder-adm", url="http://a.b.example.org:81/"),
            "junk that is no squid line",
            "",
        ]
    return lines


@pytest.fixture
def org(example_org: Path) -> Path:
    (example_org / "accounts.csv").write_text("person,account\nE006,KMULDER-ADM\n", encoding="utf-8")
    (example_org / "leases.csv").write_text(
        "ip,from,to,account\n"
        "10.9.0.1,2026-03-19T08:00:00,2026-03-19T12:00:00,CORP\\p.smit\n"
        "10.9.0.1,2026-03-19T12:00:01,2026-03-19T18:00:00+00:00,stranger\n"
        "10.9.0.1,2026-02-18T08:00:00,2026-02-18T12:00:00,a.elamrani\n",
        encoding="utf-8",
    )
    return example_org


def maker(org: Path, keys: KeyStore, keep_from: dt.date | None) -> RowMaker:
    loaded = load_organization(org)
    return RowMaker(
        directory=load_directory(loaded),
        sparer=Sparer.for_organization(loaded),
        keys=keys,
        categories=CATEGORIES,
        key_period="month",
        keep_from=keep_from,
        ingest_id="squid-test",
    )


@pytest.mark.parametrize("batch_rows", [1, 5, 64, 4096])
@pytest.mark.parametrize("keep_from", [None, dt.date(2026, 3, 1)])
@pytest.mark.parametrize("destroyed", [None, "2026-02"])
def test_bulk_rows_equal_row_by_row(
    org: Path, tmp_path: Path, batch_rows: int, keep_from: dt.date | None, destroyed: str | None
) -> None:
    path = tmp_path / "access.log"
    path.write_text("\n".join(log_lines()) + "\n", encoding="utf-8")
    keys = KeyStore(tmp_path / "keys")
    if destroyed:
        keys.get_or_create(destroyed)
        keys.destroy(destroyed)
    one_by_one = maker(org, keys, keep_from)
    expected_tally = Tally()
    expected = []
    for item in squid.parse(files.read_lines(path)):
        expected_tally.observe(item)
        if isinstance(item, WebRecord):
            row = one_by_one.web(item)
            if row is not None:
                expected.append(tuple(value.replace(tzinfo=None) if isinstance(value, dt.datetime) else value
                                      for value in row))  # fmt: skip
    bulk = maker(org, keys, keep_from)
    tally = Tally()
    batches = duckdb_squid.record_batches(path, threads=1, rows=batch_rows)
    got = [
        tuple(row.values()) for batch in stored_web_batches(batches, bulk, tally) for row in batch.to_pylist()
    ]
    assert got == expected
    assert len(got) > 10
    assert bulk.dropped == one_by_one.dropped
    assert bulk.unknown_accounts == one_by_one.unknown_accounts and len(bulk.unknown_accounts) >= 3
    assert (tally.read, tally.records, tally.rejected, tally.reject_lines) == (
        len(log_lines()),
        expected_tally.records,
        expected_tally.rejected,
        expected_tally.reject_lines,
    )
    if keep_from or destroyed:
        assert bulk.dropped[EXPIRED] > 0
    categories = {row[12] for row in got}
    assert {"gambling", "news"} <= categories
    assert sum(row[13] for row in got) >= 2


def test_bulk_columns_are_the_stored_schema() -> None:
    assert tuple(WEB_TYPES) == WEB.column_names
