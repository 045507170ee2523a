"""Two approvals at the same moment: each counted once, never twice (transaction + unique constraints)."""

from __future__ import annotations

import datetime as dt
import os
import threading

import pytest

from mediacode.cases.errors import CaseRefusedError
from mediacode.cases.opening import CaseRequest
from mediacode.services import cases
from mediacode.storage.db.database import DatabaseSettings
from tests.cases.conftest import COUNCIL, FROM, OFFICER, OPENER, REASON, TO, CaseOrg

pytestmark = pytest.mark.usefixtures("database_settings")  # SQLite and PostgreSQL (tests/db_backends.py)


def _context(org: CaseOrg) -> cases.CaseContext:
    return cases.CaseContext(
        org.root, today=dt.date(2026, 5, 20), database=DatabaseSettings.from_environ(os.environ)
    )


def _race(org: CaseOrg, people: list[str]) -> list[object]:
    ctx = _context(org)
    barrier = threading.Barrier(len(people))
    results: list[object] = [None] * len(people)

    def approve(index: int, person: str) -> None:
        barrier.wait()
        try:
            results[index] = cases.decide(ctx, person, 1)
        except CaseRefusedError as exc:
            results[index] = exc

    threads = [threading.Thread(target=approve, args=(i, p)) for i, p in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize(
    ("people", "successes", "status"),
    [([OFFICER, COUNCIL], 2, "approved"), ([OFFICER, OFFICER], 1, "open"), ([COUNCIL, COUNCIL], 1, "open")],
)
def test_concurrent_approvals(case_org: CaseOrg, people: list[str], successes: int, status: str) -> None:
    request = CaseRequest(
        case_org.pseudonym, "security", REASON, dt.date.fromisoformat(FROM), dt.date.fromisoformat(TO)
    )
    cases.open_case(_context(case_org), OPENER, request)
    results = _race(case_org, people)
    assert sum(isinstance(r, cases.CaseView) for r in results) == successes
    shown = cases.show_case(_context(case_org), 1)
    assert len(shown.case.approvals) == successes
    assert shown.case.status.value == status
