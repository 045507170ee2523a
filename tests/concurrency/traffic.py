"""A consented organization with every person's web traffic, split into log files by days of March 2026."""

from __future__ import annotations

import csv
from pathlib import Path

from mediacode.services.report import build_report, render
from tests.monitoring.ingest.conftest import EPOCH_MARCH_19, consent, squid_line, write_log

TODAY = "2026-03-25"
DAY = 86_400
MARCH_1 = EPOCH_MARCH_19 - 18 * DAY


def traffic_org(root: Path) -> Path:
    """``root`` (a copy of the example organization) with consent and groups of one, so no figure hides."""
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text.replace("min_group_size: 10", "min_group_size: 1"), encoding="utf-8")
    consent(root)
    return root


def accounts(root: Path) -> list[str]:
    with (root / "people.csv").open(encoding="utf-8", newline="") as stream:
        return [row["email"].split("@")[0] for row in csv.DictReader(stream)]


def squid_log(path: Path, root: Path, days: range, per_person: int = 1) -> Path:
    """Each person's requests on each day of ``days`` (day numbers of March 2026)."""
    people = accounts(root)
    lines = (
        squid_line(MARCH_1 + (day - 1) * DAY + 3600 + n, user, url=f"http://site{n % 7}.example/")
        for day in days
        for n in range(per_person)
        for user in people
    )
    return write_log(path, lines)


def answer(root: Path) -> str:
    """One report answer: the capacity figures of every stored month, as CSV."""
    return render(build_report(root, "capacity", today=_today()), "csv")


def _today():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(TODAY)
