"""Demo accounts: one person per role, the known password, and never outside the demo organization."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mediacode.org.loader import load_organization
from mediacode.services.demo_accounts import (
    DEMO_PASSWORD,
    NotDemoOrganizationError,
    choose_demo_accounts,
    is_demo_organization,
    set_up_demo_accounts,
)
from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings
from tests.web.conftest import ADMINISTRATOR

Cli = Callable[..., Any]
EXPECTED = {
    "employee": ("E006", ("employee",)),
    "manager": ("E005", ("employee", "manager", "approver")),
    "privacy_officer": ("E003", ("employee", "privacy_officer")),
    "works_council": ("E014", ("employee", "works_council")),
    "administrator": (ADMINISTRATOR, ("employee", "administrator")),
}


def test_one_account_per_role_and_the_employee_reports_to_the_manager(org_dir: Path) -> None:
    org = load_organization(org_dir)
    chosen = {str(a.role): (a.person_id, tuple(map(str, a.roles))) for a in choose_demo_accounts(org)}
    assert chosen == EXPECTED
    assert org.get_person(chosen["employee"][0]).manager == chosen["manager"][0]


def _tamper_name(root: Path) -> None:
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text.replace("name: Hollewijn Technische Groothandel", "name: Real BV", 1), "utf-8")


def _tamper_people(root: Path) -> None:
    people = root / "people.csv"
    text = people.read_text(encoding="utf-8")
    people.write_text(text.replace("hollewijn-groothandel.example", "real-company.nl", 1), "utf-8")


@pytest.mark.parametrize(
    ("tamper", "is_demo"),
    [(None, True), (_tamper_name, False), (_tamper_people, False)],
    ids=["demo", "renamed", "other-people"],
)
def test_only_the_generated_demo_counts_as_the_demo(
    org_dir: Path, tamper: Callable[[Path], None] | None, is_demo: bool
) -> None:
    if tamper is not None:
        tamper(org_dir)
    assert is_demo_organization(load_organization(org_dir)) is is_demo


@pytest.mark.parametrize("which", ["example", "other-people"])
def test_the_service_refuses_any_other_organization_and_sets_no_password(
    cli: Cli, example_org: Path, tmp_path: Path, which: str
) -> None:
    root = example_org
    if which == "other-people":
        root = tmp_path / "demo"
        assert cli("demo", "--out", str(root)).code == 0
        _tamper_people(root)
    with pytest.raises(NotDemoOrganizationError) as caught:
        set_up_demo_accounts(root)
    assert "only set up in the demo organization" in str(caught.value)
    listed = cli("users", "list", "--org", str(root), "--format", "json")
    assert listed.code == 0
    assert '"can_sign_in": true' not in listed.out


def test_demo_with_accounts_prints_them_and_they_sign_in(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "demo"
    result = cli("demo", "--out", str(root), "--with-accounts")
    assert result.code == 0, result.err
    lines = [line.split() for line in result.out.splitlines() if "password:" in line]
    assert [line[0] for line in lines] == ["employee", "manager", "privacy_officer", "works_council"]
    app = create_app(WebSettings(org=root, secure_cookies=False, secret_key="test-secret"))
    try:
        with TestClient(app) as client:
            for line in lines:
                answer = client.post("/api/login", json={"username": line[1], "password": DEMO_PASSWORD})
                assert answer.status_code == 200, line
                client.post("/api/logout")
            wrong = client.post("/api/login", json={"username": lines[0][1], "password": "not the password"})
            assert wrong.status_code == 401
    finally:
        app.state.mediacode.database.close()
