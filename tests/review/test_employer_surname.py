"""A founder's surname that is also the organization's name: alone, it names the employer; with a
first name, or as a colleague's first name, it still names the person."""

from __future__ import annotations

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from tests.review.conftest import CONFIDENTIAL, org_folder

POLICY = """\
organization:
  name: Hofstede
  aliases: [Hofstede Bouw]
  language: nl
directory:
  people: people.csv
  relations: relations.csv
  confidential_terms: confidential.txt
"""
PEOPLE = """\
id,name,email,role,department,manager,groups
F1,Gerard Hofstede,g.hofstede@hofstede.example,director,Directie,,
F2,Noor Bakker,n.bakker@hofstede.example,employee,Uitvoering,F1,
"""


@pytest.fixture(scope="module")
def reviewer(tmp_path_factory: pytest.TempPathFactory) -> Reviewer:
    files = {
        "policy.yaml": POLICY,
        "people.csv": PEOPLE,
        "relations.csv": "name,kind,aliases\n",
        "confidential.txt": CONFIDENTIAL,
    }
    return Reviewer(load_organization(org_folder(tmp_path_factory, "hofstede", files)), use_model=False)


@pytest.mark.parametrize(
    ("text", "colleagues"),
    [
        ("Hofstede is echt de beste werkgever van de regio!", []),
        ("Trots op mijn werk bij Hofstede Bouw", []),
        ("Gerard Hofstede bedankt voor 25 mooie jaren!", ["Gerard Hofstede"]),
        ("Noor en ik hebben vandaag de fundering gestort", ["Noor"]),
    ],
)
def test_the_employers_name_is_no_colleague(reviewer: Reviewer, text: str, colleagues: list[str]) -> None:
    decision = reviewer.review(text, None)
    assert [f.text for f in decision.findings if f.category == Category.COLLEAGUE] == colleagues
