"""Names that are also other words: a founder's surname that is the organization's name (alone, it
names the employer), and first names that are everyday words ("Roos", "Grace", "Storm"), which name
the colleague only where the capital or the sentence says so."""

from __future__ import annotations

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from tests.review.conftest import CONFIDENTIAL, org_folder, policy_yaml

POLICY = policy_yaml("Hofstede", ["Hofstede Bouw"])
PEOPLE = """\
id,name,email,role,department,manager,groups
F1,Gerard Hofstede,g.hofstede@hofstede.example,director,Directie,,
F2,Noor Bakker,n.bakker@hofstede.example,employee,Uitvoering,F1,
F3,Roos Mulder,r.mulder@hofstede.example,employee,Uitvoering,F1,
F4,Grace Owen,g.owen@hofstede.example,employee,Sales,F1,
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


@pytest.mark.parametrize(
    ("text", "colleagues"),
    [
        ("Bedankt Roos voor de heerlijke taart!", ["Roos"]),
        ("Big thanks to Grace for covering my shift", ["Grace"]),
        ("Grace was brilliant in the client meeting today", ["Grace"]),
        ("Een roos voor mijn moeder op Moederdag 🌹", []),
        ("Grace under pressure, that is what the coach asked for", []),
        ("Grace got promoted today, well deserved", ["Grace"]),
        ("Roos heeft eindelijk haar loonsverhoging gekregen", ["Roos"]),
        ("Grace got me through a hard year", []),
        ("Roos heeft eindelijk water gekregen na de droogte", []),
        ("Roos in de tuin staat eindelijk in bloei", []),
    ],
)
def test_first_names_that_are_words(reviewer: Reviewer, text: str, colleagues: list[str]) -> None:
    decision = reviewer.review(text, None)
    assert [f.text for f in decision.findings if f.category == Category.COLLEAGUE] == colleagues
