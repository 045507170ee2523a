"""The "my data" page: the signed-in person downloads their own export, and nobody else's, ever."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from mediacode.cli.main import main
from mediacode.services.audit import audit_log
from mediacode.web.app import ROUTERS, create_app
from mediacode.web.settings import WebSettings
from tests.web.conftest import PEOPLE, TEAM_MEMBER, login

DRAFT = "Mijndata-concept: de verhuizing van het magazijn is rond, zeg het nog tegen niemand"
MANAGER = PEOPLE["manager"]


def _download(client: TestClient, token: str, fmt: str, **extra: str) -> tuple[int, str, dict[str, str]]:
    answer = client.post(
        "/my-data/export" + extra.pop("query", ""),
        data={"csrf_token": token, "format": fmt, **extra},
        follow_redirects=False,
    )
    return answer.status_code, answer.text, dict(answer.headers)


@pytest.fixture
def app_with_request(org_dir: Path) -> Iterator[tuple[FastAPI, int]]:
    app = create_app(WebSettings(org=org_dir, secure_cookies=False, secret_key="test-secret"))
    with TestClient(app) as author:
        token = login(author, TEAM_MEMBER)
        asked = author.post("/api/requests", json={"text": DRAFT}, headers={"X-CSRF-Token": token})
        assert asked.status_code == 201
        request_id = int(asked.json()["id"])
    with TestClient(app) as manager:
        token = login(manager, MANAGER)
        decided = manager.post(
            f"/api/approvals/{request_id}",
            json={"decision": "reject", "comment": "nog niet"},
            headers={"X-CSRF-Token": token},
        )
        assert decided.status_code == 200, decided.text
    yield app, request_id
    app.state.mediacode.database.close()


@pytest.mark.parametrize(("fmt", "media_type"), [("html", "text/html"), ("json", "application/json")])
def test_the_author_downloads_their_own_request_and_the_download_is_audited(
    app_with_request: tuple[FastAPI, int], fmt: str, media_type: str
) -> None:
    app, request_id = app_with_request
    with TestClient(app) as client:
        token = login(client, TEAM_MEMBER)
        status, body, headers = _download(client, token, fmt)
    assert status == 200
    assert headers["content-type"].startswith(media_type)
    assert headers["content-disposition"].startswith("attachment;")
    assert headers["cache-control"] == "no-store"
    assert DRAFT in body and "nog niet" in body
    if fmt == "json":
        data = json.loads(body)
        assert data["person"]["id"] == TEAM_MEMBER
        assert [r["request"] for r in data["post_approvals"]["requests"]] == [request_id]
    else:
        assert "<script" not in body
    last = json.loads(list(audit_log(app.state.mediacode.settings.org).lines())[-1])
    assert (last["actor"], last["action"]) == (TEAM_MEMBER, "export")
    assert last["details"]["channel"] == f"web.{fmt}"
    assert DRAFT not in json.dumps(last)


@pytest.mark.parametrize("role", sorted(PEOPLE))
@pytest.mark.parametrize(
    "attempt",
    [
        {},
        {"person": TEAM_MEMBER},
        {"person_id": TEAM_MEMBER, "id": TEAM_MEMBER},
        {"query": f"?person={TEAM_MEMBER}"},
        {"query": f"?person_id={TEAM_MEMBER}&id={TEAM_MEMBER}"},
    ],
)
def test_no_role_can_ask_for_someone_elses_export(
    app_with_request: tuple[FastAPI, int], role: str, attempt: dict[str, str]
) -> None:
    """Whatever names the author in the form or the query, the download is the viewer's own."""
    app, _ = app_with_request
    viewer = PEOPLE[role]
    with TestClient(app) as client:
        token = login(client, viewer)
        status, body, _ = _download(client, token, "json", **attempt)
    assert status == 200
    data = json.loads(body)
    assert data["person"]["id"] == viewer
    assert DRAFT not in body
    assert data["post_approvals"]["requests"] == []
    assert all(set(r) == {"request", "decided_on"} for r in data["post_approvals"]["requests_to_decide"])


