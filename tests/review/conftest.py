"""A small synthetic organization, unlike the dev organization, so the tests prove generality."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review import Decision, Reviewer

PEOPLE = """\
id,name,email,role,department,manager,groups
P1,Willem de Jong,w.dejong@noordkust.example,director,Directie,,
P2,Karin Smeets,k.smeets@noordkust.example,manager,Verkoop,P1,
P3,Joost van den Berg,j.vandenberg@noordkust.example,employee,Verkoop,P2,
P4,Erik Molenaar,e.molenaar@noordkust.example,employee,Magazijn,P2,works_council
P5,Lisa de Vries,l.devries@noordkust.example,employee,Finance,P2,
P6,Omar Aziz,o.aziz@noordkust.example,employee,Magazijn,P2,
P7,Dr. Ellen Post,e.post@noordkust.example,employee,Arbodienst,P1,company_doctor
P8,Sophie Timmermans,s.timmermans@noordkust.example,manager,Customer Service,P1,
"""

RELATIONS = """\
name,kind,aliases
Lidl Nederland,customer,Lidl
Action,customer,
Still,supplier,Still Intralogistics
Eneco,supplier,
"""

CONFIDENTIAL = """\
# code names
Project Noorderlicht
Noorderlicht
Kompas-app
Melkweg 2030
"""


def policy_yaml(name: str, aliases: list[str], language: str = "nl") -> str:
    """The ``policy.yaml`` of a made-up organization: its names, language and the usual directory."""
    return (
        f"organization:\n  name: {name}\n  aliases: [{', '.join(aliases)}]\n  language: {language}\n"
        "directory:\n  people: people.csv\n  relations: relations.csv\n"
        "  confidential_terms: confidential.txt\n"
    )


POLICY = policy_yaml("Noordkust Zuivel", ["Noordkust", "NKZ"])


def org_folder(tmp_path_factory: pytest.TempPathFactory, name: str, files: dict[str, str]) -> Path:
    """A made-up organization folder: each file name with its text, in a fresh temporary folder."""
    root = tmp_path_factory.mktemp(name)
    for file, text in files.items():
        (root / file).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("noordkust")
    (root / "policy.yaml").write_text(POLICY, encoding="utf-8")
    (root / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (root / "relations.csv").write_text(RELATIONS, encoding="utf-8")
    (root / "confidential.txt").write_text(CONFIDENTIAL, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def synthetic_org(synthetic_dir: Path) -> Organization:
    return load_organization(synthetic_dir)


@pytest.fixture(scope="session")
def reviewer(synthetic_org: Organization) -> Reviewer:
    return Reviewer(synthetic_org)


@pytest.fixture(scope="session")
def spans(reviewer: Reviewer) -> Callable[[str, str, Category], list[str]]:
    """The texts of the findings of one category: ``spans(text, author, category)``."""

    def run(text: str, author: str, category: Category) -> list[str]:
        decision: Decision = reviewer.review(text, author)
        for finding in decision.findings:
            if finding.start is not None and finding.end is not None:
                assert text[finding.start : finding.end] == finding.text
        return [f.text for f in decision.findings if f.category == category]

    return run


@pytest.fixture(scope="session")
def rule_spans(synthetic_org: Organization) -> Callable[[str, str, Category], list[str]]:
    """Like ``spans`` with the rules alone: cases that must not lean on the shipped weights."""
    rules = Reviewer(synthetic_org, use_model=False)

    def run(text: str, author: str, category: Category) -> list[str]:
        return [f.text for f in rules.review(text, author).findings if f.category == category]

    return run
