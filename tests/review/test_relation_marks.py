"""Relations named by a mark rather than a capital: hashtags, handles, web addresses, one-word
hashtags of a longer name, the Dutch possessive "s", and a name continued by a capitalised word;
and the everyday words that look like them."""

from __future__ import annotations

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from tests.review.conftest import CONFIDENTIAL, PEOPLE, POLICY, org_folder

RELATIONS = """\
name,kind,aliases
Technische Groothandel Noord,supplier,TGN
Pijpwerk,supplier,
Kwikstaart Koeltechniek,supplier,Kwikstaart
Shell,supplier,
Woonbron Zuid,customer,
Kovar,supplier,
"""


@pytest.fixture(scope="module")
def reviewer(tmp_path_factory: pytest.TempPathFactory) -> Reviewer:
    files = {
        "policy.yaml": POLICY,
        "people.csv": PEOPLE,
        "relations.csv": RELATIONS,
        "confidential.txt": CONFIDENTIAL,
    }
    return Reviewer(load_organization(org_folder(tmp_path_factory, "marks", files)), use_model=False)


def _relations(reviewer: Reviewer, text: str) -> list[tuple[str, str]]:
    return [
        (f.category.value, f.text)
        for f in reviewer.review(text, "P3").findings
        if f.category in (Category.CUSTOMER, Category.SUPPLIER)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hashtag or handle in lower case, also for a name that would need a capital
        ("Pijpen van de beste kwaliteit vandaag #pijpwerk", [("supplier", "pijpwerk")]),
        ("Thanks @pijpwerk for the quick delivery!", [("supplier", "pijpwerk")]),
        ("Pijpwerk buizen zijn de beste 😉 #pijpwerk", [("supplier", "Pijpwerk"), ("supplier", "pijpwerk")]),
        # a web address
        ("Bestel het gewoon op pijpwerk.nl, veel sneller", [("supplier", "pijpwerk")]),
        ("Check shell.com for the new fuel cards", [("supplier", "shell")]),
        # a name of several words as one hashtag or handle
        ("Grote order binnen via #TechnischeGroothandelNoord", [("supplier", "TechnischeGroothandelNoord")]),
        ("Proud of our work for @WoonbronZuid this year", [("customer", "WoonbronZuid")]),
        # the Dutch possessive or plural without an apostrophe
        ("Kwikstaarts levertijden zijn tegenwoordig prima", [("supplier", "Kwikstaarts")]),
        ("Pijpwerks nieuwste catalogus ligt op kantoor", [("supplier", "Pijpwerks")]),
        # an everyday word as a name that owns something
        ("Shell's new fuel card is a mess", [("supplier", "Shell")]),
        # a plain name continued by a capitalised word
        ("Kovar Europe heeft een nieuwe training voor monteurs", [("supplier", "Kovar")]),
    ],
)
def test_marked_names_are_found(reviewer: Reviewer, text: str, expected: list[tuple[str, str]]) -> None:
    assert _relations(reviewer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mooie schelpen gevonden op het strand #shell",  # an everyday word as a lower-case hashtag
        "Kwikstaarten in de tuin vanochtend 🐦",  # the bird, plural
        "Kwikstaarts zijn schattige vogeltjes",  # capitalised at the start, a verb follows
        "Ons pijpwerk in de kelder lekt weer",  # not written as a name
        "Shells and pebbles everywhere on the beach",
        "The shell's colours were beautiful in the sun",
        "Woonbron is a word I do not know #woonbronnen",
    ],
)
def test_everyday_words_are_no_relation(reviewer: Reviewer, text: str) -> None:
    assert _relations(reviewer, text) == []
