"""CSRF on every state-changing route of the app (enumerated from ``app.routes``).

A page on another site can make the browser send a form (url-encoded or
multipart) or a ``text/plain`` body with the cookie, but not ``application/json``
without a CORS preflight. So: every state-changing route refuses those without
the session's token, and refuses a wrong token or another session's token;
every state-changing request whose ``Origin``/``Referer`` names another site is
refused, whatever token it carries.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from mediacode.org.loader import load_organization
from mediacode.web.authz import Csrf
from tests.security.conftest import OTHER_EMPLOYEE, Target
from tests.security.routes import Route, app_routes, role_for, state_changing
from tests.web.conftest import PASSWORD, PEOPLE, login
from tests.web.test_authz_matrix import SAMPLES

# What another site can make a browser send, with its Content-Type.
CROSS_SITE_BODIES = {
    "form": ("application/x-www-form-urlencoded", b"text=Mooie+dag&decision=approve"),
    "multipart": (
        "multipart/form-data; boundary=xyz",
        b'--xyz\r\nContent-Disposition: form-data; name="text"\r\n\r\nhoi\r\n--xyz--\r\n',
    ),
    "text_plain": ("text/plain", b'{"text": "Mooie dag", "decision": "approve"}'),
    "no_type": (None, b'{"text": "Mooie dag"}'),
}
TOKENS = ["missing", "wrong", "empty", "other_session"]
# Routes whose forgery the app accepts on purpose (ADR 0091): a forged sign-out harms nobody;
# the sign-in routes carry no session (login_submit has its own double-submit cookie, tested below).
NO_SESSION_TOKEN = {"api_logout", "api_login", "login_submit"}


ROUTES = state_changing(app_routes())
GUARDED = [r for r in ROUTES if r.name not in NO_SESSION_TOKEN]


def test_the_enumeration_finds_every_form_and_api_route() -> None:
    names = {r.name for r in ROUTES}
    assert len(GUARDED) == len(ROUTES) - len(NO_SESSION_TOKEN) >= 25
    assert {"check_submit", "decide_submit", "case_reveal_submit", "admin_disable_submit"} <= names
    assert {"api_review", "api_decide", "api_case_reveal", "api_admin_disable", "api_language"} <= names


def _values(target: Target) -> dict[str, object]:
    return {
        "request_id": target.request_id,
        "case_id": target.case_id,
        "kind": "code",
        "person_id": "E007",
        "purpose": "private_use",
    }


SignedIn = Callable[[str], tuple[TestClient, str]]


def _signed_in(target: Target, signed_in: SignedIn, route: Route) -> tuple[TestClient, str]:
    role = role_for(load_organization(target.org), route)
    assert role is not None
    return signed_in(role)


@pytest.mark.parametrize("body", sorted(CROSS_SITE_BODIES))
@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("route", GUARDED, ids=lambda r: r.name)
def test_every_state_changing_route_refuses_a_cross_site_body_without_the_sessions_token(
    target: Target, signed_in: SignedIn, route: Route, token: str, body: str
) -> None:
    client, own = _signed_in(target, signed_in, route)
    other_token = signed_in(OTHER_EMPLOYEE)[1]
    content_type, content = CROSS_SITE_BODIES[body]
    headers = {"Content-Type": content_type} if content_type else {}
    forged = {"missing": None, "wrong": own[:-4] + "AAAA", "empty": "", "other_session": other_token}[token]
    if forged is not None and body == "form":
        content += b"&csrf_token=" + forged.encode()
    elif forged is not None:
        headers["X-CSRF-Token"] = forged
    with client:
        answer = client.request(
            route.method,
            route.fill(_values(target)),
            content=content,
            headers=headers,
            follow_redirects=False,
        )
    assert answer.status_code == 403, (answer.status_code, answer.text[:200])
    if route.api:
        assert answer.json()["error"]["code"] == "csrf"
    else:
        assert "csrf" in answer.text.lower() or "CSRF" in answer.text


@pytest.mark.parametrize("route", [r for r in GUARDED if r.rule.csrf is Csrf.JSON], ids=lambda r: r.name)
def test_the_json_exemption_holds_only_for_application_json(
    target: Target, signed_in: SignedIn, route: Route
) -> None:
    """Declared JSON passes the CSRF gate (it may still fail on its content); anything else does not."""
    client, _token = _signed_in(target, signed_in, route)
    as_json = client.request(
        route.method,
        route.fill(_values(target)),
        content=b"{}",
        headers={"Content-Type": "application/json"},
    )
    as_text = client.request(
        route.method, route.fill(_values(target)), content=b"{}", headers={"Content-Type": "text/plain"}
    )
    assert as_json.status_code != 403 or as_json.json()["error"]["code"] != "csrf"
    assert as_text.status_code == 403
    assert as_text.json()["error"]["code"] == "csrf"


CROSS_ORIGINS = [
    {"Origin": "https://evil.example"},
    {"Origin": "http://testserver.evil.example"},
    {"Origin": "http://evil.example:80"},
    {"Origin": "null"},
    {"Referer": "https://evil.example/page"},
    {"Referer": "https://testserver@evil.example/"},
    {"Origin": "https://evil.example", "Referer": "http://testserver/check"},
]


@pytest.mark.parametrize("origin", CROSS_ORIGINS, ids=lambda h: "+".join(f"{k}={v}" for k, v in h.items()))
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.name)
def test_a_state_changing_request_from_another_site_is_refused_even_with_the_right_token(
    target: Target, signed_in: SignedIn, route: Route, origin: dict[str, str]
) -> None:
    role = role_for(load_organization(target.org), route)
    client, token = signed_in(role) if role else (TestClient(target.app), "")
    answer = client.request(
        route.method,
        route.fill(_values(target)),
        json={},
        headers={"X-CSRF-Token": token, **origin},
        follow_redirects=False,
    )
    assert answer.status_code == 403, (answer.status_code, answer.text[:200])
    if route.api:
        assert answer.json() == {
            "error": {"code": "csrf", "message": "this request came from another site and was refused"}
        }


SAME_ORIGINS = [
    {},
    {"Origin": "http://testserver"},
    {"Origin": "https://TESTSERVER:443"},
    {"Referer": "http://testserver/check"},
]


@pytest.mark.parametrize("origin", SAME_ORIGINS, ids=str)
def test_the_own_origin_and_tools_without_one_pass(target: Target, origin: dict[str, str]) -> None:
    with TestClient(target.app) as client:
        token = login(client, PEOPLE["employee"])
        answer = client.post("/api/review", json={"text": "Mooie dag"}, headers=origin)
        page = client.post("/check", data={"text": "Mooie dag", "csrf_token": token}, headers=origin)
    assert answer.status_code == 200
    assert page.status_code == 200


@pytest.mark.parametrize(
    "cookie_token,form_token",
    [(None, None), (None, "x" * 43), ("a" * 43, "b" * 43), ("a" * 43, ""), ("", "")],
)
def test_the_sign_in_form_refuses_a_missing_or_mismatched_double_submit_token(
    target: Target, cookie_token: str | None, form_token: str | None
) -> None:
    with TestClient(target.app) as client:
        if cookie_token is not None:
            client.cookies.set("mediacode_login_csrf", cookie_token)
        form = {"username": PEOPLE["employee"], "password": PASSWORD}
        if form_token is not None:
            form["csrf_token"] = form_token
        answer = client.post("/login", data=form, follow_redirects=False)
    assert answer.status_code == 403
    assert "mediacode_session" not in answer.cookies


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_the_api_sign_in_takes_only_json_so_no_other_site_can_sign_a_browser_in(
    target: Target, content_type: str | None
) -> None:
    """Login CSRF: signing the victim in to the attacker's account. The JSON sign-in has no token."""
    with TestClient(target.app) as client:
        body = b'{"username": "%s", "password": "%s"}' % (PEOPLE["employee"].encode(), PASSWORD.encode())
        answer = client.post(
            "/api/login", content=body, headers={"Content-Type": content_type} if content_type else {}
        )
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "invalid_request"
    assert "mediacode_session" not in answer.cookies


def test_samples_of_the_matrix_cover_the_same_routes() -> None:
    """The enumeration and the role matrix's samples agree: no route escapes both."""
    assert {r.name for r in ROUTES} <= set(SAMPLES)


@pytest.mark.parametrize("route", [r for r in ROUTES if r.api], ids=lambda r: r.name)
def test_no_cors_preflight_is_ever_granted_so_json_stays_same_site(target: Target, route: Route) -> None:
    """The JSON exemption rests on this: another site cannot get permission to send application/json."""
    with TestClient(target.app) as client:
        answer = client.options(
            route.fill(_values(target)),
            headers={
                "Origin": "https://evil.example",
                "Access-Control-Request-Method": route.method,
                "Access-Control-Request-Headers": "content-type, x-csrf-token",
            },
        )
    assert answer.status_code in (401, 403, 405)
    assert not [name for name in answer.headers if name.lower().startswith("access-control-")]
