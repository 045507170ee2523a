"""Open redirects and header injection: every redirect target a request can choose stays on this site,
and no value a request carries into a response header can start a new header."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi.testclient import TestClient

from tests.security.conftest import Target
from tests.web.conftest import PASSWORD, PEOPLE

SignedIn = Callable[[str], tuple[TestClient, str]]
HOST = "testserver"
EVIL = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " //evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http:evil.example",
    "https:/evil.example",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/..//evil.example",
    "\x00//evil.example",
    "/\u3002/evil.example",
    "evil.example",
    "@evil.example",
]
CRLF = [
    "/\r\nSet-Cookie: mediacode_session=planted",
    "/%0d%0aSet-Cookie:%20mediacode_session=planted",
    "/\rX-Injected: 1",
    "/\nX-Injected: 1",
    "/\u2028X-Injected: 1",
    "/\u0085X-Injected: 1",
]


def resolve_like_a_browser(location: str) -> tuple[str, str]:
    """Scheme and host a browser would go to: it drops tabs and newlines and reads ``\\`` as ``/``."""
    cleaned = re.sub(r"[\t\n\r]", "", location).replace("\\", "/").strip()
    parts = urlsplit(urljoin(f"http://{HOST}/login", cleaned))
    return parts.scheme, parts.netloc


def assert_on_site(location: str) -> None:
    scheme, host = resolve_like_a_browser(location)
    assert (scheme, host) == ("http", HOST), location


def assert_no_new_header(answer: object) -> None:
    headers = answer.headers  # type: ignore[attr-defined]
    assert "x-injected" not in headers
    for name, value in headers.multi_items():
        assert "\r" not in value and "\n" not in value, (name, value)
    for line in headers.get_list("set-cookie"):
        assert "planted" not in line


def _login_form_token(client: TestClient) -> str:
    client.get("/login")
    return client.cookies.get("mediacode_login_csrf") or ""


@pytest.mark.parametrize("target_url", EVIL + CRLF, ids=repr)
def test_sign_in_sends_on_only_to_a_path_on_this_site(target: Target, target_url: str) -> None:
    with TestClient(target.app) as client:
        token = _login_form_token(client)
        answer = client.post(
            "/login",
            data={
                "username": PEOPLE["employee"],
                "password": PASSWORD,
                "csrf_token": token,
                "next": target_url,
            },
            follow_redirects=False,
        )
    assert answer.status_code == 303
    assert_on_site(answer.headers["location"])
    assert_no_new_header(answer)


@pytest.mark.parametrize("target_url", EVIL + CRLF, ids=repr)
def test_the_sign_in_page_never_carries_an_off_site_next_into_its_form(
    target: Target, target_url: str
) -> None:
    with TestClient(target.app) as client:
        page = client.get("/login", params={"next": target_url})
    assert page.status_code == 200
    found = re.search(r'name="next" value="([^"]*)"', page.text)
    assert found is not None
    assert_on_site(html.unescape(found.group(1)))


@pytest.mark.parametrize("target_url", EVIL + CRLF, ids=repr)
def test_the_language_switch_sends_back_only_to_a_path_on_this_site(
    target: Target, signed_in: SignedIn, target_url: str
) -> None:
    client, token = signed_in("employee")
    answer = client.post(
        "/language", data={"language": "nl", "next": target_url, "csrf_token": token}, follow_redirects=False
    )
    assert answer.status_code == 303
    assert_on_site(answer.headers["location"])
    assert_no_new_header(answer)


@pytest.mark.parametrize(
    "path", ["/\\evil.example", "//evil.example/", "/%2F%2Fevil.example", "/reports/%0D%0AX-Injected:%201"]
)
def test_the_way_to_the_sign_in_page_keeps_the_asked_path_on_site(target: Target, path: str) -> None:
    with TestClient(target.app) as client:
        answer = client.get(path, follow_redirects=False)
    assert answer.status_code in (303, 404)
    if answer.status_code == 303:
        location = answer.headers["location"]
        assert location.startswith("/login?next=")
        assert_on_site(location)
        assert_no_new_header(answer)


@pytest.mark.parametrize("how", ["page", "api"])
def test_sign_out_goes_to_the_sign_in_page_only(target: Target, how: str) -> None:
    with TestClient(target.app) as client:
        token = client.post("/api/login", json={"username": PEOPLE["employee"], "password": PASSWORD}).json()[
            "csrf_token"
        ]
        if how == "page":
            answer = client.post(
                "/logout", data={"csrf_token": token, "next": "https://evil.example"}, follow_redirects=False
            )
            assert answer.headers["location"] == "/login"
        else:
            answer = client.post(
                "/api/logout", params={"next": "https://evil.example"}, follow_redirects=False
            )
            assert answer.status_code == 200
            assert "location" not in answer.headers


LANGUAGES = ["en\r\nX-Injected: 1", "nl\nX-Injected: 1", "en%0d%0aX-Injected:%201", "../en", "x" * 300]


@pytest.mark.parametrize("language", LANGUAGES, ids=repr)
def test_a_language_with_control_characters_is_refused_and_reaches_no_header(
    target: Target, signed_in: SignedIn, language: str
) -> None:
    client, token = signed_in("employee")
    page = client.post("/language", data={"language": language, "csrf_token": token}, follow_redirects=False)
    api = client.put("/api/me/language", json={"language": language})
    assert page.status_code == 400
    assert api.status_code == 422
    for answer in (page, api):
        assert_no_new_header(answer)
    assert client.get("/api/me").json()["language"] in ("nl", "en")


@pytest.mark.parametrize(
    "chosen", ["json", "html", "json\r\nX-Injected: 1", 'json"; filename="../../x.sh', "../x"]
)
def test_the_download_name_is_the_servers_never_the_requests(
    target: Target, signed_in: SignedIn, chosen: str
) -> None:
    client, token = signed_in("employee")
    answer = client.post("/my-data/export", data={"format": chosen, "csrf_token": token})
    assert_no_new_header(answer)
    if chosen in ("json", "html"):
        assert answer.status_code == 200
        assert re.fullmatch(
            rf'attachment; filename="my-data-\d{{4}}-\d{{2}}-\d{{2}}\.{chosen}"',
            answer.headers["content-disposition"],
        )
        assert answer.headers["cache-control"] == "no-store"
    else:
        assert answer.status_code == 400
        assert "content-disposition" not in answer.headers
