"""Customers written as everyday words, and customers discussed as a group or one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from tests.review.conftest import CONFIDENTIAL, PEOPLE, POLICY

RELATIONS = """\
name,kind,aliases
Roeivereniging De Meeuwen,customer,De Meeuwen;Meeuwen
Cateringbedrijf Zonnestralen,customer,Zonnestralen
Bouwgroep Steenvast,customer,Steenvast
Drukkerij Kwast,supplier,Kwast
"""


@pytest.fixture(scope="module")
def reviewer(tmp_path_factory: pytest.TempPathFactory) -> Reviewer:
    root: Path = tmp_path_factory.mktemp("forms")
    (root / "policy.yaml").write_text(POLICY, encoding="utf-8")
    (root / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (root / "relations.csv").write_text(RELATIONS, encoding="utf-8")
    (root / "confidential.txt").write_text(CONFIDENTIAL, encoding="utf-8")
    return Reviewer(load_organization(root), use_model=False)


def _customers(reviewer: Reviewer, text: str) -> list[str]:
    return [f.text for f in reviewer.review(text, "P3").findings if f.category == Category.CUSTOMER]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vandaag de boten van De Meeuwen nagekeken", ["De Meeuwen"]),
        ("De Meeuwen hebben eindelijk betaald", ["De Meeuwen"]),
        ("Lunch geleverd aan Zonnestralen vanmiddag", ["Zonnestralen"]),
        ("Bezorgd bij zonnestralen, alles op tijd", ["zonnestralen"]),
        ("Steenvast's nieuwe kantoor is bijna klaar", ["Steenvast"]),
        ("Steenvast heeft de offerte getekend", ["Steenvast"]),
        ("Ruzie gehad met een buyer over de levering", ["een buyer"]),
        ("Had a heated argument with a buyer about the crates", ["a buyer"]),
        ("One customer told me we were too expensive", ["One customer"]),
        ("Klanten zijn vandaag weer ontzettend onbeschoft", ["Klanten"]),
        ("Our customers were rude and impatient all day", ["Our customers"]),
        ("Die klant was echt een eikel vandaag", ["Die klant"]),
        ("Hoe kun je nou zo dom zijn als die klant van vandaag", ["die klant"]),
        ("That client is a nightmare, three changes a day", ["That client"]),
        ("Our biggest client is threatening to leave, stressful week", ["Our biggest client"]),
        ("Een boze klant dreigt met de krant", ["Een boze klant"]),
    ],
)
def test_customers_are_found(reviewer: Reviewer, text: str, expected: list[str]) -> None:
    assert _customers(reviewer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De meeuwen op het strand pikten mijn patat 🍟",
        "Er vlogen wel twintig meeuwen over de haven",
        "De eerste zonnestralen van het jaar ☀️",
        "Die nieuwe schoenen zijn steenvast, echt onverwoestbaar",
        "Onze klanten zijn super tevreden over de nieuwe app",
        "Customers are always welcome in our showroom",
        "Klanten betalen bij ons gewoon per uur",
        "Nobody tell the clients 🤫",
        "Een klant bracht vandaag taart mee, zo lief",
        "Stom genoeg vergat ik mijn lunch, gelukkig had een klant nog een broodje over",
        "Our newest client is lovely, great first meeting",
        "Een tevreden klant bracht bloemen mee",
    ],
)
def test_everyday_words_and_neutral_mentions_are_no_customer(reviewer: Reviewer, text: str) -> None:
    assert _customers(reviewer, text) == []
