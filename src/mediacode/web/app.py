"""``create_app(settings)``: the FastAPI app of one organization. Nothing is built at import time."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mediacode.services.consent_snapshots import capture_if_covered
from mediacode.storage.db.database import DatabaseSettings, open_database
from mediacode.storage.db.secure_delete import enable_secure_delete
from mediacode.web import errors
from mediacode.web.api import approvals as api_approvals
from mediacode.web.api import auth as api_auth
from mediacode.web.api import cases as api_cases
from mediacode.web.api import documents as api_documents
from mediacode.web.api import reports as api_reports
from mediacode.web.api import review as api_review
from mediacode.web.api import rooms as api_rooms
from mediacode.web.api.schemas import ErrorOut
from mediacode.web.authz import authorize, check_table
from mediacode.web.body_limit import BodyLimit
from mediacode.web.case_context import storage_settings
from mediacode.web.oidc import OidcClient
from mediacode.web.org_cache import OrgCache
from mediacode.web.pages import admin as page_admin
from mediacode.web.pages import approvals as page_approvals
from mediacode.web.pages import auth as page_auth
from mediacode.web.pages import cases as page_cases
from mediacode.web.pages import check as page_check
from mediacode.web.pages import council as page_council
from mediacode.web.pages import documents as page_documents
from mediacode.web.pages import my_data as page_my_data
from mediacode.web.pages import officer as page_officer
from mediacode.web.pages import oidc as page_oidc
from mediacode.web.pages import reports as page_reports
from mediacode.web.report_cache import ReportCache
from mediacode.web.settings import WebSettings
from mediacode.web.stamped_cache import StampedCache
from mediacode.web.state import AppState, load_secret

STATIC = __file__.rsplit("/", 1)[0] + "/static"
_ERRORS = {
    status: {"model": ErrorOut, "description": description}
    for status, description in (
        (400, "Invalid input"),
        (401, "Not signed in, or sign-in failed"),
        (403, "Not allowed, or the CSRF token is missing"),
        (404, "Not found"),
        (409, "Refused by the policy's rules"),
        (422, "The request body does not match the schema"),
        (429, "Too many failed sign-ins"),
    )
}


ROUTERS: tuple[APIRouter, ...] = (
    api_auth.router,
    api_review.router,
    api_approvals.router,
    api_documents.router,
    page_auth.router,
    page_oidc.router,
    page_check.router,
    page_approvals.router,
    page_documents.router,
    page_my_data.router,
    api_reports.router,
    api_cases.router,
    api_rooms.router,
    page_officer.router,
    page_reports.router,
    page_cases.router,
    page_council.router,
    page_admin.router,
)


def route_names() -> list[str]:
    return [route.name for router in ROUTERS for route in router.routes if isinstance(route, APIRoute)]


def create_app(settings: WebSettings) -> FastAPI:
    """The app for ``settings.org``: opens (and migrates) the database and checks the policy loads."""
    orgs = OrgCache(settings.org)
    capture_if_covered(orgs.get())  # keep the consented monitoring part for the council's diff
    database = open_database(settings.org, DatabaseSettings(settings.database_url))
    enable_secure_delete(database.engine)
    app = FastAPI(
        title="mediacode",
        version="0.1.0",
        summary="The social media code and the e-mail/internet regulation, executable.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        dependencies=[Depends(authorize)],
        responses=_ERRORS,  # type: ignore[arg-type]
    )
    app.state.report_cache = ReportCache(settings.org, storage_settings())
    app.state.overview_cache = StampedCache()
    app.state.oidc = OidcClient.from_settings(settings)  # None: OIDC sign-in is off
    app.state.mediacode = AppState(settings, database, load_secret(settings.org, settings.secret_key), orgs)
    errors.install(app)
    check_table(route_names())
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, hsts=settings.hsts)  # outermost: the 413 answers carry them too
    return app


CONTENT_SECURITY_POLICY = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY),
)
_HSTS = (b"strict-transport-security", b"max-age=31536000")
_NO_STORE = (b"cache-control", b"no-store")


class SecurityHeaders:
    """Adds the security headers to every response (plain ASGI: no per-request task group).

    Every answer but a static file is ``Cache-Control: no-store`` unless the route chose otherwise:
    pages and API answers may hold personal data. ``hsts`` adds ``Strict-Transport-Security`` (ADR 0110).
    """

    def __init__(self, app: ASGIApp, hsts: bool = False) -> None:
        self.app = app
        self.headers = (*_SECURITY_HEADERS, _HSTS) if hsts else _SECURITY_HEADERS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                wanted = self.headers if static else (*self.headers, _NO_STORE)
                extra = [(n, v) for n, v in wanted if n not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
