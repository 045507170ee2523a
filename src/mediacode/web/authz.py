"""Every authorization decision, in one place: route name -> who may use it, and the gate enforcing it.

``ROUTES`` lists every route of the app by name. A route not listed is a
bug and refused (a test checks that the table and the app agree). The gate
runs before every route: it loads the signed-in person, refuses a missing
session (401, or a redirect to the sign-in page for a page), refuses a role
that is not allowed (403, always the same message), and checks the CSRF
token and the ``Origin`` of every state-changing request (:mod:`mediacode.web.csrf`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from starlette.requests import Request

from mediacode.org.app_roles import AppRole
from mediacode.web import csrf
from mediacode.web.errors import ForbiddenError, NotSignedInError
from mediacode.web.identity import Viewer, current_viewer


class Csrf(Enum):
    SESSION = "session"
    """State-changing requests carry the session's token (form field or ``X-CSRF-Token``)."""
    LOGIN_COOKIE = "login_cookie"
    """The sign-in form: double-submit cookie, as there is no session yet."""
    JSON = "json"
    """API calls: the session's token, or a body sent as ``application/json``. A page on another
    site cannot send JSON with the cookie without a CORS preflight, which this app never grants,
    so a JSON body is proof enough (ADR 0091); tools following web.md need no token."""
    NONE = "none"


@dataclass(frozen=True)
class Rule:
    roles: frozenset[AppRole] | None
    """Any one of these roles admits; None: public, no session needed."""
    csrf: Csrf = Csrf.SESSION


PUBLIC = Rule(None, Csrf.NONE)
EVERYONE = Rule(frozenset({AppRole.EMPLOYEE}))
EVERYONE_API = Rule(frozenset({AppRole.EMPLOYEE}), Csrf.JSON)
APPROVERS = Rule(frozenset({AppRole.APPROVER}))
APPROVERS_API = Rule(frozenset({AppRole.APPROVER}), Csrf.JSON)
OFFICER = Rule(frozenset({AppRole.PRIVACY_OFFICER}))
OFFICER_API = Rule(frozenset({AppRole.PRIVACY_OFFICER}), Csrf.JSON)
COUNCIL = Rule(frozenset({AppRole.WORKS_COUNCIL}))
COUNCIL_API = Rule(frozenset({AppRole.WORKS_COUNCIL}), Csrf.JSON)
OFFICER_OR_COUNCIL = Rule(frozenset({AppRole.PRIVACY_OFFICER, AppRole.WORKS_COUNCIL}))
OFFICER_OR_COUNCIL_API = Rule(frozenset({AppRole.PRIVACY_OFFICER, AppRole.WORKS_COUNCIL}), Csrf.JSON)
ADMIN = Rule(frozenset({AppRole.ADMINISTRATOR}))
ADMIN_API = Rule(frozenset({AppRole.ADMINISTRATOR}), Csrf.JSON)

