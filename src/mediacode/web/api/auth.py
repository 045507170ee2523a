"""``/api/login``, ``/api/logout``, ``/api/me``: signing in and who is signed in."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from mediacode.org.app_roles import app_roles_of
from mediacode.services.accounts import set_language
from mediacode.web.api.schemas import LanguageIn, LoginIn, MeOut, OkOut
from mediacode.web.identity import require_viewer
from mediacode.web.language import language_of
from mediacode.web.signing import sign_in, sign_out
from mediacode.web.state import app_state

router = APIRouter(prefix="/api", tags=["account"])


def _me(request: Request) -> MeOut:
    viewer = require_viewer(request)
    return MeOut(
        id=viewer.id,
        name=viewer.person.name,
        roles=sorted(viewer.roles),
        language=language_of(request),
        csrf_token=viewer.session.csrf_token,
    )


@router.post("/login", name="api_login", response_model=MeOut)
def api_login(body: LoginIn, request: Request, response: Response) -> MeOut:
    """Sign in with a person id (or e-mail address) and password; sets the session cookie."""
    session = sign_in(request, response, body.username, body.password)
    org = app_state(request).orgs.get()
    person = org.get_person(session.person_id)
    return MeOut(
        id=person.id,
        name=person.name,
        roles=sorted(app_roles_of(org, person.id)),
        language=language_of(request),
        csrf_token=session.csrf_token,
    )


@router.post("/logout", name="api_logout", response_model=OkOut)
def api_logout(request: Request, response: Response) -> OkOut:
    """Sign out: the session ends on the server and the cookie is removed."""
    sign_out(request, response)
    return OkOut()


@router.get("/me", name="api_me", response_model=MeOut)
def api_me(request: Request) -> MeOut:
    return _me(request)


@router.put("/me/language", name="api_language", response_model=MeOut)
def api_language(body: LanguageIn, request: Request) -> MeOut:
    """Choose the language of the app (stored with the account)."""
    viewer = require_viewer(request)
    set_language(app_state(request).database, viewer.id, body.language)
    request.state.language = body.language
    return _me(request)
