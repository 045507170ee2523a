"""Signing in and out for pages and the API alike: the password check, a new session, the cookie."""

from __future__ import annotations

import contextlib

from starlette.requests import Request
from starlette.responses import Response

from mediacode.errors import MediacodeError
from mediacode.services import audit
from mediacode.services.sign_in import authenticate
from mediacode.services.web_sessions import WebSession, close_session, open_session
from mediacode.web.identity import SESSION_COOKIE
from mediacode.web.state import app_state


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def sign_in(request: Request, response: Response, username: str, password: str) -> WebSession:
    """Check the password, end the session the browser brought, start a new one."""
    state = app_state(request)
    org = state.orgs.get()
    person_id = authenticate(state.database, org, username, password, client_of(request), state.secret)
    return start_session(request, response, person_id, "password")


def start_session(request: Request, response: Response, person_id: str, method: str) -> WebSession:
    """End the session the browser brought, start a new one for ``person_id``, set the cookie."""
    state = app_state(request)
    org = state.orgs.get()
    token, session = open_session(
        state.database,
        person_id,
        state.session_lifetime,
        replacing=request.cookies.get(SESSION_COOKIE),
        cache=state.sessions,
    )
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(state.session_lifetime.total_seconds()),
        path="/",
        secure=state.settings.secure_cookies,
        httponly=True,
        samesite="lax",
    )
    # A sign-in does not fail because the audit folder cannot be written; ``audit verify`` shows the gap.
    with contextlib.suppress(MediacodeError):
        audit.record(org.root, person_id, "login", {"method": method}, org=org)
    return session


def sign_out(request: Request, response: Response) -> None:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        close_session(app_state(request).database, token, app_state(request).sessions)
    response.delete_cookie(
        SESSION_COOKIE,
        path="/",
        secure=app_state(request).settings.secure_cookies,
        httponly=True,
        samesite="lax",
    )
