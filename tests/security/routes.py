"""The app's routes as the attacks see them: enumerated from ``app.routes``, never a hand list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from mediacode.org.app_roles import app_roles_of
from mediacode.org.organization import Organization
from mediacode.web.authz import ROUTES, Rule
from mediacode.web.csrf import SAFE_METHODS
from tests.web.conftest import PEOPLE

PARAMETER = re.compile(r"{(\w+)}")


@dataclass(frozen=True)
class Route:
    name: str
    method: str
    path: str
    """The template, ``/api/cases/{case_id}``."""

    @property
    def api(self) -> bool:
        return self.path.startswith("/api/")

    @property
    def parameters(self) -> list[str]:
        return PARAMETER.findall(self.path)

    def fill(self, values: dict[str, object]) -> str:
        return PARAMETER.sub(lambda m: str(values[m.group(1)]), self.path)

    @property
    def rule(self) -> Rule:
        return ROUTES[self.name]


def _api_routes(routes: list[Any]) -> Iterator[tuple[APIRoute, str]]:
    """Every ``APIRoute`` with its full path, also inside included routers (FastAPI keeps them nested)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route, route.path
        elif hasattr(route, "effective_route_contexts"):
            for context in route.effective_route_contexts():
                if isinstance(context.original_route, APIRoute):
                    yield context.original_route, context.path


def all_routes(app: FastAPI) -> list[Route]:
    found = [
        Route(route.name, method, path)
        for route, path in _api_routes(list(app.routes))
        for method in sorted(route.methods)
    ]
    return sorted(found, key=lambda r: (r.name, r.method))


def app_routes() -> list[Route]:
    """The routes of the app ``create_app`` builds, without building one (no database)."""
    from mediacode.web.app import ROUTERS

    app = FastAPI()
    for router in ROUTERS:
        app.include_router(router)
    return all_routes(app)


def state_changing(routes: list[Route]) -> list[Route]:
    return [route for route in routes if route.method not in SAFE_METHODS]


def with_parameters(routes: list[Route]) -> list[Route]:
    return [route for route in routes if route.parameters]


def role_for(org: Organization, route: Route) -> str | None:
    """A role of ``PEOPLE`` that may use the route (None: public)."""
    if route.rule.roles is None:
        return None
    for role, person in PEOPLE.items():
        if route.rule.roles & app_roles_of(org, person):
            return role
    raise AssertionError(f"no test person may use {route.name}")
