"""CSRF refusal, session fixation, the sign-in rate limit, and what the database holds of a draft."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mediacode.services.approvals import purge_expired
from mediacode.storage.db.database import DATABASE_FILE
from tests.web.conftest import PASSWORD, PEOPLE, TEAM_MEMBER, login


def db_bytes(org_dir: Path) -> bytes:
    state = org_dir / ".mediacode"
    return b"".join(p.read_bytes() for p in sorted(state.glob(DATABASE_FILE + "*")))


@pytest.mark.parametrize(
    ("headers", "form_token"),
    [({}, None), ({"X-CSRF-Token": "forged"}, None), ({}, "forged"), ({}, "")],
)
def test_state_changing_calls_without_the_csrf_token_are_refused(
    client: TestClient, headers: dict[str, str], form_token: str | None
) -> None:
    login(client, PEOPLE["employee"])
    # What a page on another site can send with the cookie: a form or a text/plain body.
    api = client.post(
        "/api/review", content='{"text": "Mooie dag"}', headers={"Content-Type": "text/plain", **headers}
    )
    assert api.status_code == 403
    assert api.json()["error"]["code"] == "csrf"
    form = {"text": "Mooie dag"} | ({"csrf_token": form_token} if form_token is not None else {})
    page = client.post("/check", data=form, headers=headers)
    assert page.status_code == 403


def test_a_json_api_call_needs_no_token_as_no_other_site_can_send_json(client: TestClient) -> None:
    # web.md: POST /api/login, then POST /api/review with {"text": ...} and the session cookie.
    login(client, PEOPLE["employee"])
    answer = client.post("/api/review", json={"text": "Mooie dag"})
    assert answer.status_code == 200
    assert answer.json()["verdict"] == "allowed"
    assert client.post("/api/logout").status_code in (200, 204)


def test_the_right_csrf_token_is_accepted_in_header_and_form(client: TestClient) -> None:
    token = login(client, PEOPLE["employee"])
    assert (
        client.post("/api/review", json={"text": "Mooie dag"}, headers={"X-CSRF-Token": token}).status_code
        == 200
    )
    assert client.post("/check", data={"text": "Mooie dag", "csrf_token": token}).status_code == 200


def test_the_login_form_needs_its_double_submit_token(client: TestClient) -> None:
    refused = client.post(
        "/login", data={"username": PEOPLE["employee"], "password": PASSWORD, "csrf_token": "x"}
    )
    assert refused.status_code == 403
    client.get("/login")
    token = client.cookies.get("mediacode_login_csrf")
    answer = client.post(
        "/login",
        data={
            "username": PEOPLE["employee"],
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/"


def test_the_session_id_changes_at_login_and_the_old_one_is_worthless(
    client: TestClient, new_client: Callable[[], TestClient]
) -> None:
    credentials = {"username": PEOPLE["employee"], "password": PASSWORD}
    planted = client.post(
        "/api/login", json=credentials, headers={"Cookie": "mediacode_session=planted-by-an-attacker"}
    )
    assert planted.status_code == 200
    first = planted.cookies.get("mediacode_session")
    assert first and first != "planted-by-an-attacker"
    again = client.post("/api/login", json=credentials, headers={"Cookie": f"mediacode_session={first}"})
    second = again.cookies.get("mediacode_session")
    assert second and second != first
    stale = new_client()
    stale.cookies.set("mediacode_session", first)
    assert stale.get("/api/me").status_code == 401
    fresh = new_client()
    fresh.cookies.set("mediacode_session", second)
    assert fresh.get("/api/me").json()["id"] == PEOPLE["employee"]


def test_five_failures_lock_the_username_out_even_for_the_right_password(
    client: TestClient, org_dir: Path
) -> None:
    person = PEOPLE["employee"]
    for _ in range(5):
        answer = client.post("/api/login", json={"username": person, "password": "not the password at all"})
        assert answer.status_code == 401
    locked = client.post("/api/login", json={"username": person, "password": PASSWORD})
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "locked_out"
    assert locked.headers["retry-after"] == "900"
    other = client.post("/api/login", json={"username": PEOPLE["manager"], "password": PASSWORD})
    assert other.status_code == 200, "another username from the same client is not locked by five failures"
    assert person.encode() not in _login_attempt_bytes(org_dir)


def test_the_lockout_ends_after_fifteen_minutes(client: TestClient, org_dir: Path) -> None:
    from mediacode.org.loader import load_organization
    from mediacode.services.access_errors import LockedOutError
    from mediacode.services.clock import utc_now
    from mediacode.services.sign_in import authenticate

    state = client.app.state.mediacode  # type: ignore[attr-defined]
    org = load_organization(org_dir)
    start = utc_now()
    for minute in range(5):
        with pytest.raises(Exception, match="wrong"):
            authenticate(
                state.database,
                org,
                TEAM_MEMBER,
                "bad password!!",
                "c",
                b"k",
                start + dt.timedelta(minutes=minute),
            )
    with pytest.raises(LockedOutError):
        authenticate(state.database, org, TEAM_MEMBER, PASSWORD, "c", b"k", start + dt.timedelta(minutes=10))
    later = start + dt.timedelta(minutes=4 + 16)
    assert authenticate(state.database, org, TEAM_MEMBER, PASSWORD, "c", b"k", later) == TEAM_MEMBER


def _login_attempt_bytes(org_dir: Path) -> bytes:
    import sqlite3

    with sqlite3.connect(org_dir / ".mediacode" / DATABASE_FILE) as connection:
        rows = connection.execute("select key from login_attempts").fetchall()
    assert rows
    return "".join(row[0] for row in rows).encode()


DRAFT = "Geheim conceptbericht Zwaluwstaart-7731 over de reorganisatie"


def test_checking_stores_no_draft_asking_approval_does_until_the_retention_ends(
    client: TestClient, org_dir: Path
) -> None:
    token = login(client, TEAM_MEMBER)
    assert (
        client.post("/api/review", json={"text": DRAFT}, headers={"X-CSRF-Token": token}).status_code == 200
    )
    assert client.post("/check", data={"text": DRAFT, "csrf_token": token}).status_code == 200
    assert DRAFT.encode() not in db_bytes(org_dir)
    assert b"Zwaluwstaart" not in db_bytes(org_dir)

    answer = client.post("/requests", data={"text": DRAFT, "csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 303
    assert DRAFT.encode() in db_bytes(org_dir)

    manager = TestClient(client.app)
    manager_token = login(manager, PEOPLE["manager"])
    request_id = manager.get("/api/approvals").json()[0]["id"]
    decided = manager.post(
        f"/api/approvals/{request_id}", json={"decision": "approve"}, headers={"X-CSRF-Token": manager_token}
    )
    assert decided.status_code == 200
    keep_until = dt.date.fromisoformat(decided.json()["delete_after_on"])
    database = client.app.state.mediacode.database  # type: ignore[attr-defined]
    assert purge_expired(database, keep_until) == 0
    assert DRAFT.encode() in db_bytes(org_dir)
    assert purge_expired(database, keep_until + dt.timedelta(days=1)) == 1
    assert b"Zwaluwstaart" not in db_bytes(org_dir), "secure_delete leaves no bytes of the deleted draft"
    manager.close()


def test_the_session_cache_forgets_quickly_and_on_request() -> None:
    import datetime as dt
    import time

    from mediacode.services.clock import utc_now
    from mediacode.services.web_sessions import SessionCache, WebSession

    cache = SessionCache(ttl=0.05)
    session = WebSession("E1", "token", utc_now() + dt.timedelta(hours=1))
    cache.put("k", session)
    assert cache.get("k") == (True, session)
    time.sleep(0.06)
    assert cache.get("k") == (False, None)
    cache.put("k", session)
    cache.clear()
    assert cache.get("k") == (False, None)
    cache.put("k", session)
    cache.drop("k")
    assert cache.get("k") == (False, None)
