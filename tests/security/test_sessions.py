"""Session fixation, server-side logout and the cookie flags, with and without the HSTS setting."""

from __future__ import annotations

from collections.abc import Callable
from http.cookies import SimpleCookie
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.security.conftest import Target, make_app
from tests.web.conftest import PASSWORD, PEOPLE

SESSION = "mediacode_session"
DOMAIN = "testserver.local"
"""Where the TestClient keeps its cookies: a planted one must sit there to be replaced."""
CREDENTIALS = {"username": PEOPLE["employee"], "password": PASSWORD}


def _page_sign_in(client: TestClient) -> None:
    client.get("/login")
    _submit(client)


def _submit(client: TestClient) -> None:
    token = client.cookies.get("mediacode_login_csrf") or ""
    answer = client.post("/login", data={**CREDENTIALS, "csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 303


def _api_sign_in(client: TestClient) -> None:
    assert client.post("/api/login", json=CREDENTIALS).status_code == 200


SIGN_INS: dict[str, Callable[[TestClient], None]] = {"page": _page_sign_in, "api": _api_sign_in}
PLANTED = [
    "planted-by-an-attacker",
    "A" * 43,  # the shape of a real token
    "",
    "x" * 5000,
]


@pytest.mark.parametrize("planted", PLANTED, ids=lambda p: p[:12] or "empty")
@pytest.mark.parametrize("how", sorted(SIGN_INS))
def test_a_session_id_planted_before_sign_in_is_not_the_one_after(
    target: Target, how: str, planted: str
) -> None:
    with TestClient(target.app) as victim:
        victim.cookies.set(SESSION, planted, domain=DOMAIN)
        SIGN_INS[how](victim)
        issued = victim.cookies.get(SESSION)
        assert issued and issued != planted
        with TestClient(target.app) as attacker:
            attacker.cookies.set(SESSION, planted, domain=DOMAIN)
            assert attacker.get("/api/me").status_code == 401


@pytest.mark.parametrize("how", sorted(SIGN_INS))
def test_an_attackers_own_valid_session_planted_in_a_victims_browser_is_replaced_at_sign_in(
    target: Target, how: str
) -> None:
    """The attacker signs in and plants the cookie; the victim's sign-in ends that session."""
    with TestClient(target.app) as attacker:
        assert (
            attacker.post(
                "/api/login", json={"username": PEOPLE["manager"], "password": PASSWORD}
            ).status_code
            == 200
        )
        planted = attacker.cookies.get(SESSION)
        assert planted
        with TestClient(target.app) as victim:
            victim.get("/login")  # the form first: a signed-in browser is sent on from /login
            victim.cookies.set(SESSION, planted, domain=DOMAIN)
            _submit(victim) if how == "page" else _api_sign_in(victim)
            assert victim.cookies.get(SESSION) != planted
            assert victim.get("/api/me").json()["id"] == PEOPLE["employee"]
        assert attacker.get("/api/me").status_code == 401, "the planted session ended at the victim's sign-in"


LOGOUTS = {
    "api": lambda c, token: c.post("/api/logout"),
    "page": lambda c, token: c.post("/logout", data={"csrf_token": token}, follow_redirects=False),
}


@pytest.mark.parametrize("how", sorted(LOGOUTS))
def test_logout_ends_the_session_on_the_server_not_only_in_the_browser(target: Target, how: str) -> None:
    with TestClient(target.app) as client:
        token = client.post("/api/login", json=CREDENTIALS).json()["csrf_token"]
        stolen = client.cookies.get(SESSION)
        answer = LOGOUTS[how](client, token)
        assert answer.status_code in (200, 303)
        assert SESSION in answer.headers.get("set-cookie", "")  # the browser is told to forget it
    with TestClient(target.app) as thief:
        thief.cookies.set(SESSION, stolen or "", domain=DOMAIN)
        assert thief.get("/api/me").status_code == 401
        assert thief.get("/", follow_redirects=False).headers["location"].startswith("/login")


def _set_cookies(answer: object) -> dict[str, str]:
    """Cookie name -> its raw Set-Cookie line."""
    lines = answer.headers.get_list("set-cookie")  # type: ignore[attr-defined]
    found = {}
    for line in lines:
        found[next(iter(SimpleCookie(line).keys()))] = line.lower()
    return found


@pytest.mark.parametrize(
    ("settings", "secure", "hsts"),
    [
        ({"secure_cookies": False}, False, False),
        ({"secure_cookies": True}, True, False),
        ({"secure_cookies": False, "hsts": True}, True, True),  # HSTS implies Secure cookies
        ({"hsts": True}, True, True),
    ],
    ids=["plain-http", "secure", "hsts-overrides", "hsts"],
)
def test_cookie_flags_and_the_hsts_setting(
    fresh: Target, settings: dict[str, bool], secure: bool, hsts: bool
) -> None:
    from mediacode.web.app import create_app
    from mediacode.web.settings import WebSettings

    app = create_app(WebSettings(org=fresh.org, secret_key="flags", **settings))  # type: ignore[arg-type]
    base = "https://testserver" if secure else "http://testserver"
    with TestClient(app, base_url=base) as client:
        login_page = client.get("/login")
        signed_in = client.post("/api/login", json=CREDENTIALS)
    app.state.mediacode.database.close()
    cookies = {**_set_cookies(login_page), **_set_cookies(signed_in)}
    assert set(cookies) == {SESSION, "mediacode_login_csrf"}
    for name, line in cookies.items():
        assert "httponly" in line, name
        assert ("; secure" in line) is secure, name
    assert "samesite=lax" in cookies[SESSION]
    assert "samesite=strict" in cookies["mediacode_login_csrf"]
    assert "max-age=28800" in cookies[SESSION]
    for answer in (login_page, signed_in):
        assert ("strict-transport-security" in answer.headers) is hsts
        if hsts:
            assert answer.headers["strict-transport-security"] == "max-age=31536000"


def test_hsts_is_off_by_default() -> None:
    from pathlib import Path

    from mediacode.web.settings import WebSettings

    assert WebSettings(org=Path()).hsts is False


@pytest.mark.parametrize(("hsts", "secure"), [(None, False), ("false", False), ("true", True)])
def test_serve_on_loopback_keeps_secure_cookies_when_hsts_is_on(
    cli: Any, monkeypatch: pytest.MonkeyPatch, fresh: Target, hsts: str | None, secure: bool
) -> None:
    import uvicorn

    import mediacode.web.app as web_app

    seen: dict[str, Any] = {}
    monkeypatch.setattr(web_app, "create_app", lambda settings: seen.setdefault("settings", settings))
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    monkeypatch.delenv("MEDIACODE_SECURE_COOKIES", raising=False)
    if hsts is None:
        monkeypatch.delenv("MEDIACODE_HSTS", raising=False)
    else:
        monkeypatch.setenv("MEDIACODE_HSTS", hsts)
    result = cli("serve", "--org", str(fresh.org), "--host", "127.0.0.1", "--port", "8765")
    assert result.code == 0, result.err
    assert seen["settings"].secure_cookies is secure
    assert seen["settings"].hsts is (hsts == "true")


def test_make_app_builds_plain_http_apps(fresh: Target) -> None:
    app = make_app(fresh.org)
    assert app.state.mediacode.settings.hsts is False
    app.state.mediacode.database.close()
