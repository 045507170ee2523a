"""An organization that may monitor (consent recorded for the example policy), and small synthetic logs."""

from __future__ import annotations

import datetime as dt
import gzip
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from mediacode.cli.main import main
from tests.conftest import CliResult

TODAY = "2026-03-25"
EPOCH_MARCH_19 = 1773878400  # 2026-03-19T00:00:00Z
MAIL_MTIME = dt.datetime(2026, 3, 25, tzinfo=dt.UTC).timestamp()


def consent(org: Path) -> None:
    code = main(["policy", "consent", "--org", str(org), "--on", "2026-03-01", "--reference", "OR 2026-04"])
    assert code == 0


@pytest.fixture
def org(example_org: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The example organization with the works council's consent recorded: ingest is allowed."""
    consent(example_org)
    capsys.readouterr()
    return example_org


@pytest.fixture
def run(cli: Callable[..., CliResult]) -> Callable[..., CliResult]:
    """``run("ingest", org, "--source", "squid", file)`` with ``--today`` added when not given."""

    def invoke(*args: str | Path) -> CliResult:
        words = [str(a) for a in args]
        if "--today" not in words:
            words += ["--today", TODAY]
        return cli(*words)

    return invoke


def squid_line(
    at: float,
    user: str = "-",
    ip: str = "10.0.0.5",
    url: str = "http://www.example.com/",
    code: str = "TCP_MISS/200",
) -> str:
    method = "CONNECT" if "://" not in url else "GET"
    return f"{at:.3f}    120 {ip} {code} 5120 {method} {url} {user} DIRECT/93.184.216.34 text/html"


def write_log(path: Path, lines: Iterable[str], *, gz: bool = False, mtime: float | None = None) -> Path:
    text = "".join(line + "\n" for line in lines)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as stream:
            stream.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def postfix_message(
    queue_id: str,
    minute: int,
    sender: str,
    recipients: Iterable[str],
    subject: str | None = None,
    day: int = 19,
) -> Iterator[str]:
    stamp = f"Mar {day} 10:{minute:02d}"
    yield f"{stamp}:01 mx postfix/cleanup[11]: {queue_id}: message-id=<{queue_id.lower()}@mx.example>"
    if subject is not None:
        yield (
            f"{stamp}:01 mx postfix/cleanup[11]: {queue_id}: warning: header Subject: {subject} "
            f"from x; from=<{sender}>"
        )
    listed = list(recipients)
    yield (
        f"{stamp}:02 mx postfix/qmgr[12]: {queue_id}: from=<{sender}>, size=2048, "
        f"nrcpt={len(listed)} (queue active)"
    )
    for recipient in listed:
        yield (
            f"{stamp}:03 mx postfix/smtp[13]: {queue_id}: to=<{recipient}>, relay=mx.example[10.1.1.1]:25, "
            "delay=1, dsn=2.0.0, status=sent (250 OK)"
        )
    yield f"{stamp}:04 mx postfix/qmgr[12]: {queue_id}: removed"


def state_files(org: Path) -> list[Path]:
    return sorted(p for p in (org / ".mediacode").rglob("*") if p.is_file())


def stored_rows(org: Path, table: str) -> list[dict[str, object]]:
    """Every stored row of ``table``, sorted, for comparing two stores."""
    rows: list[dict[str, object]] = []
    for path in sorted((org / ".mediacode" / "data" / table).rglob("*.parquet")):
        rows.extend(pq.read_table(path).to_pylist())
    return sorted(rows, key=lambda row: tuple(str(v) for v in row.values()))


def data_listing(org: Path) -> list[str]:
    data = org / ".mediacode" / "data"
    return sorted(p.relative_to(data).as_posix() for p in data.rglob("*.parquet")) if data.is_dir() else []
