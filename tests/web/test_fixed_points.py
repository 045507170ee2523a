"""The fixed points of web.md: /, /openapi.json, /api/login, /api/logout, /api/review, the error shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from mediacode.services.review import render_json, review_text
from tests.web.conftest import PASSWORD, PEOPLE, login


def assert_error(answer: object, status: int, code: str) -> None:
    assert answer.status_code == status  # type: ignore[attr-defined]
    body = answer.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_home_redirects_to_the_login_page_without_a_session(client: TestClient) -> None:
    answer = client.get("/", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login")
    assert client.get("/login").status_code == 200


def test_home_answers_200_when_signed_in(client: TestClient) -> None:
    login(client, PEOPLE["employee"])
    answer = client.get("/", follow_redirects=False)
    assert answer.status_code == 200
    assert "text/html" in answer.headers["content-type"]


def test_openapi_document_loads_and_validates(client: TestClient) -> None:
    answer = client.get("/openapi.json")
    assert answer.status_code == 200
    spec = answer.json()
    validate(spec)
    assert {"/api/login", "/api/logout", "/api/review"} <= set(spec["paths"])
    assert not any(not path.startswith("/api/") for path in spec["paths"]), "pages are not part of the API"


def test_login_sets_a_hardened_session_cookie(client: TestClient) -> None:
    answer = client.post("/api/login", json={"username": PEOPLE["employee"], "password": PASSWORD})
    assert answer.status_code == 200
    cookie = answer.headers["set-cookie"].lower()
    assert cookie.startswith("mediacode_session=")
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert answer.json()["id"] == PEOPLE["employee"]


def test_login_by_email_address(client: TestClient, org_dir: Path) -> None:
    from mediacode.org.loader import load_organization

    email = load_organization(org_dir).get_person(PEOPLE["employee"]).email
    answer = client.post("/api/login", json={"username": email.upper(), "password": PASSWORD})
    assert answer.status_code == 200
    assert answer.json()["id"] == PEOPLE["employee"]


def test_secure_cookie_flag_is_on_by_default(org_dir: Path) -> None:
    from mediacode.web.app import create_app
    from mediacode.web.settings import WebSettings

    app = create_app(WebSettings(org=org_dir, secret_key="x"))
    with TestClient(app, base_url="https://testserver") as secure:
        answer = secure.post("/api/login", json={"username": PEOPLE["employee"], "password": PASSWORD})
        assert "secure" in answer.headers["set-cookie"].lower()
    app.state.mediacode.database.close()


@pytest.mark.parametrize(
    ("username", "password"),
    [
        (PEOPLE["employee"], "wrong password, long enough"),
        ("E999", PASSWORD),
        ("E007", PASSWORD),  # in people.csv, no password set
        ("", PASSWORD),
    ],
)
def test_a_failed_login_is_401_or_422_with_the_error_shape(
    client: TestClient, username: str, password: str
) -> None:
    answer = client.post("/api/login", json={"username": username, "password": password})
    if username:
        assert_error(answer, 401, "sign_in_failed")
        assert "mediacode_session" not in answer.headers.get("set-cookie", "")
    else:
        assert_error(answer, 422, "invalid_request")


def test_review_without_a_session_is_401(client: TestClient) -> None:
    assert_error(client.post("/api/review", json={"text": "Hallo"}), 401, "not_signed_in")


@pytest.mark.parametrize(
    "text",
    [
        "Mooie dag vandaag op het werk!",
        "Pieter is een idioot, bel hem op 0612345678",
        "Our revenue figures for Q3 are not published yet but look great",
    ],
)
def test_review_answers_the_json_of_the_command_line(client: TestClient, org_dir: Path, text: str) -> None:
    token = login(client, PEOPLE["employee"])
    answer = client.post("/api/review", json={"text": text}, headers={"X-CSRF-Token": token})
    assert answer.status_code == 200
    assert answer.json() == json.loads(render_json(review_text(org_dir, PEOPLE["employee"], text)))
    assert list(answer.json()) == ["language", "verdict", "findings"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"text": "   "}, 400, "invalid_input"),
        ({"text": 5}, 422, "invalid_request"),
        ({}, 422, "invalid_request"),
        ({"text": "x", "author": "E001"}, 422, "invalid_request"),
    ],
)
def test_review_input_errors_have_the_error_shape(
    client: TestClient, body: object, status: int, code: str
) -> None:
    token = login(client, PEOPLE["employee"])
    assert_error(client.post("/api/review", json=body, headers={"X-CSRF-Token": token}), status, code)


def test_logout_ends_the_session(client: TestClient) -> None:
    token = login(client, PEOPLE["employee"])
    assert client.get("/api/me").status_code == 200
    assert client.post("/api/logout", headers={"X-CSRF-Token": token}).status_code == 200
    assert_error(client.get("/api/me"), 401, "not_signed_in")


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/api/nothing-here", 404, "not_found"),
        ("DELETE", "/api/review", 405, "method_not_allowed"),
        ("GET", "/api/requests/not-a-number", 401, "not_signed_in"),
    ],
)
def test_every_json_error_has_one_shape(
    client: TestClient, method: str, path: str, status: int, code: str
) -> None:
    assert_error(client.request(method, path), status, code)
