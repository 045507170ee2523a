"""Pages: sign in through the organization's OpenID Connect provider (only when configured)."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.errors import NotFoundError
from mediacode.services.access_errors import SignInError
from mediacode.services.oidc_sign_in import UnverifiedEmailError, person_for_email
from mediacode.web.oidc import FLOW_COOKIE, FLOW_SECONDS, OidcClient, OidcError, flow_secrets, new_flow
from mediacode.web.pages.auth import login_form
from mediacode.web.signing import start_session
from mediacode.web.state import app_state

router = APIRouter(include_in_schema=False)
_FLOW_PATH = "/login/oidc"


def oidc_client(request: Request) -> OidcClient | None:
    client = getattr(request.app.state, "oidc", None)
    return client if isinstance(client, OidcClient) else None


def _configured(request: Request) -> OidcClient:
    client = oidc_client(request)
    if client is None:
        raise NotFoundError("not found")
    return client


def _callback_url(request: Request) -> str:
    return str(request.url_for("oidc_callback"))


def _refused(request: Request, code: str, status: int) -> Response:
    response = login_form(request, code, status)
    response.delete_cookie(FLOW_COOKIE, path=_FLOW_PATH)
    return response


@router.get("/login/oidc", name="oidc_start")
async def oidc_start(request: Request) -> Response:
    client = _configured(request)
    flow = new_flow()
    try:
        target = await client.authorization_url(
            flow_secrets(app_state(request).secret, flow), _callback_url(request)
        )
    except OidcError:
        return _refused(request, "oidc_failed", 502)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        FLOW_COOKIE,
        flow,
        max_age=FLOW_SECONDS,
        path=_FLOW_PATH,
        secure=app_state(request).settings.secure_cookies,
        httponly=True,
        samesite="lax",  # the provider sends the browser back with a top-level GET
    )
    return response


@router.get("/login/oidc/callback", name="oidc_callback")
async def oidc_callback(request: Request) -> Response:
    client = _configured(request)
    state = app_state(request)
    flow = request.cookies.get(FLOW_COOKIE)
    code = request.query_params.get("code")
    if not flow or not code:
        return _refused(request, "oidc_failed", 400)
    expected = flow_secrets(state.secret, flow)
    if not hmac.compare_digest(request.query_params.get("state", "").encode(), expected.state.encode()):
        return _refused(request, "oidc_failed", 400)
    try:
        identity = await client.exchange(code, expected, _callback_url(request))
        person_id = person_for_email(
            state.database, state.orgs.get(), identity.email, identity.email_verified
        )
    except OidcError:
        return _refused(request, "oidc_failed", 401)
    except UnverifiedEmailError:
        return _refused(request, "oidc_unverified", 403)
    except SignInError:
        return _refused(request, "oidc_unknown", 403)
    response = RedirectResponse("/", status_code=303)
    start_session(request, response, person_id, "oidc")
    response.delete_cookie(FLOW_COOKIE, path=_FLOW_PATH)
    return response
