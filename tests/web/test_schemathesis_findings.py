"""What the schemathesis run found, kept as regression tests.

1. A numeric id in a path larger than a signed 64-bit integer overflowed in
   the SQLite driver (``Python int too large to convert to SQLite INTEGER``),
   a 500. Ids are now declared positive 64-bit integers: such a path answers
   422 before any lookup, and an id in range that does not exist stays 404.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from mediacode.web.row_id import LARGEST_ID
from tests.web.conftest import PEOPLE, login

TOO_LARGE = LARGEST_ID + 1


@pytest.mark.parametrize(
    ("role", "method", "path", "body", "status"),
    [
        ("employee", "GET", f"/api/requests/{TOO_LARGE}", None, 422),
        ("employee", "GET", f"/api/requests/{10**30}", None, 422),
        ("employee", "GET", "/api/requests/0", None, 422),
        ("employee", "GET", f"/api/requests/{LARGEST_ID}", None, 404),
        ("manager", "POST", f"/api/approvals/{TOO_LARGE}", {"decision": "approve"}, 422),
        ("privacy_officer", "GET", f"/api/cases/{TOO_LARGE}", None, 422),
        ("privacy_officer", "GET", f"/api/cases/{LARGEST_ID}", None, 404),
        ("privacy_officer", "POST", f"/api/cases/{TOO_LARGE}/reveal", None, 422),
        ("privacy_officer", "POST", f"/api/cases/{TOO_LARGE}/close", {"outcome": "no_action"}, 422),
        ("privacy_officer", "GET", f"/cases/{TOO_LARGE}", None, 422),
        ("privacy_officer", "GET", f"/cases/{LARGEST_ID}", None, 404),
    ],
)
def test_ids_beyond_64_bits_are_refused_not_a_server_error(
    client: TestClient, role: str, method: str, path: str, body: dict[str, str] | None, status: int
) -> None:
    token = login(client, PEOPLE[role])
    answer = client.request(method, path, json=body, headers={"X-CSRF-Token": token})
    assert answer.status_code == status, answer.text
    if path.startswith("/api/"):
        assert set(answer.json()) == {"error"}
