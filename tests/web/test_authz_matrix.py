"""Every route against every role: allowed combinations work, forbidden ones answer 403 and show nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from mediacode.cases.opening import CaseRequest
from mediacode.org.app_roles import app_roles_of
from mediacode.org.loader import load_organization
from mediacode.services import cases
from mediacode.services.cases import CaseContext
from mediacode.web.app import create_app, route_names
from mediacode.web.authz import ROUTES, Rule, check_table
from mediacode.web.errors import FORBIDDEN_MESSAGE
from mediacode.web.settings import WebSettings
from tests.web.conftest import PASSWORD, PEOPLE, TEAM_MEMBER, login

DRAFT = "Matrixdraft: onze klant Kwakkel wacht al weken op de levering"
PSEUDONYM = "0123456789abcdef0123456789abcdef"
CASE_REASON = "Matrixreden: veel geweigerde verzoeken buiten werktijd"
CASE_FORM = {
    "pseudonym": PSEUDONYM,
    "purpose": "private_use",
    "reason": CASE_REASON,
    "from": "2026-10-01",
    "to": "2026-10-15",
}

# route name -> method, path, form or JSON body ({id} is a request by TEAM_MEMBER, approver E005)
SAMPLES: dict[str, tuple[str, str, dict[str, str] | None]] = {
    "login_page": ("GET", "/login", None),
    "login_submit": ("POST", "/login", {"username": TEAM_MEMBER, "password": PASSWORD}),
    "logout_submit": ("POST", "/logout", {}),
    "oidc_start": ("GET", "/login/oidc", None),  # OIDC is off here: 404 for everyone
    "oidc_callback": ("GET", "/login/oidc/callback?code=x&state=y", None),
    "home": ("GET", "/", None),
    "language_submit": ("POST", "/language", {"language": "en"}),
    "check_page": ("GET", "/check", None),
    "check_submit": ("POST", "/check", {"text": "Mooie dag"}),
    "ask_submit": ("POST", "/requests", {"text": "Mag dit?"}),
    "requests_page": ("GET", "/requests", None),
    "documents_page": ("GET", "/documents", None),
    "document_page": ("GET", "/documents/code", None),
    "acknowledge_submit": ("POST", "/documents/code/acknowledge", {}),
    "my_data_page": ("GET", "/my-data", None),
    "my_data_export": ("POST", "/my-data/export", {"format": "json"}),
    "queue_page": ("GET", "/approvals", None),
    "decide_submit": ("POST", "/approvals/{id}", {"decision": "reject", "comment": "nee"}),
    "api_login": ("POST", "/api/login", {"username": TEAM_MEMBER, "password": PASSWORD}),
    "api_logout": ("POST", "/api/logout", None),
    "api_me": ("GET", "/api/me", None),
    "api_language": ("PUT", "/api/me/language", {"language": "en"}),
    "api_review": ("POST", "/api/review", {"text": "Mooie dag"}),
    "api_ask_approval": ("POST", "/api/requests", {"text": "Mag dit?"}),
    "api_my_requests": ("GET", "/api/requests", None),
    "api_request": ("GET", "/api/requests/{id}", None),
    "api_notifications": ("GET", "/api/notifications", None),
    "api_documents": ("GET", "/api/documents", None),
    "api_document": ("GET", "/api/documents/notice", None),
    "api_acknowledge": ("POST", "/api/documents/notice/acknowledgement", None),
    "api_queue": ("GET", "/api/approvals", None),
    "api_decide": ("POST", "/api/approvals/{id}", {"decision": "approve"}),
    # the rooms ({case} is a case on PSEUDONYM opened by the director; E007 holds no tested role)
    "officer_page": ("GET", "/officer", None),
    "report_page": ("GET", "/reports/private_use", None),
    "cases_page": ("GET", "/cases", None),
    "case_page": ("GET", "/cases/{case}", None),
    "case_open_submit": ("POST", "/cases", CASE_FORM),
    "case_decide_submit": ("POST", "/cases/{case}/decision", {"decision": "refuse", "comment": "nee"}),
    "case_reveal_submit": ("POST", "/cases/{case}/reveal", {}),
    "case_notify_submit": ("POST", "/cases/{case}/notification", {"on": "2026-10-20"}),
    "case_discuss_submit": ("POST", "/cases/{case}/conversation", {"on": "2026-10-20"}),
    "case_close_submit": ("POST", "/cases/{case}/close", {"outcome": "geen vervolg nodig"}),
    "council_page": ("GET", "/council", None),
    "council_consent_submit": ("POST", "/council/consent", {"on": "2026-10-01", "reference": "OR 7"}),
    "admin_page": ("GET", "/admin", None),
    "admin_disable_submit": ("POST", "/admin/users/E007/disable", {}),
    "api_officer": ("GET", "/api/officer", None),
    "api_report": ("GET", "/api/reports/private_use", None),
    "api_cases": ("GET", "/api/cases", None),
    "api_case": ("GET", "/api/cases/{case}", None),
    "api_case_open": ("POST", "/api/cases", CASE_FORM),
    "api_case_decide": ("POST", "/api/cases/{case}/decision", {"decision": "refuse", "comment": "nee"}),
    "api_case_reveal": ("POST", "/api/cases/{case}/reveal", None),
    "api_case_notify": ("POST", "/api/cases/{case}/notification", {"on": "2026-10-20"}),
    "api_case_discuss": ("POST", "/api/cases/{case}/conversation", {"on": "2026-10-20"}),
    "api_case_close": ("POST", "/api/cases/{case}/close", {"outcome": "geen vervolg nodig"}),
    "api_council": ("GET", "/api/council", None),
    "api_council_consent": ("POST", "/api/council/consent", {"on": "2026-10-01", "reference": "OR 7"}),
    "api_admin_users": ("GET", "/api/admin/users", None),
    "api_admin_disable": ("POST", "/api/admin/users/E007/disable", None),
    "api_admin_runs": ("GET", "/api/admin/runs", None),
}
ROLES = [*PEOPLE, "anonymous"]


@pytest.fixture(scope="module")
def matrix_app(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[FastAPI, int]]:
    import shutil

    root = tmp_path_factory.mktemp("matrix") / "org"
    shutil.copytree(demo_template, root)
    app = create_app(WebSettings(org=root, secure_cookies=False, secret_key="matrix"))
    with TestClient(app) as author:
        token = login(author, TEAM_MEMBER)
        answer = author.post("/api/requests", json={"text": DRAFT}, headers={"X-CSRF-Token": token})
        assert answer.status_code == 201
        request_id = int(answer.json()["id"])
    request = CaseRequest(PSEUDONYM, "private_use", CASE_REASON, dt.date(2026, 10, 1), dt.date(2026, 10, 15))
    case = cases.open_case(CaseContext(root), PEOPLE["director"], request)
    app.state.case_id = case.case.id
    yield app, request_id
    app.state.mediacode.database.close()


def test_every_route_is_in_the_table_and_every_entry_is_a_route() -> None:
    names = route_names()
    assert len(names) == len(set(names))
    assert set(names) == set(ROUTES) == set(SAMPLES)


def test_an_app_with_a_route_outside_the_table_is_refused() -> None:
    with pytest.raises(RuntimeError, match="missing"):
        check_table([*ROUTES, "new_route"])


def _allowed(rule: Rule, role: str, org_root: Path) -> bool:
    if rule.roles is None:
        return True
    if role == "anonymous":
        return False
    return bool(rule.roles & app_roles_of(load_organization(org_root), PEOPLE[role]))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_role_route_matrix(matrix_app: tuple[FastAPI, int], role: str, name: str) -> None:
    app, request_id = matrix_app
    method, path, body = SAMPLES[name]
    path = path.replace("{id}", str(request_id)).replace("{case}", str(app.state.case_id))
    org_root = app.state.mediacode.settings.org
    allowed = _allowed(ROUTES[name], role, org_root)
    api = path.startswith("/api/")
    with TestClient(app) as client:
        headers: dict[str, str] = {}
        form = dict(body) if body is not None else None
        if name == "login_submit":
            client.get("/login")
            form = {**(form or {}), "csrf_token": client.cookies.get("mediacode_login_csrf") or ""}
        if role != "anonymous":
            token = login(client, PEOPLE[role], PASSWORD)
            if name != "login_submit":
                headers["X-CSRF-Token"] = token
                if form is not None and not api:
                    form["csrf_token"] = token
        if api:
            answer = client.request(method, path, json=body, headers=headers, follow_redirects=False)
        else:
            answer = client.request(method, path, data=form, headers=headers, follow_redirects=False)
    if allowed:
        assert answer.status_code not in (401, 403), (answer.status_code, answer.text[:300])
        return
    if role == "anonymous":
        if api:
            assert answer.status_code == 401
            assert answer.json()["error"]["code"] == "not_signed_in"
        else:
            assert answer.status_code == 303
            assert answer.headers["location"].startswith("/login")
        return
    assert answer.status_code == 403
    assert DRAFT not in answer.text
    assert "Kwakkel" not in answer.text
    assert PSEUDONYM not in answer.text and "Matrixreden" not in answer.text
    if api:
        assert answer.json() == {"error": {"code": "forbidden", "message": FORBIDDEN_MESSAGE}}


def test_a_forbidden_combination_exists_for_every_role_but_approvers() -> None:
    """The matrix is not vacuous: employees, the officer, the council and the administrator meet 403s."""
    assert {name for name, rule in ROUTES.items() if rule.roles and "employee" not in rule.roles} >= {
        "queue_page",
        "decide_submit",
        "api_queue",
        "api_decide",
    }


@pytest.mark.parametrize(
    "role", ["employee", "privacy_officer", "works_council", "administrator", "director"]
)
def test_someone_elses_request_is_not_found_and_shows_nothing(
    matrix_app: tuple[FastAPI, int], role: str
) -> None:
    app, request_id = matrix_app
    with TestClient(app) as client:
        token = login(client, PEOPLE[role])
        seen = client.get(f"/api/requests/{request_id}")
        decided = client.post(
            f"/api/approvals/{request_id}", json={"decision": "approve"}, headers={"X-CSRF-Token": token}
        )
    assert seen.status_code == 404
    assert DRAFT not in seen.text
    assert decided.status_code in (403, 404)
    assert DRAFT not in decided.text
