"""A demo organization with passwords for one person per role, plus a second department's manager.

The objects the attacks aim at: an approval request by ``TEAM_MEMBER`` (approver
``E005``) and a re-identification case opened by the director.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from fastapi import FastAPI
from fastapi.testclient import TestClient

from mediacode.cases.opening import CaseRequest
from mediacode.org.loader import load_organization
from mediacode.services import cases
from mediacode.services.accounts import set_password
from mediacode.services.cases import CaseContext
from mediacode.storage.db.database import open_database
from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings
from tests.web.conftest import PASSWORD, PEOPLE, TEAM_MEMBER, demo_template, login

__all__ = ["demo_template"]

OTHER_MANAGER = "E017"
"""Manager of another department (Inkoop): an approver, but not of TEAM_MEMBER's requests."""
OTHER_EMPLOYEE = "E018"
DRAFT = "Securitydraft: leverancier Zilverreiger-4471 krijgt korting"
PSEUDONYM = "fedcba9876543210fedcba9876543210"
CASE_REASON = "Securityreden: ongebruikelijk veel verkeer naar Zilverreiger"


@dataclass(frozen=True)
class Target:
    app: FastAPI
    org: Path
    request_id: int
    case_id: int


def make_app(org: Path, **settings: object) -> FastAPI:
    return create_app(WebSettings(org=org, secure_cookies=False, secret_key="security", **settings))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def target(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    root = tmp_path_factory.mktemp("security") / "org"
    shutil.copytree(demo_template, root)
    org, db = load_organization(root), open_database(root)
    for person in (OTHER_MANAGER, OTHER_EMPLOYEE):
        set_password(db, org, person, PASSWORD, hasher=PasswordHasher.from_parameters(profiles.CHEAPEST))
    db.close()
    app = make_app(root)
    with TestClient(app) as author:
        token = login(author, TEAM_MEMBER)
        answer = author.post("/api/requests", json={"text": DRAFT}, headers={"X-CSRF-Token": token})
        assert answer.status_code == 201
        request_id = int(answer.json()["id"])
    request = CaseRequest(PSEUDONYM, "private_use", CASE_REASON, dt.date(2026, 10, 1), dt.date(2026, 10, 15))
    case_id = cases.open_case(CaseContext(root), PEOPLE["director"], request).case.id
    yield Target(app, root, request_id, case_id)
    app.state.mediacode.database.close()


@pytest.fixture(scope="module")
def signed_in(target: Target) -> Iterator[Callable[[str], tuple[TestClient, str]]]:
    """One signed-in browser per role for the module: role -> (client, CSRF token)."""
    made: dict[str, tuple[TestClient, str]] = {}

    def get(role: str) -> tuple[TestClient, str]:
        if role not in made:
            client = TestClient(target.app)
            made[role] = (client, login(client, PEOPLE.get(role, role)))
        return made[role]

    yield get
    for client, _token in made.values():
        client.close()


@pytest.fixture
def fresh(demo_template: Path, tmp_path: Path) -> Iterator[Target]:
    """A writable organization of its own, for attacks that change state (lockouts, sessions)."""
    root = tmp_path / "org"
    shutil.copytree(demo_template, root)
    app = make_app(root)
    yield Target(app, root, 0, 0)
    app.state.mediacode.database.close()
