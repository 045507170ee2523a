"""Who is asking: the session cookie -> the signed-in person, their roles and their language."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from mediacode.org.app_roles import AppRole, app_roles_of
from mediacode.org.organization import Organization
from mediacode.org.people import Person
from mediacode.services.web_sessions import WebSession, find_session
from mediacode.web.state import app_state

SESSION_COOKIE = "mediacode_session"


@dataclass(frozen=True)
class Viewer:
    person: Person
    roles: frozenset[AppRole]
    session: WebSession
    org: Organization

    @property
    def id(self) -> str:
        return self.person.id


def current_viewer(request: Request) -> Viewer | None:
    """The signed-in person of this request (looked up once per request), or None."""
    if "viewer" in request.state._state:
        cached = request.state.viewer
        return cached if isinstance(cached, Viewer) else None
    viewer = _lookup(request)
    request.state.viewer = viewer
    return viewer


def _lookup(request: Request) -> Viewer | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    state = app_state(request)
    session = find_session(state.database, token, state.sessions)
    if session is None:
        return None
    org = state.orgs.get()
    person = org.find_person(session.person_id)
    if person is None:
        return None
    return Viewer(person, app_roles_of(org, person.id), session, org)


def require_viewer(request: Request) -> Viewer:
    """The signed-in person; the gate has already refused requests without one."""
    viewer = current_viewer(request)
    if viewer is None:
        from mediacode.web.errors import NotSignedInError

        raise NotSignedInError("sign in first")
    return viewer
