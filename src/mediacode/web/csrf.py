"""CSRF tokens: the session's synchronizer token, and a double-submit cookie for the sign-in form."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request

from mediacode.web.errors import CsrfError

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
HEADER = "x-csrf-token"
FIELD = "csrf_token"
LOGIN_COOKIE = "mediacode_login_csrf"
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def is_json(request: Request) -> bool:
    """The body is declared as JSON (``application/json``), which a cross-site form cannot send."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower() == "application/json"


def _bare(host: str) -> str:
    """A host as compared: lower case, without a default port (``:80``, ``:443``)."""
    host = host.strip().lower()
    for default in (":80", ":443"):
        if host.endswith(default):
            return host[: -len(default)]
    return host


def _host_of(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return _bare(parts.netloc) if parts.scheme in ("http", "https") and parts.netloc else None


def check_origin(request: Request) -> None:
    """Refuse a state-changing request that a browser says comes from another site.

    Browsers send ``Origin`` with every cross-site POST (``null`` from sandboxed or
    privacy-hiding contexts), else often a ``Referer``; either must name this host.
    Tools that send neither (curl, scripts following web.md) are judged by the token alone.
    Only the host is compared: behind a TLS-terminating proxy the scheme differs.
    """
    own = _bare(request.headers.get("host", ""))
    origin = request.headers.get("origin")
    claimed = origin if origin is not None else request.headers.get("referer")
    if claimed is None:
        return
    if not own or _host_of(claimed) != own:
        raise CsrfError("this request came from another site and was refused")


def new_token() -> str:
    return secrets.token_urlsafe(32)


async def submitted_token(request: Request) -> str:
    """The token in the ``X-CSRF-Token`` header, else in the form field ``csrf_token``."""
    header = request.headers.get(HEADER)
    if header:
        return header
    if request.headers.get("content-type", "").split(";")[0].strip() in _FORM_TYPES:
        form = await request.form()
        value = form.get(FIELD)
        return value if isinstance(value, str) else ""
    return ""


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


async def check_session_token(request: Request, expected: str) -> None:
    if not _same(await submitted_token(request), expected):
        raise CsrfError("the CSRF token is missing or wrong; reload the page and try again")


async def check_login_cookie(request: Request) -> None:
    if not _same(await submitted_token(request), request.cookies.get(LOGIN_COOKIE, "")):
        raise CsrfError("the sign-in form has expired; reload the page and try again")
