"""Loading the organization folder: valid folders load, every mistake is reported with its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.errors import OrgFolderError, Problem
from mediacode.org import load_organization
from tests.conftest import DEV_ORG


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


PEOPLE = (
    "id,name,email,role,department,manager,groups\n"
    "E1,Anna de Vries,a.devries@example.nl,manager,Sales,,\n"
    "E2,Bram Bakker,b.bakker@example.nl,employee,Sales,E1,works_council\n"
)
MINIMAL = "organization:\n  name: Acme\ndirectory:\n  people: people.csv\n"


def problems_of(folder: Path) -> list[Problem]:
    with pytest.raises(OrgFolderError) as caught:
        load_organization(folder)
    return caught.value.problems


def test_example_policy_with_dev_org_files_loads(example_org: Path) -> None:
    org = load_organization(example_org)
    assert org.name == "Veldhuis Logistiek"
    assert org.policy.monitoring.min_group_size == 10
    assert org.policy.social_media.severity_of(org.policy.social_media.severities.__iter__().__next__())
    assert len(org.people) == 24
    assert {r.kind for r in org.relations} == {"customer", "supplier"}
    assert any(t.term == "Zeewolf" for t in org.confidential_terms)


def test_minimal_dev_org_loads_with_defaults() -> None:
    org = load_organization(DEV_ORG)
    assert org.policy.monitoring.enabled is False
    assert org.policy.social_media.approver == "manager"
    assert org.policy.organization.language == "nl"
    assert org.find_person("E002") is not None
    assert org.manager_of(org.get_person("E003")) == org.get_person("E002")


def test_minimal_policy_without_optional_files_loads(tmp_path: Path) -> None:
    org = load_organization(write(tmp_path, {"policy.yaml": MINIMAL, "people.csv": PEOPLE}))
    assert org.relations == ()
    assert org.confidential_terms == ()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"policy.yaml": MINIMAL + "monitorin:\n  enabled: true\n"},
            [("policy.yaml", 5, "monitorin", "unknown key")],
        ),
        (
            {"policy.yaml": MINIMAL + "governance:\n  published_on: 2026-02-30\n"},
            [("policy.yaml", 6, "governance.published_on", "valid date")],
        ),
        (
            {"policy.yaml": MINIMAL + "monitoring:\n  min_group_size: ten\n"},
            [("policy.yaml", 6, "monitoring.min_group_size", "integer")],
        ),
        (
            {"policy.yaml": "organization:\n  language: de\n"},
            [
                ("policy.yaml", 1, "organization.name", "required"),
                ("policy.yaml", 2, "organization.language", ""),
            ],
        ),
        (
            {"policy.yaml": MINIMAL + "governance:\n  privacy_officer: X9\n"},
            [("policy.yaml", 6, "governance.privacy_officer", "not an id")],
        ),
        (
            {"people.csv": PEOPLE + "E1,Carla,c@example.nl,employee,Sales,,\n"},
            [("people.csv", 4, "id", "duplicate")],
        ),
        (
            {"people.csv": PEOPLE + "E3,Carla,c@example.nl,employee,Sales,E7,\n"},
            [("people.csv", 4, "manager", "not an id")],
        ),
        (
            {"people.csv": PEOPLE + "E3,Carla,c@example.nl,employee,Sales\n"},
            [("people.csv", 4, None, "5 columns")],
        ),
        (
            {"people.csv": PEOPLE + "E3,Carla,c@example.nl,chief,Sales,,\n"},
            [("people.csv", 4, "role", "unknown role")],
        ),
        (
            {"people.csv": PEOPLE.encode() + "E3,Jos\xe9,j@x.nl,employee,S,,\n".encode("latin-1")},
            [("people.csv", 4, None, "not UTF-8")],
        ),
        (
            {"relations.csv": "name,kind,aliases\nShell,vendor,\n"},
            [("relations.csv", 2, "kind", "unknown kind")],
        ),
        ({"policy.yaml": MINIMAL.replace("people.csv", "staff.csv")}, [("staff.csv", None, None, "missing")]),
        (
            {"policy.yaml": MINIMAL.replace("people.csv", "../people.csv")},
            [("policy.yaml", 4, "directory.people", "outside")],
        ),
        ({"policy.yaml": "organization: [unclosed\n"}, [("policy.yaml", 2, None, "not valid YAML")]),
    ],
    ids=lambda value: "" if isinstance(value, list) else None,
)
def test_each_mistake_is_reported_with_file_line_and_field(
    tmp_path: Path, files: dict[str, str | bytes], expected: list[tuple[str, int | None, str | None, str]]
) -> None:
    base: dict[str, str | bytes] = {"policy.yaml": MINIMAL, "people.csv": PEOPLE}
    base.update(files)
    found = problems_of(write(tmp_path / "org", base))
    assert len(found) == len(expected)
    for problem, (file, line, field, words) in zip(found, expected, strict=True):
        assert (problem.file, problem.line, problem.field) == (file, line, field)
        assert words in problem.message


def test_all_mistakes_of_all_files_are_reported_at_once(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "policy.yaml": MINIMAL + "  relations: relations.csv\nsocial_media:\n  aproover: E1\n"
            "monitoring:\n  enabled: yes please\n",
            "people.csv": PEOPLE + "E2,Dup,d@x.nl,employee,S,,\nE4,Few,f@x.nl\n",
            "relations.csv": "name,kind,aliases\nShell,vendor,\n",
        },
    )
    found = problems_of(folder)
    places = {(p.file, p.line, p.field) for p in found}
    assert ("policy.yaml", 7, "social_media.aproover") in places
    assert ("policy.yaml", 9, "monitoring.enabled") in places
    assert ("people.csv", 4, "id") in places
    assert ("people.csv", 5, None) in places
    assert ("relations.csv", 2, "kind") in places


def test_cli_reports_mistakes_without_traceback(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    folder = write(
        tmp_path, {"policy.yaml": MINIMAL + "foo: 1\n", "people.csv": PEOPLE + "E1,X,x@x.nl,employee,S,,\n"}
    )
    result = cli("policy", "lint", "--org", str(folder))
    assert result.code != 0
    assert "Traceback" not in result.err
    assert "policy.yaml:5:1: foo: unknown key" in result.err
    assert "people.csv:4:1: id: duplicate id" in result.err


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    found = problems_of(tmp_path / "nowhere")
    assert "does not exist" in found[0].message