def test_no_my_data_route_takes_a_parameter() -> None:
    paths = {
        route.name: route.path for router in ROUTERS for route in router.routes if isinstance(route, APIRoute)
    }
    mine = {name: path for name, path in paths.items() if path.startswith("/my-data")}
    assert mine == {"my_data_page": "/my-data", "my_data_export": "/my-data/export"}


@pytest.mark.parametrize(("fmt", "status"), [("pdf", 400), ("", 400), ("json", 200)])
def test_an_unknown_format_is_refused(app_with_request: tuple[FastAPI, int], fmt: str, status: int) -> None:
    app, _ = app_with_request
    with TestClient(app) as client:
        token = login(client, TEAM_MEMBER)
        got, body, _ = _download(client, token, fmt)
    assert got == status
    assert (DRAFT in body) is (status == 200)


def test_a_download_without_the_csrf_token_is_refused(app_with_request: tuple[FastAPI, int]) -> None:
    app, _ = app_with_request
    with TestClient(app) as client:
        login(client, TEAM_MEMBER)
        answer = client.post("/my-data/export", data={"format": "json"})
    assert answer.status_code == 403
    assert DRAFT not in answer.text


def _files(root: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def test_the_export_is_never_written_to_disk(app_with_request: tuple[FastAPI, int]) -> None:
    app, _ = app_with_request
    root = app.state.mediacode.settings.org
    temp = Path(tempfile.gettempdir())
    before, temp_before = _files(root), set(temp.iterdir())
    with TestClient(app) as client:
        token = login(client, TEAM_MEMBER)
        for fmt in ("html", "json"):
            status, _, _ = _download(client, token, fmt)
            assert status == 200
    after = _files(root)
    changed = {p.relative_to(root) for p, mtime in after.items() if before.get(p) != mtime}
    allowed = {Path(".mediacode", "publish.lock")}  # an empty lock file: the export reads under it
    assert {
        p
        for p in changed
        if p.parts[:2] != (".mediacode", "audit") and "mediacode.db" not in p.name and p not in allowed
    } == set()
    assert (root / ".mediacode" / "publish.lock").stat().st_size == 0
    for path in set(temp.iterdir()) - temp_before:
        if path.is_file():
            assert DRAFT.encode() not in path.read_bytes()


@pytest.fixture
def sealed_org(org_dir: Path) -> Path:
    for source, log in (("squid", "access.log"), ("postfix", "maillog")):
        code = main(["ingest", "--org", str(org_dir), "--source", source, str(org_dir / "logs" / log)])
        assert code == 0
    assert main(["keys", "seal", "--org", str(org_dir), "--custodians", "3", "--today", "2099-01-01"]) == 0
    return org_dir


@pytest.mark.parametrize(
    ("language", "sealed_label"),
    [("nl", "verzegeld — vraag het de sleutelbewaarders"), ("en", "sealed — ask the key custodians")],
)
def test_sealed_periods_are_listed_as_sealed_not_refused(
    sealed_org: Path, language: str, sealed_label: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()  # the shares printed by `keys seal`
    app = create_app(WebSettings(org=sealed_org, secure_cookies=False, secret_key="test-secret"))
    try:
        with TestClient(app) as client:
            token = login(client, TEAM_MEMBER)
            client.put("/api/me/language", json={"language": language}, headers={"X-CSRF-Token": token})
            status, data_body, _ = _download(client, token, "json")
            html_status, html, _ = _download(client, token, "html")
    finally:
        app.state.mediacode.database.close()
    assert (status, html_status) == (200, 200)
    statuses = {p["status"] for p in json.loads(data_body)["periods"]}
    assert "sealed" in statuses
    assert "exported" not in statuses
    assert sealed_label in html
    assert f'<html lang="{language}">' in html
    last = json.loads(list(audit_log(sealed_org).lines())[-1])
    assert last["details"]["sealed_periods"]
