"""Governance roles from the policy and people.csv, and the loader's check of system_administrators."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.errors import OrgFolderError
from mediacode.org import load_organization
from mediacode.org.roles import roles_of
from tests.cases.conftest import CaseOrg


@pytest.mark.parametrize(
    ("person", "roles"),
    [
        ("E012", {"privacy_officer", "manager"}),
        ("E003", {"works_council"}),
        ("E008", {"works_council", "administrator"}),
        ("E001", {"director"}),
        ("E010", set()),
        ("E999", set()),
    ],
)
def test_roles_of(case_org: CaseOrg, person: str, roles: set[str]) -> None:
    assert roles_of(load_organization(case_org.root), person) == roles


def test_unknown_administrator_id_is_a_mistake_with_its_line(example_org: Path) -> None:
    policy = example_org / "policy.yaml"
    text = policy.read_text(encoding="utf-8").replace(
        "  reidentification_approvers:", "  system_administrators: [E999]\n  reidentification_approvers:"
    )
    policy.write_text(text, encoding="utf-8")
    with pytest.raises(OrgFolderError) as caught:
        load_organization(example_org)
    rendered = caught.value.render()
    assert "governance.system_administrators[0]" in rendered
    assert "'E999' is not an id in people.csv" in rendered
