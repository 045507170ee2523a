"""The web app's state on both databases: accounts, sessions, sign-in attempts, approval requests,
notifications and acknowledgements, on SQLite and on PostgreSQL (``tests/db_backends.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from fastapi.testclient import TestClient

from mediacode.org.loader import load_organization
from mediacode.services.accounts import set_password
from mediacode.services.approvals import purge_expired
from mediacode.storage.db.database import DatabaseSettings, open_database
from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings
from tests.web.conftest import PASSWORD, PEOPLE, TEAM_MEMBER, login

DRAFT = "Onze klant Kwakkel is echt een stelletje idioten"


@pytest.fixture
def app_client(org_dir: Path, database_settings: DatabaseSettings) -> Iterator[TestClient]:
    if database_settings.url:  # the template's passwords live in its SQLite file
        org, db = load_organization(org_dir), open_database(org_dir, database_settings)
        cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)
        for person in {*PEOPLE.values(), TEAM_MEMBER}:
            set_password(db, org, person, PASSWORD, hasher=cheap)
        db.close()
    settings = WebSettings(
        org=org_dir, secure_cookies=False, secret_key="test-secret", database_url=database_settings.url
    )
    app = create_app(settings)
    with TestClient(app) as client:
        yield client
    app.state.mediacode.database.close()


def test_the_database_is_the_one_asked_for(
    app_client: TestClient, database_settings: DatabaseSettings
) -> None:
    engine = app_client.app.state.mediacode.database.engine  # type: ignore[attr-defined]
    assert engine.dialect.name == ("postgresql" if database_settings.url else "sqlite")


@pytest.mark.parametrize(("password", "status"), [(PASSWORD, 200), ("not the password at all", 401)])
def test_sign_in_keeps_a_session_until_sign_out(app_client: TestClient, password: str, status: int) -> None:
    answer = app_client.post("/api/login", json={"username": TEAM_MEMBER, "password": password})
    assert answer.status_code == status
    me = app_client.get("/api/me")
    assert me.status_code == (200 if status == 200 else 401)
    if status == 200:
        assert me.json()["id"] == TEAM_MEMBER
        assert app_client.post("/api/logout").status_code == 200
        assert app_client.get("/api/me").status_code == 401


def test_five_failures_lock_the_username(app_client: TestClient) -> None:
    for _ in range(5):
        bad = app_client.post("/api/login", json={"username": TEAM_MEMBER, "password": "wrong password!!"})
        assert bad.status_code == 401
    locked = app_client.post("/api/login", json={"username": TEAM_MEMBER, "password": PASSWORD})
    assert locked.status_code == 429


@pytest.mark.parametrize(("decision", "status"), [("approve", "approved"), ("reject", "rejected")])
def test_approval_request_decision_notification_and_purge(
    app_client: TestClient, decision: str, status: str
) -> None:
    login(app_client, TEAM_MEMBER)
    asked = app_client.post("/api/requests", json={"text": DRAFT})
    assert asked.status_code == 201, asked.text
    request_id = asked.json()["id"]

    manager = TestClient(app_client.app)
    login(manager, PEOPLE["manager"])
    assert [r["id"] for r in manager.get("/api/approvals").json()] == [request_id]
    decided = manager.post(f"/api/approvals/{request_id}", json={"decision": decision, "comment": "ok"})
    assert decided.status_code == 200
    again = manager.post(f"/api/approvals/{request_id}", json={"decision": decision})
    assert again.status_code == 409
    manager.close()

    notes = app_client.get("/api/notifications").json()
    assert [n["kind"] for n in notes] == [f"approval.{status}"]
    mine = app_client.get(f"/api/requests/{request_id}").json()
    assert mine["status"] == status and mine["text"] == DRAFT

    database = app_client.app.state.mediacode.database  # type: ignore[attr-defined]
    keep_until = dt.date.fromisoformat(decided.json()["delete_after_on"])
    assert purge_expired(database, keep_until) == 0
    assert purge_expired(database, keep_until + dt.timedelta(days=1)) == 1
    assert app_client.get(f"/api/requests/{request_id}").status_code == 404


@pytest.mark.parametrize("kind", ["code", "notice"])
def test_acknowledgements_are_kept(app_client: TestClient, kind: str) -> None:
    login(app_client, PEOPLE["employee"])
    after = app_client.post(f"/api/documents/{kind}/acknowledgement", json={}).json()
    assert after["acknowledged_at"] is not None
    listed = {d["kind"]: d["acknowledged_at"] for d in app_client.get("/api/documents").json()}
    assert [k for k, v in listed.items() if v is not None] == [kind]
