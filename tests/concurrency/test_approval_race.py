"""Two approvals of one case at once: across processes (SQLite, PostgreSQL) and through the web app.

Whatever the interleaving: each person and each role slot counts once, the
case is approved exactly when both slots are filled, the loser is told why
(CLI exit 2, HTTP 409 with the error shape), and the audit log has one entry
per counted approval and still verifies.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mediacode.cases.opening import CaseRequest
from mediacode.services import cases
from mediacode.storage.db.database import DatabaseSettings
from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings
from tests.cases.conftest import COUNCIL, FROM, OFFICER, OPENER, REASON, TO, TODAY, CaseOrg
from tests.concurrency.conftest import assert_clean, audit_actions, together
from tests.web.conftest import PEOPLE, login

ROUNDS = 3
RACES = [
    pytest.param([OFFICER, COUNCIL], 2, "approved", id="two-roles"),
    pytest.param([OFFICER, OFFICER], 1, "open", id="same-person"),
    pytest.param([COUNCIL, COUNCIL], 1, "open", id="same-person-council"),
]


def _open(org: CaseOrg) -> int:
    context = cases.CaseContext(
        org.root, today=dt.date.fromisoformat(TODAY), database=DatabaseSettings.from_environ(os.environ)
    )
    request = CaseRequest(
        org.pseudonym, "security", REASON, dt.date.fromisoformat(FROM), dt.date.fromisoformat(TO)
    )
    return cases.open_case(context, OPENER, request).case.id


def _approvals(org: Path) -> list[dict[str, object]]:
    return [entry for entry in audit_actions(org) if entry["action"] == "case.approve"]


@pytest.mark.slow
@pytest.mark.usefixtures("database_settings")  # SQLite; PostgreSQL when MEDIACODE_TEST_DATABASE_URL is set
@pytest.mark.parametrize(("people", "counted", "status"), RACES)
def test_two_processes_approve_at_once(
    case_org: CaseOrg, people: list[str], counted: int, status: str
) -> None:
    case_id = _open(case_org)
    commands = [
        ["case", "approve", *case_org.args("--as", person, "--case", str(case_id), "--format", "json")]
        for person in people
    ]
    results = together(commands)
    for result in results:
        assert_clean(result)
    assert sum(r.code == 0 for r in results) == counted
    for loser in (r for r in results if r.code == 2):
        assert "already" in loser.err or "no open" in loser.err, loser.err
    context = cases.CaseContext(case_org.root, database=DatabaseSettings.from_environ(os.environ))
    shown = cases.show_case(context, case_id)
    assert len(shown.case.approvals) == counted
    assert shown.case.status.value == status
    entries = _approvals(case_org.root)
    assert len(entries) == counted
    assert sorted(str(e["actor"]) for e in entries) == sorted({*people} if counted == 2 else {people[0]})


# --- the web app: two signed-in sessions press "approve" at the same moment -----------------------------


@pytest.fixture
def web_case(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Path, int]]:
    root = tmp_path / "org"
    shutil.copytree(demo_template, root)
    request = CaseRequest(
        "0123456789abcdef0123456789abcdef",
        "private_use",
        "Concurrency: many refused requests outside working hours",
        dt.date(2026, 10, 1),
        dt.date(2026, 10, 15),
    )
    case = cases.open_case(cases.CaseContext(root), PEOPLE["director"], request)
    yield root, case.case.id


WEB_RACES = [
    pytest.param(["privacy_officer", "works_council"], 2, "approved", id="two-roles"),
    pytest.param(["privacy_officer", "privacy_officer"], 1, "open", id="same-person-two-sessions"),
]


@pytest.mark.parametrize(("roles", "counted", "status"), WEB_RACES)
def test_two_web_sessions_approve_at_once(
    web_case: tuple[Path, int], roles: list[str], counted: int, status: str
) -> None:
    root, case_id = web_case
    app = create_app(WebSettings(org=root, secure_cookies=False, secret_key="race"))
    clients = [TestClient(app) for _ in roles]
    try:
        tokens = [login(client, PEOPLE[role]) for client, role in zip(clients, roles, strict=True)]
        for _ in range(ROUNDS if counted == 1 else 1):
            barrier = threading.Barrier(len(roles))
            answers: list[object] = [None] * len(roles)

            def press(
                index: int, barrier: threading.Barrier = barrier, answers: list[object] = answers
            ) -> None:
                barrier.wait()
                answers[index] = clients[index].post(
                    f"/api/cases/{case_id}/decision",
                    json={"decision": "approve"},
                    headers={"X-CSRF-Token": tokens[index]},
                )

            threads = [threading.Thread(target=press, args=(i,)) for i in range(len(roles))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            statuses = sorted(answer.status_code for answer in answers)  # type: ignore[attr-defined]
            assert statuses.count(200) <= counted
            for answer in answers:
                if answer.status_code != 200:  # type: ignore[attr-defined]
                    assert answer.status_code == 409, answer.text  # type: ignore[attr-defined]
                    error = answer.json()["error"]  # type: ignore[attr-defined]
                    assert error["code"] == "refused"
                    assert "already" in error["message"]
        shown = clients[0].get(f"/api/cases/{case_id}").json()
        assert shown["status"] == status
        assert len(shown["approvals"]) == counted
    finally:
        for client in clients:
            client.close()
        app.state.mediacode.database.close()
    entries = _approvals(root)
    assert len(entries) == counted
