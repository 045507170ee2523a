"""IDOR: every route with an id in its path (enumerated from ``app.routes``), tried on objects the caller
may use the route for in general but is not entitled to in particular, and on ids that do not exist.

The answer is 403 or 404 with the error shape, says nothing of the object, and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from mediacode.cases.opening import CaseRequest
from mediacode.org.loader import load_organization
from mediacode.services import cases
from mediacode.services.cases import CaseContext
from tests.security.conftest import (
    CASE_REASON,
    DRAFT,
    OTHER_EMPLOYEE,
    OTHER_MANAGER,
    PSEUDONYM,
    Target,
)
from tests.security.routes import Route, app_routes, role_for, with_parameters
from tests.web.conftest import PEOPLE, TEAM_MEMBER
from tests.web.test_authz_matrix import SAMPLES

SignedIn = Callable[[str], tuple[TestClient, str]]
ROUTES = with_parameters(app_routes())
BY_NAME = {r.name: r for r in ROUTES}

# Who may use the route but must not reach this object: approval requests are their author's
# and their approver's only (TEAM_MEMBER's approver is E005).
NOT_ENTITLED = {
    "api_request": [
        PEOPLE["employee"],
        OTHER_MANAGER,
        PEOPLE["works_council"],
        PEOPLE["director"],
        OTHER_EMPLOYEE,
    ],
    "api_decide": [OTHER_MANAGER, PEOPLE["director"]],
    "decide_submit": [OTHER_MANAGER, PEOPLE["director"]],
}
# Routes whose objects belong to a whole role rather than a person, and why that is the design.
ROLE_WIDE = {
    "document_page": "the code, the regulation and the notice are for every employee",
    "api_document": "the code, the regulation and the notice are for every employee",
    "acknowledge_submit": "one acknowledges for oneself; no person in the path",
    "api_acknowledge": "one acknowledges for oneself; no person in the path",
    "report_page": "a purpose's anonymous report is for the privacy officer and the works council",
    "api_report": "a purpose's anonymous report is for the privacy officer and the works council",
    "admin_disable_submit": "the administrator manages every account (by id, no names)",
    "api_admin_disable": "the administrator manages every account (by id, no names)",
    "case_page": "cases are the officer's and the council's; the subject is the officer's only (tested)",
    "api_case": "cases are the officer's and the council's; the subject is the officer's only (tested)",
    "case_decide_submit": "the policy's approver roles decide; the opener never (tested)",
    "api_case_decide": "the policy's approver roles decide; the opener never (tested)",
    "case_reveal_submit": "only the officer, only after the approvals (the matrix and cases tests)",
    "api_case_reveal": "only the officer, only after the approvals (the matrix and cases tests)",
    "case_notify_submit": "the officer's step on a revealed case",
    "api_case_notify": "the officer's step on a revealed case",
    "case_discuss_submit": "the officer's step on a revealed case",
    "api_case_discuss": "the officer's step on a revealed case",
    "case_close_submit": "the officer's step",
    "api_case_close": "the officer's step",
}
# Ids that name no object of this organization, per path parameter (raw, as they go in the URL).
MISSING = {
    "request_id": ["999999", "9223372036854775807"],
    "case_id": ["999999", "9223372036854775807"],
    "kind": ["policy", "..%2F..%2Fpolicy.yaml", "code%00", "CODE"],
    "purpose": ["no_such_purpose", "..%2F..%2Fpeople.csv", "private_use%00", "%2e%2e"],
    "person_id": ["E999", "..%2F..%2Fpolicy.yaml", "%2e%2e", "E007%00", "e007"],
}
SECRETS = [DRAFT, "Zilverreiger", PSEUDONYM, CASE_REASON]


def test_every_route_with_an_id_is_attacked() -> None:
    names = {r.name for r in ROUTES}
    assert len(names) >= 20
    assert names == set(NOT_ENTITLED) | set(ROLE_WIDE), names ^ (set(NOT_ENTITLED) | set(ROLE_WIDE))
    assert {p for r in ROUTES for p in r.parameters} == set(MISSING)


def _call(client: TestClient, token: str, route: Route, path: str) -> object:
    body = SAMPLES[route.name][2]
    if route.api:
        return client.request(route.method, path, json=body, headers={"X-CSRF-Token": token})
    form = {**(body or {}), "csrf_token": token} if route.method == "POST" else None
    return client.request(route.method, path, data=form, follow_redirects=False)


def _assert_refused(answer: object, route: Route, statuses: set[int]) -> None:
    status = answer.status_code  # type: ignore[attr-defined]
    text = answer.text  # type: ignore[attr-defined]
    assert status in statuses, (route.name, status, text[:200])
    for secret in SECRETS:
        assert secret not in text, (route.name, secret)
    if route.api:
        error = answer.json()["error"]  # type: ignore[attr-defined]
        assert set(error) == {"code", "message"}


def _pending(target: Target) -> bool:
    with TestClient(target.app) as author:
        from tests.web.conftest import login

        login(author, TEAM_MEMBER)
        return bool(author.get(f"/api/requests/{target.request_id}").json()["status"] == "pending")


@pytest.mark.parametrize(
    ("name", "person"), [(n, p) for n, people in NOT_ENTITLED.items() for p in people], ids=str
)
def test_an_approval_request_is_its_authors_and_approvers_only(
    target: Target, signed_in: SignedIn, name: str, person: str
) -> None:
    route = BY_NAME[name]
    client, token = signed_in(person)
    answer = _call(client, token, route, route.fill({"request_id": target.request_id}))
    _assert_refused(answer, route, {403, 404})
    assert _pending(target), "the refused call changed nothing"


def _role_client(target: Target, signed_in: SignedIn, route: Route) -> tuple[TestClient, str]:
    role = role_for(load_organization(target.org), route)
    assert role is not None
    return signed_in(role)


@pytest.mark.parametrize(
    ("name", "value"),
    [(r.name, value) for r in ROUTES for p in r.parameters for value in MISSING[p]],
    ids=str,
)
def test_an_id_naming_nothing_answers_not_found_and_shows_nothing(
    target: Target, signed_in: SignedIn, name: str, value: str
) -> None:
    route = BY_NAME[name]
    client, token = _role_client(target, signed_in, route)
    answer = _call(client, token, route, route.fill(dict.fromkeys(route.parameters, value)))
    _assert_refused(answer, route, {404, 422})


def test_the_works_council_sees_a_revealed_cases_pseudonym_but_never_its_subject(
    target: Target, signed_in: SignedIn
) -> None:
    council, _ = signed_in("works_council")
    answer = council.get(f"/api/cases/{target.case_id}")
    assert answer.status_code == 200
    assert answer.json()["subject"] is None
    assert council.get("/api/cases").json()[0]["subject"] is None


def test_the_officer_may_not_decide_the_case_the_officer_opened(target: Target, signed_in: SignedIn) -> None:
    officer, token = signed_in("privacy_officer")
    request = CaseRequest(PSEUDONYM, "private_use", CASE_REASON, dt.date(2026, 10, 2), dt.date(2026, 10, 9))
    own = cases.open_case(CaseContext(target.org), PEOPLE["privacy_officer"], request).case.id
    answer = officer.post(
        f"/api/cases/{own}/decision", json={"decision": "approve"}, headers={"X-CSRF-Token": token}
    )
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "refused"
    assert officer.get(f"/api/cases/{own}").json()["approvals"] == []


@pytest.mark.parametrize("field", ["person_id", "person", "id", "subject"])
def test_my_data_is_always_the_viewers_whatever_the_form_names(
    target: Target, signed_in: SignedIn, field: str
) -> None:
    client, token = signed_in("employee")
    answer = client.post(
        "/my-data/export", data={"format": "json", "csrf_token": token, field: PEOPLE["manager"]}
    )
    assert answer.status_code == 200
    assert PEOPLE["employee"] in answer.text
    assert "Hanneke" not in answer.text  # E005's name
