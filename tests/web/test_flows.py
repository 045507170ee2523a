"""The employee's and the manager's rooms end to end, through the pages, and the language of the pages."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from mediacode.web.highlight import Piece, pieces
from mediacode.web.language import from_accept_language
from tests.web.conftest import PEOPLE, TEAM_MEMBER, login

DRAFT = "Onze klant Kwakkel is echt een stelletje idioten"


def test_approval_flow_through_the_pages(client: TestClient) -> None:
    author_token = login(client, TEAM_MEMBER)
    checked = client.post("/check", data={"text": DRAFT, "csrf_token": author_token})
    assert checked.status_code == 200
    assert "<mark" in checked.text and "idioten" in checked.text
    asked = client.post("/requests", data={"text": DRAFT, "csrf_token": author_token})
    assert asked.status_code == 200 and "Kwakkel" in asked.text

    manager = TestClient(client.app)
    manager_token = login(manager, PEOPLE["manager"])
    queue = manager.get("/approvals")
    assert "Kwakkel" in queue.text
    request_id = manager.get("/api/approvals").json()[0]["id"]

    other = TestClient(client.app)
    login(other, PEOPLE["director"])  # an approver, but not this author's
    assert "Kwakkel" not in other.get("/approvals").text
    assert other.get("/api/approvals").json() == []

    decided = manager.post(
        f"/approvals/{request_id}",
        data={"decision": "reject", "comment": "Liever niet over klanten", "csrf_token": manager_token},
    )
    assert decided.status_code == 200
    again = manager.post(
        f"/api/approvals/{request_id}", json={"decision": "approve"}, headers={"X-CSRF-Token": manager_token}
    )
    assert again.status_code == 409

    notes = client.get("/api/notifications").json()
    assert [n["kind"] for n in notes] == ["approval.rejected"]
    assert not notes[0]["read"]
    mine = client.get("/requests")
    assert "Liever niet over klanten" in mine.text
    assert all(n["read"] for n in client.get("/api/notifications").json())
    assert client.get("/api/requests").json()[0]["status"] == "rejected"
    manager.close()
    other.close()


def test_someone_without_an_approver_is_told_so(client: TestClient) -> None:
    token = login(client, PEOPLE["director"])
    answer = client.post("/api/requests", json={"text": DRAFT}, headers={"X-CSRF-Token": token})
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "refused"


@pytest.mark.parametrize("kind", ["code", "regulation", "notice"])
def test_read_and_acknowledge_a_document(client: TestClient, kind: str) -> None:
    token = login(client, PEOPLE["employee"])
    before = client.get(f"/api/documents/{kind}").json()
    assert before["acknowledged_at"] is None and "<h1>" in before["html"]
    after = client.post(f"/api/documents/{kind}/acknowledgement", headers={"X-CSRF-Token": token}).json()
    assert after["acknowledged_at"] is not None
    assert after["document_hash"] == before["document_hash"]
    listed = {d["kind"]: d["acknowledged_at"] for d in client.get("/api/documents").json()}
    assert listed[kind] is not None
    assert sum(value is not None for value in listed.values()) == 1


@pytest.mark.parametrize(
    ("header", "expected", "phrase"),
    [
        ("en-GB,en;q=0.9", "en", "Check a post"),
        ("nl-NL,nl;q=0.9,en;q=0.5", "nl", "Bericht controleren"),
        ("de-DE,en;q=0.3", "en", "Check a post"),
        ("fr-FR", "nl", "Bericht controleren"),  # nothing supported: the policy's language
    ],
)
def test_language_follows_accept_language(
    client: TestClient, header: str, expected: str, phrase: str
) -> None:
    login(client, PEOPLE["employee"])
    page = client.get("/check", headers={"Accept-Language": header})
    assert f'<html lang="{expected}">' in page.text
    assert phrase in page.text


def test_the_persons_own_choice_wins_over_accept_language(client: TestClient) -> None:
    token = login(client, PEOPLE["employee"])
    client.put("/api/me/language", json={"language": "en"}, headers={"X-CSRF-Token": token})
    assert "Check a post" in client.get("/check", headers={"Accept-Language": "nl"}).text
    client.post("/language", data={"language": "nl", "csrf_token": token})
    assert "Bericht controleren" in client.get("/check", headers={"Accept-Language": "en"}).text
    assert client.get("/api/me").json()["language"] == "nl"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", None),
        ("nl", "nl"),
        ("en;q=0.2, nl;q=0.8", "nl"),
        ("EN-us", "en"),
        ("nl;q=0, en", "en"),
        ("x;q=a", None),
    ],
)
def test_from_accept_language(header: str, expected: str | None) -> None:
    assert from_accept_language(header) == expected


@pytest.mark.parametrize(
    ("text", "findings", "expected"),
    [
        ("abc", [], [Piece("abc")]),
        (
            "Hi Piet!",
            [{"start": 3, "end": 7, "severity": "caution"}],
            [Piece("Hi "), Piece("Piet", (1,), "caution"), Piece("!")],
        ),
        (
            "abcdef",
            [
                {"start": 0, "end": 4, "severity": "caution"},
                {"start": 2, "end": 6, "severity": "not_allowed"},
            ],
            [
                Piece("ab", (1,), "caution"),
                Piece("cd", (1, 2), "not_allowed"),
                Piece("ef", (2,), "not_allowed"),
            ],
        ),
        ("whole", [{"start": None, "end": None, "severity": "caution"}], [Piece("whole")]),
        ("out", [{"start": 1, "end": 99, "severity": "caution"}], [Piece("out")]),
    ],
)
def test_pieces(text: str, findings: list[dict[str, object]], expected: list[Piece]) -> None:
    assert pieces(text, findings) == expected
