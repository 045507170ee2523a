"""The demo organization with passwords for one person of each role, and a TestClient per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from fastapi.testclient import TestClient

from mediacode.org.loader import load_organization
from mediacode.services.accounts import set_password
from mediacode.services.demo import create_demo
from mediacode.storage.db.database import open_database
from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings

PEOPLE = {
    "employee": "E002",
    "manager": "E005",
    "privacy_officer": "E003",
    "works_council": "E014",
    "administrator": "E060",
    "director": "E001",
}
"""One person per role in the demo (E060 is made administrator below)."""
TEAM_MEMBER = "E006"
"""An employee whose manager is E005."""
PASSWORD = "correct horse battery staple"
ADMINISTRATOR = "E060"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("web") / "demo"
    create_demo(root)
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(
        text.replace("\ngovernance:\n", f"\ngovernance:\n  system_administrators: [{ADMINISTRATOR}]\n", 1),
        encoding="utf-8",
    )
    org = load_organization(root)
    db = open_database(root)
    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)
    for person in {*PEOPLE.values(), TEAM_MEMBER}:
        set_password(db, org, person, PASSWORD, hasher=cheap)
    db.close()
    return root


@pytest.fixture
def org_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "org"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def client(org_dir: Path) -> Iterator[TestClient]:
    app = create_app(WebSettings(org=org_dir, secure_cookies=False, secret_key="test-secret"))
    with TestClient(app) as test_client:
        yield test_client
    app.state.mediacode.database.close()


@pytest.fixture
def new_client(org_dir: Path) -> Iterator[Callable[[], TestClient]]:
    """Another browser on the same app and database."""
    app = create_app(WebSettings(org=org_dir, secure_cookies=False, secret_key="test-secret"))
    made: list[TestClient] = []

    def make() -> TestClient:
        made.append(TestClient(app))
        return made[-1]

    yield make
    for test_client in made:
        test_client.close()
    app.state.mediacode.database.close()


def login(client: TestClient, person: str, password: str = PASSWORD) -> str:
    """Sign in through the API; the CSRF token for later state-changing calls."""
    answer = client.post("/api/login", json={"username": person, "password": password})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["csrf_token"])