ROUTES: dict[str, Rule] = {
    # pages
    "login_page": PUBLIC,
    "login_submit": Rule(None, Csrf.LOGIN_COOKIE),
    "oidc_start": PUBLIC,  # 404 unless OIDC is configured
    "oidc_callback": PUBLIC,  # state, nonce and PKCE bind it to the browser that started (web/oidc.py)
    "logout_submit": EVERYONE,
    "home": EVERYONE,
    "language_submit": EVERYONE,
    "check_page": EVERYONE,
    "check_submit": EVERYONE,
    "ask_submit": EVERYONE,
    "requests_page": EVERYONE,
    "documents_page": EVERYONE,
    "document_page": EVERYONE,
    "acknowledge_submit": EVERYONE,
    "my_data_page": EVERYONE,
    "my_data_export": EVERYONE,  # always the viewer's own data: no person id in the route
    "queue_page": APPROVERS,
    "decide_submit": APPROVERS,
    # the privacy officer's room; reports and cases shared with the works council (ADR 0090, rooms)
    "officer_page": OFFICER,
    "report_page": OFFICER_OR_COUNCIL,
    "cases_page": OFFICER_OR_COUNCIL,
    "case_page": OFFICER_OR_COUNCIL,
    "case_open_submit": OFFICER,
    "case_decide_submit": OFFICER_OR_COUNCIL,
    "case_reveal_submit": OFFICER,
    "case_notify_submit": OFFICER,
    "case_discuss_submit": OFFICER,
    "case_close_submit": OFFICER,
    # the works council's room
    "council_page": COUNCIL,
    "council_consent_submit": COUNCIL,
    # the administrator's room
    "admin_page": ADMIN,
    "admin_disable_submit": ADMIN,
    # JSON API
    "api_login": PUBLIC,
    "api_logout": Rule(frozenset({AppRole.EMPLOYEE}), Csrf.NONE),  # a forged sign-out harms nobody
    "api_me": EVERYONE_API,
    "api_language": EVERYONE_API,
    "api_review": EVERYONE_API,
    "api_ask_approval": EVERYONE_API,
    "api_my_requests": EVERYONE_API,
    "api_request": EVERYONE_API,
    "api_notifications": EVERYONE_API,
    "api_documents": EVERYONE_API,
    "api_document": EVERYONE_API,
    "api_acknowledge": EVERYONE_API,
    "api_queue": APPROVERS_API,
    "api_decide": APPROVERS_API,
    "api_officer": OFFICER_API,
    "api_report": OFFICER_OR_COUNCIL_API,
    "api_cases": OFFICER_OR_COUNCIL_API,
    "api_case": OFFICER_OR_COUNCIL_API,
    "api_case_open": OFFICER_API,
    "api_case_decide": OFFICER_OR_COUNCIL_API,
    "api_case_reveal": OFFICER_API,
    "api_case_notify": OFFICER_API,
    "api_case_discuss": OFFICER_API,
    "api_case_close": OFFICER_API,
    "api_council": COUNCIL_API,
    "api_council_consent": COUNCIL_API,
    "api_admin_users": ADMIN_API,
    "api_admin_disable": ADMIN_API,
    "api_admin_runs": ADMIN_API,
}


def check_table(names: list[str]) -> None:
    """Refuse to build an app whose routes and table disagree (a route without a rule is a bug)."""
    missing = sorted(set(names) - set(ROUTES))
    stale = sorted(set(ROUTES) - set(names))
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if missing or stale or duplicates:
        raise RuntimeError(
            f"authorization table out of step: missing {missing}, stale {stale}, twice {duplicates}"
        )


def rule_for(name: str | None) -> Rule:
    rule = ROUTES.get(name or "")
    if rule is None:
        raise ForbiddenError()
    return rule


def may_use(roles: frozenset[AppRole], name: str) -> bool:
    """Whether a person with ``roles`` may use route ``name`` (what menus show)."""
    rule = ROUTES.get(name)
    return rule is not None and (rule.roles is None or bool(rule.roles & roles))


async def authorize(request: Request) -> None:
    """The gate in front of every route (a global dependency of the app)."""
    route = request.scope.get("route")
    rule = rule_for(getattr(route, "name", None))
    # One indexed read of the local database, cached on the request: cheaper inline than a thread hop.
    viewer: Viewer | None = current_viewer(request)
    if rule.roles is not None:
        if viewer is None:
            raise NotSignedInError("sign in first")
        if not rule.roles & viewer.roles:
            raise ForbiddenError()
    if request.method in csrf.SAFE_METHODS:
        return
    csrf.check_origin(request)
    if rule.csrf is Csrf.JSON and viewer is not None and csrf.is_json(request):
        return
    if rule.csrf in (Csrf.SESSION, Csrf.JSON) and viewer is not None:
        await csrf.check_session_token(request, viewer.session.csrf_token)
    elif rule.csrf is Csrf.LOGIN_COOKIE:
        await csrf.check_login_cookie(request)
