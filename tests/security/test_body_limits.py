"""Oversized bodies: refused with 413 and the error shape before they are read; too many form fields and
deeply nested JSON answer a clear 400; a post of the reviewer's maximum length still fits."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from mediacode.review.reviewer import MAX_POST_CHARACTERS
from mediacode.web.settings import DEFAULT_MAX_BODY_BYTES
from tests.security.conftest import Target
from tests.security.routes import Route, app_routes, state_changing

SignedIn = Callable[[str], tuple[TestClient, str]]
LIMIT = DEFAULT_MAX_BODY_BYTES
ROUTES = state_changing(app_routes())
VALUES = {"request_id": 1, "case_id": 1, "kind": "code", "person_id": "E007", "purpose": "private_use"}


def _scope(route: Route, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    path = route.fill(VALUES)
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": route.method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": {},
    }


def _call(app: FastAPI, scope: dict[str, Any], chunks: int, chunk: bytes) -> tuple[int, bytes, int]:
    """Run one request in-process: status, body, and how many body chunks the app read."""
    reads = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal reads
        reads += 1
        if reads > chunks:
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": chunk, "more_body": reads < chunks}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    # in a thread of its own: an earlier test (the browser's sync API) may leave a loop running here
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(lambda: asyncio.run(app(scope, receive, send))).result()  # type: ignore[arg-type]
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return int(start["status"]), body, reads


@pytest.mark.parametrize("declared", [LIMIT + 1, 10 * LIMIT, 10**12])
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.name}-{r.method}")
def test_a_declared_length_above_the_limit_is_refused_without_reading_a_byte(
    target: Target, route: Route, declared: int
) -> None:
    headers = [(b"content-length", str(declared).encode()), (b"content-type", b"application/json")]
    started = time.perf_counter()
    status, body, reads = _call(target.app, _scope(route, headers), 1000, b"x" * 65536)
    assert time.perf_counter() - started < 2
    assert status == 413
    assert reads == 0
    if route.api:
        import json

        assert json.loads(body) == {
            "error": {"code": "too_large", "message": f"the request body is larger than {LIMIT:,} bytes"}
        }
    else:
        assert b"too_large" in body or b"larger than" in body


@pytest.mark.parametrize(
    "route",
    [r for r in ROUTES if r.name in {"api_review", "api_login", "check_submit", "login_submit"}],
    ids=str,
)
def test_a_body_without_a_length_is_cut_off_at_the_limit(target: Target, route: Route) -> None:
    """Chunked: the app stops reading just past the limit instead of taking all 64 MiB."""
    headers = [
        (b"content-type", b"application/x-www-form-urlencoded" if not route.api else b"application/json")
    ]
    status, _body, reads = _call(target.app, _scope(route, headers), 1024, b"a" * 65536)
    # Pages and most API routes need a session: anonymous ones are refused before any read.
    assert status in (401, 303, 403, 413)
    assert reads <= LIMIT // 65536 + 2


@pytest.mark.parametrize(
    ("path", "content_type", "start"),
    [
        ("/api/review", "application/json", b'{"text": "'),
        ("/check", "application/x-www-form-urlencoded", b"text="),
        (
            "/check",
            "multipart/form-data; boundary=b",
            b'--b\r\nContent-Disposition: form-data; name="text"\r\n\r\n',
        ),
    ],
    ids=["json", "form", "multipart"],
)
def test_a_chunked_body_past_the_limit_answers_413_to_a_signed_in_person(
    target: Target, signed_in: SignedIn, path: str, content_type: str, start: bytes
) -> None:
    client, token = signed_in("employee")

    def chunks() -> Any:
        yield start
        for _ in range(256):  # 16 MiB offered
            yield b"a" * 65536

    answer = client.post(
        path, content=chunks(), headers={"Content-Type": content_type, "X-CSRF-Token": token}
    )
    assert answer.status_code == 413
    assert "too_large" in answer.text or "larger than" in answer.text
    if path.startswith("/api/"):
        assert answer.json()["error"]["code"] == "too_large"


@pytest.mark.parametrize(
    ("size", "status"), [(LIMIT - 100, 422), (LIMIT, 422), (LIMIT + 1, 413)], ids=["under", "at", "over"]
)
def test_the_limit_is_exact(target: Target, signed_in: SignedIn, size: int, status: int) -> None:
    client, _token = signed_in("employee")
    body = b'{"text": "' + b"a" * (size - 12) + b'"}'
    assert len(body) == size
    answer = client.post("/api/review", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == status  # 422: over the API's 20,000 characters, but read and judged
    assert set(answer.json()["error"]) == {"code", "message"}


@pytest.mark.parametrize("character", ["a", "é", "€"])
def test_a_post_of_the_reviewers_maximum_length_fits_as_a_form(
    target: Target, signed_in: SignedIn, character: str
) -> None:
    client, token = signed_in("employee")
    answer = client.post("/check", data={"text": character * MAX_POST_CHARACTERS, "csrf_token": token})
    assert answer.status_code != 413


@pytest.mark.parametrize("fields", [1_001, 50_000, 300_000])
def test_too_many_form_fields_are_a_clear_400(target: Target, signed_in: SignedIn, fields: int) -> None:
    client, token = signed_in("employee")
    body = b"a=&" * fields + b"csrf_token=" + token.encode()
    started = time.perf_counter()
    answer = client.post(
        "/check", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert time.perf_counter() - started < 3
    assert answer.status_code in (400, 413)
    assert "Too many fields" in answer.text or "larger than" in answer.text


@pytest.mark.parametrize("depth", [1_000, 100_000, LIMIT // 2 - 10])
def test_deeply_nested_json_is_a_clear_400(target: Target, signed_in: SignedIn, depth: int) -> None:
    client, _token = signed_in("employee")
    body = b"[" * depth + b"]" * depth
    started = time.perf_counter()
    answer = client.post("/api/review", content=body, headers={"Content-Type": "application/json"})
    assert time.perf_counter() - started < 3
    assert answer.status_code in (400, 422)
    assert set(answer.json()["error"]) == {"code", "message"}


@pytest.mark.parametrize("value", ["abc", "-1", "1e9", " "])
def test_a_content_length_that_is_not_a_number_is_refused(target: Target, value: str) -> None:
    route = next(r for r in ROUTES if r.name == "api_review")
    status, body, reads = _call(target.app, _scope(route, [(b"content-length", value.encode())]), 1, b"{}")
    assert status == 400
    assert reads == 0
    assert b'"code":"http_error"' in body
