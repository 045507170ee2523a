"""Pages: sign in, sign out, the home page, the language choice."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.errors import MediacodeError
from mediacode.services.accounts import set_language
from mediacode.services.notifications import list_notifications
from mediacode.web import csrf
from mediacode.web.errors import classify
from mediacode.web.identity import current_viewer, require_viewer
from mediacode.web.pages.forms import field
from mediacode.web.signing import sign_in, sign_out
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str) -> str:
    """Only a path on this site (``/x``), never another host (``//x``, ``http:``, ``/\\x``), and no
    control character: browsers drop tabs and newlines from a URL, so ``/<TAB>/x`` would be ``//x``."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target and target.isprintable():
        return target
    return "/"


def login_form(request: Request, error: str | None = None, status: int = 200, username: str = "") -> Response:
    token = request.cookies.get(csrf.LOGIN_COOKIE) or csrf.new_token()
    response = render(
        request,
        "login.html",
        {
            "login_token": token,
            "error": error,
            "username": username,
            "next": _safe_next(request.query_params.get("next", "/")),
            "oidc": getattr(request.app.state, "oidc", None) is not None,
        },
        status,
    )
    response.set_cookie(
        csrf.LOGIN_COOKIE,
        token,
        path="/",
        secure=app_state(request).settings.secure_cookies,
        httponly=True,
        samesite="strict",
    )
    return response


@router.get("/login", name="login_page")
def login_page(request: Request) -> Response:
    if current_viewer(request) is not None:
        return RedirectResponse("/", status_code=303)
    return login_form(request)


@router.post("/login", name="login_submit")
async def login_submit(request: Request) -> Response:
    username = await field(request, "username")
    password = await field(request, "password")
    target = _safe_next(await field(request, "next") or "/")
    response = RedirectResponse(target, status_code=303)
    try:
        sign_in(request, response, username, password)
    except MediacodeError as exc:
        status, code, _message = classify(exc)
        return login_form(request, code, status, username)
    response.delete_cookie(csrf.LOGIN_COOKIE, path="/")
    return response


@router.post("/logout", name="logout_submit")
def logout_submit(request: Request) -> Response:
    response = RedirectResponse("/login", status_code=303)
    sign_out(request, response)
    return response


@router.get("/", name="home")
def home(request: Request) -> Response:
    viewer = require_viewer(request)
    unread = [n for n in list_notifications(app_state(request).database, viewer.id) if not n.read]
    return render(request, "home.html", {"unread": len(unread)})


@router.post("/language", name="language_submit")
async def language_submit(request: Request) -> Response:
    viewer = require_viewer(request)
    set_language(app_state(request).database, viewer.id, await field(request, "language"))
    return RedirectResponse(_safe_next(await field(request, "next") or "/"), status_code=303)
