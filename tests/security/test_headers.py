"""Security headers on every answer (pages, API, errors, redirects, static files), and pages that a
Content-Security-Policy without 'unsafe-inline' does not break: no inline script, style or handler."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from mediacode.org.loader import load_organization
from tests.security.conftest import Target, make_app
from tests.security.routes import Route, app_routes, role_for
from tests.web.conftest import PEOPLE

SignedIn = Callable[[str], tuple[TestClient, str]]
READS = [r for r in app_routes() if r.method == "GET" and not r.name.startswith("oidc_")]
PAGES = [r for r in READS if not r.api]


def _values(target: Target) -> dict[str, object]:
    return {
        "case_id": target.case_id,
        "request_id": target.request_id,
        "kind": "code",
        "purpose": "private_use",
    }


def _directives(policy: str) -> dict[str, list[str]]:
    found = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            found[words[0]] = words[1:]
    return found


def assert_security_headers(answer: object, *, static: bool = False, hsts: bool = False) -> None:
    headers = answer.headers  # type: ignore[attr-defined]
    policy = _directives(headers["content-security-policy"])
    for directive in ("default-src", "script-src", "style-src"):
        assert directive in policy
    for sources in policy.values():
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"} & set(sources)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["base-uri"] == ["'none'"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] in ("same-origin", "no-referrer", "strict-origin-when-cross-origin")
    if not static:
        assert headers["cache-control"] == "no-store"
    assert ("strict-transport-security" in headers) is hsts


def test_every_read_route_is_checked() -> None:
    assert len(READS) >= 25
    assert {"home", "report_page", "case_page", "api_me", "api_case"} <= {r.name for r in READS}


@pytest.mark.parametrize("route", READS, ids=lambda r: r.name)
def test_every_page_and_api_answer_carries_the_security_headers(
    target: Target, signed_in: SignedIn, route: Route
) -> None:
    role = role_for(load_organization(target.org), route)
    client = signed_in(role)[0] if role else TestClient(target.app)
    answer = client.get(route.fill(_values(target)), follow_redirects=False)
    assert answer.status_code in (200, 303, 404, 409), (route.name, answer.status_code)
    assert_security_headers(answer)


OTHER_ANSWERS = {
    "not signed in (api)": ("GET", "/api/me", None),
    "not signed in (page)": ("GET", "/officer", None),
    "not found": ("GET", "/no/such/page", None),
    "not found (api)": ("GET", "/api/no-such-thing", None),
    "method not allowed": ("DELETE", "/api/me", None),
    "invalid": ("POST", "/api/login", b"{}"),
    "too large": ("POST", "/api/login", b"x" * (2 * 1024 * 1024)),
    "openapi": ("GET", "/openapi.json", None),
}


@pytest.mark.parametrize("case", sorted(OTHER_ANSWERS))
def test_errors_redirects_and_the_openapi_document_carry_them_too(target: Target, case: str) -> None:
    method, path, body = OTHER_ANSWERS[case]
    with TestClient(target.app) as client:
        answer = client.request(
            method, path, content=body, headers={"Content-Type": "application/json"}, follow_redirects=False
        )
    assert answer.status_code < 500
    assert_security_headers(answer)


@pytest.mark.parametrize("path", ["/static/app.css", "/static/app.js"])
def test_static_files_carry_them_and_may_be_cached(target: Target, path: str) -> None:
    with TestClient(target.app) as client:
        answer = client.get(path)
    assert answer.status_code == 200
    assert_security_headers(answer, static=True)
    assert answer.headers.get("cache-control") != "no-store"


@pytest.mark.parametrize("hsts", [False, True])
def test_strict_transport_security_only_with_the_hsts_setting(fresh: Target, hsts: bool) -> None:
    app = make_app(fresh.org, hsts=hsts)
    with TestClient(app, base_url="https://testserver") as client:
        answers = [client.get("/login"), client.get("/api/me"), client.get("/static/app.css")]
    app.state.mediacode.database.close()
    for answer in answers:
        assert_security_headers(answer, static=answer.url.path.startswith("/static/"), hsts=hsts)
        if hsts:
            assert answer.headers["strict-transport-security"] == "max-age=31536000"


class InlineFinder(HTMLParser):
    """What a CSP without 'unsafe-inline' would block: inline scripts, styles, handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and "src" not in names:
            self.found.append("inline <script>")
        if "style" in names:
            self.found.append(f"style= on <{tag}>")
        self.found += [f"{name}= on <{tag}>" for name in names if name.startswith("on")]
        for name, value in attrs:
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"javascript: URL on <{tag}>")
            if name in ("href", "src") and (value or "").startswith(("http://", "https://", "//")):
                self.found.append(f"external {name} on <{tag}>")


@pytest.mark.parametrize("role", [*PEOPLE, "anonymous"])
@pytest.mark.parametrize("route", PAGES, ids=lambda r: r.name)
def test_no_page_needs_unsafe_inline(target: Target, signed_in: SignedIn, route: Route, role: str) -> None:
    client = signed_in(role)[0] if role != "anonymous" else TestClient(target.app)
    answer = client.get(route.fill(_values(target)))
    finder = InlineFinder()
    finder.feed(answer.text)
    assert finder.found == [], (route.name, role, finder.found)


def test_the_finder_finds_what_it_looks_for() -> None:
    finder = InlineFinder()
    finder.feed(
        '<style>p{}</style><script>x()</script><p style="color:red" onclick="x()">'
        '<a href="javascript:x()">a</a><img src="https://cdn.example/x.png">'
        '<script src="/static/app.js"></script>'
    )
    assert len(finder.found) == 6
