"""The one error handler: every JSON error is ``{"error": {"code": ..., "message": ...}}``.

Errors of ``/api/`` routes answer JSON; errors of pages answer an HTML page
with the same status, and a page that needs a signed-in person redirects to
the sign-in page. A 403 names no resource: its message is always the same.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from mediacode.errors import GovernanceError, InputError, MediacodeError, NotFoundError
from mediacode.services.access_errors import LockedOutError, SignInError

FORBIDDEN_MESSAGE = "you may not use this"


class WebError(Exception):
    """An answer decided by the web layer itself: not signed in, forbidden, CSRF."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotSignedInError(WebError):
    status = 401
    code = "not_signed_in"


class ForbiddenError(WebError):
    status = 403
    code = "forbidden"

    def __init__(self) -> None:
        super().__init__(FORBIDDEN_MESSAGE)


class CsrfError(WebError):
    status = 403
    code = "csrf"


_MEDIACODE_ERRORS: tuple[tuple[type[MediacodeError], int, str], ...] = (
    (LockedOutError, 429, "locked_out"),
    (SignInError, 401, "sign_in_failed"),
    (NotFoundError, 404, "not_found"),
    (GovernanceError, 409, "refused"),
    (InputError, 400, "invalid_input"),
    (MediacodeError, 400, "error"),
)
_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def classify(exc: Exception) -> tuple[int, str, str]:
    """Status, code and message of any exception."""
    if isinstance(exc, WebError):
        return exc.status, exc.code, exc.message
    if isinstance(exc, MediacodeError):
        for kind, status, code in _MEDIACODE_ERRORS:
            if isinstance(exc, kind):
                return status, code, exc.message
    if isinstance(exc, RequestValidationError):
        parts = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg")))
        return 422, "invalid_request", "; ".join(parts) or "the request is not valid"
    if isinstance(exc, HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        return exc.status_code, _HTTP_CODES.get(exc.status_code, "http_error"), message
    return 500, "internal_error", "something went wrong on the server; the error has been logged"


def error_body(code: str, message: str) -> dict[str, object]:
    return {"error": {"code": code, "message": message}}


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


async def handle(request: Request, exc: Exception) -> Response:
    status, code, message = classify(exc)
    headers = {"Retry-After": "900"} if status == 429 else None
    if is_api(request):
        return JSONResponse(error_body(code, message), status_code=status, headers=headers)
    if isinstance(exc, NotSignedInError):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    from mediacode.web.templating import render_error_page

    return render_error_page(request, status, code, message, headers)


def install(app: FastAPI) -> None:
    for kind in (WebError, MediacodeError, RequestValidationError, HTTPException, Exception):
        app.add_exception_handler(kind, handle)
