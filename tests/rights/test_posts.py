"""Post approvals in the subject access export, and ``rights erase`` of decided requests past retention."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mediacode.org import load_organization
from mediacode.policy.documents.kinds import DocumentKind
from mediacode.services import acknowledgements, approvals
from mediacode.services.audit import audit_log
from mediacode.services.demo import create_demo
from mediacode.storage.db.database import DATABASE_FILE, open_database
from mediacode.storage.db.secure_delete import enable_secure_delete

AUTHOR, MANAGER = "E006", "E005"
DECIDED = "Eigendraft-besluit: morgen presenteren we het nieuwe magazijn aan de pers"
PENDING = "Eigendraft-wachtend: wie komt er vrijdag mee naar de borrel van het team"
COMMENT = "Liever na de persconferentie"
OTHERS = ["E005", "E002", "E003", "E014"]


@dataclass(frozen=True)
class Setup:
    root: Path
    decided: int
    pending: int
    delete_after: dt.date


def _setup(root: Path) -> Setup:
    create_demo(root)
    org = load_organization(root)
    db = open_database(root)
    enable_secure_delete(db.engine)  # as the web app, which stores every request, does
    try:
        first = approvals.ask_approval(db, org, AUTHOR, DECIDED)
        decided = approvals.decide(db, org, MANAGER, first.id, approve=False, comment=COMMENT)
        second = approvals.ask_approval(db, org, AUTHOR, PENDING)
        acknowledgements.acknowledge(db, org, AUTHOR, DocumentKind.CODE, "nl")
    finally:
        db.close()
    assert decided.delete_after_on is not None
    return Setup(root, first.id, second.id, decided.delete_after_on)


@pytest.fixture(scope="module")
def posts(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return _setup(tmp_path_factory.mktemp("posts") / "org")


def _export(cli: Callable[..., Any], root: Path, person: str, out: Path) -> tuple[str, dict[str, Any]]:
    result = cli("rights", "export", "--org", str(root), "--person", person, "--out", str(out))
    assert result.code == 0, result.err
    html = out.read_text(encoding="utf-8")
    return html, json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))


def test_the_authors_export_holds_their_requests_acknowledgements_and_messages(
    posts: Setup, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    html, data = _export(cli, posts.root, AUTHOR, tmp_path / "author.html")
    held = data["post_approvals"]
    by_id = {r["request"]: r for r in held["requests"]}
    decided, pending = by_id[posts.decided], by_id[posts.pending]
    assert decided["text"] == DECIDED
    assert (decided["status"], decided["approver"], decided["comment"]) == ("rejected", MANAGER, COMMENT)
    assert decided["decided_at"] is not None
    assert decided["delete_after_on"] == posts.delete_after.isoformat()
    assert isinstance(decided["findings"], list)
    assert (pending["text"], pending["status"], pending["decided_at"]) == (PENDING, "pending", None)
    assert [a["document"] for a in held["acknowledgements"]] == ["code"]
    assert held["acknowledgements"][0]["document_hash"].startswith("sha256:")
    assert [n["kind"] for n in held["notifications"]] == ["approval.rejected"]
    assert held["requests_to_decide"] == []
    for text in (DECIDED, PENDING, COMMENT, posts.delete_after.isoformat()):
        assert text in html
    assert "Uw goedkeuringsverzoeken voor berichten" in html
    assert "Documenten die u hebt bevestigd" in html
    last = json.loads(list(audit_log(posts.root).lines())[-1])
    assert last["details"]["approval_requests"] == 2
    assert DECIDED not in json.dumps(last)


@pytest.mark.parametrize("person", OTHERS)
def test_nobody_elses_export_holds_the_authors_drafts(
    posts: Setup, tmp_path: Path, cli: Callable[..., Any], person: str
) -> None:
    html, data = _export(cli, posts.root, person, tmp_path / f"{person}.html")
    text = html + json.dumps(data, ensure_ascii=False)
    assert [t for t in (DECIDED, PENDING, COMMENT, "Eigendraft") if t in text] == []
    assert data["post_approvals"]["requests"] == []
    to_decide = data["post_approvals"]["requests_to_decide"]
    if person == MANAGER:
        decided_on = {r["request"]: r["decided_on"] for r in to_decide}
        assert set(decided_on) == {posts.decided, posts.pending}
        assert decided_on[posts.pending] is None
        assert decided_on[posts.decided] is not None
        assert set(to_decide[0]) == {"request", "decided_on"}
    else:
        assert to_decide == []


def _database_bytes(root: Path) -> bytes:
    return (root / ".mediacode" / DATABASE_FILE).read_bytes()


@pytest.mark.parametrize(
    ("days_after", "erased", "draft_left"),
    [
        (-5, 0, True),  # inside retention: kept, and said so
        (0, 0, True),  # the last day of retention still keeps it
        (1, 1, False),  # past retention: erased, bytes gone from the file
    ],
)
def test_erase_removes_decided_requests_past_retention_only(
    tmp_path: Path, cli: Callable[..., Any], days_after: int, erased: int, draft_left: bool
) -> None:
    setup = _setup(tmp_path / "org")
    today = setup.delete_after + dt.timedelta(days=days_after)
    assert DECIDED.encode() in _database_bytes(setup.root)
    result = cli(
        "rights", "erase", "--org", str(setup.root), "--person", AUTHOR, "--today", today.isoformat()
    )
    assert result.code == 0, result.err
    assert f"erased {erased} decided approval request(s)" in result.out
    assert f"waiting for a decision ({setup.pending})" in result.out
    assert "kept 1 acknowledgement(s)" in result.out
    assert "secure_delete is on" in result.out
    if not erased:
        assert f"kept request {setup.decided}: decided, kept until {setup.delete_after}" in result.out
    content = _database_bytes(setup.root)
    assert (DECIDED.encode() in content) is draft_left
    assert PENDING.encode() in content  # undecided: kept
    with sqlite3.connect(setup.root / ".mediacode" / DATABASE_FILE) as connection:
        kinds = [k for (k,) in connection.execute("SELECT kind FROM notifications ORDER BY id")]
        acks = connection.execute("SELECT count(*) FROM acknowledgements").fetchone()[0]
    connection.close()
    assert ("approval.rejected" in kinds) is draft_left
    assert acks == 1
    last = json.loads(list(audit_log(setup.root).lines())[-1])
    assert last["action"] == "erase"
    assert last["details"]["erased"] == erased
    assert last["details"]["kept_pending"] == 1
    assert last["details"]["kept_acknowledgements"] == 1
    assert DECIDED not in json.dumps(last)


def test_without_secure_delete_a_deleted_draft_stays_in_the_file(tmp_path: Path) -> None:
    """The control of the scan above: a plain DELETE leaves the draft's bytes, so the scan can see them."""
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA secure_delete = OFF")
        connection.execute("CREATE TABLE drafts (id INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany("INSERT INTO drafts (text) VALUES (?)", [(DECIDED,), (PENDING,)])
        connection.execute("DELETE FROM drafts WHERE text = ?", (DECIDED,))
    connection.close()
    assert DECIDED.encode() in path.read_bytes()


def test_erase_of_an_unknown_person_is_refused(posts: Setup, cli: Callable[..., Any]) -> None:
    result = cli("rights", "erase", "--org", str(posts.root), "--person", "E999")
    assert result.code == 2
    assert "no person with id" in result.err
