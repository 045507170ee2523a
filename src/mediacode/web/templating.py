"""Server-rendered pages: one Jinja2 environment (autoescaped), gettext domain ``web`` per request."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from mediacode.i18n import gettext_for
from mediacode.web.authz import may_use
from mediacode.web.identity import current_viewer
from mediacode.web.labels import labeller
from mediacode.web.language import language_of

NAVIGATION = (
    ("home", "/", "Home"),
    ("check_page", "/check", "Check a post"),
    ("requests_page", "/requests", "My requests"),
    ("queue_page", "/approvals", "Approvals"),
    ("documents_page", "/documents", "Documents"),
    ("my_data_page", "/my-data", "My data"),
    ("officer_page", "/officer", "Privacy officer"),
    ("council_page", "/council", "Works council"),
    ("cases_page", "/cases", "Cases"),
    ("admin_page", "/admin", "Administration"),
)


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("mediacode.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package: no stat of each one on every page
    )


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    language = language_of(request)
    viewer = current_viewer(request)
    gettext = gettext_for(language, "web")
    navigation = [
        (href, gettext(label), request.url.path == href)
        for name, href, label in NAVIGATION
        if viewer is not None and may_use(viewer.roles, name)
    ]
    page = (
        environment()
        .get_template(template)
        .render(
            _=gettext,
            label=labeller(gettext),
            lang=language,
            viewer=viewer,
            csrf_token=viewer.session.csrf_token if viewer else "",
            navigation=navigation,
            org_name=app_state_name(request),
            **(context or {}),
        )
    )
    response = HTMLResponse(page, status_code=status, headers=headers)
    response.headers["Cache-Control"] = "no-store"
    return response


def app_state_name(request: Request) -> str:
    from mediacode.web.state import app_state

    try:
        return app_state(request).orgs.get().name
    except Exception:  # the error page must render even when the policy does not load
        return "mediacode"


def render_error_page(
    request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> HTMLResponse:
    return render(
        request, "error.html", {"status": status, "code": code, "message": message}, status, headers
    )
