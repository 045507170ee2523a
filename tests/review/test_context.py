"""Words judged in context (ADR 0053): names alone, ordinary words, and the generalised lexicons.

Two synthetic organizations: the Dutch one of ``conftest.py`` and an English
one defined here, so no case leans on one organization's names.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from tests.review.conftest import policy_yaml

Spans = Callable[[str, str, Category], list[str]]

POLICY_EN = policy_yaml("Brightwell Tools", ["Brightwell", "BWT"], "en")
PEOPLE_EN = """\
id,name,email,role,department,manager,groups
B1,Greta Lindqvist,g.lindqvist@brightwell.example,director,Board,,
B2,Tobias Fenwick,t.fenwick@brightwell.example,manager,Sales,B1,
B3,Nadia Okonkwo,n.okonkwo@brightwell.example,employee,Warehouse,B2,
B4,Ravi Menon,r.menon@brightwell.example,employee,Finance,B2,
B5,Bram Hoekstra,b.hoekstra@brightwell.example,employee,Sales,B2,
"""
RELATIONS_EN = """\
name,kind,aliases
Anchor Fasteners,supplier,Anchor
Castell Homes,customer,Castell
"""
CONFIDENTIAL_EN = """\
Kestrel
"""


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Spans:
    root: Path = tmp_path_factory.mktemp("brightwell")
    for name, content in (
        ("policy.yaml", POLICY_EN),
        ("people.csv", PEOPLE_EN),
        ("relations.csv", RELATIONS_EN),
        ("confidential.txt", CONFIDENTIAL_EN),
    ):
        (root / name).write_text(content, encoding="utf-8")
    reviewer = Reviewer(load_organization(root))

    def run(text: str, author: str, category: Category) -> list[str]:
        return [f.text for f in reviewer.review(text, author).findings if f.category == category]

    return run


# -- colleagues by first name, surname or role ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        ("Beterschap Omar! We missen je op de afdeling", "P3", ["Omar"]),
        ("Get well soon Lisa, the office is quiet without you", "P3", ["Lisa"]),
        ("Erik, jij hebt alweer mijn parkeerplek ingepikt", "P3", ["Erik"]),
        ("Karin's appeltaart op de vrijdagmiddagborrel was top", "P3", ["Karin"]),
        ("Housewarming at Joost's new place on Friday, bring chips", "P4", ["Joost"]),
        ("Smeets heeft de verkoopactie weer perfect geregeld", "P3", ["Smeets"]),
        ("Shoutout to the guy from finance who fixed my expense claim", "P3", ["the guy"]),
        ("Wat een chaos sinds de nieuwe directeur er zit", "P3", ["de nieuwe directeur"]),
        ("My line manager approved my leave in five minutes", "P3", ["My line manager"]),
        ("Lisa heeft vandaag haar zwemdiploma gehaald", "P3", ["Lisa"]),
        ("Happy birthday to my niece Lisa!", "P3", []),
        ("Erik Scherder gaf een mooie lezing over het brein", "P3", []),
        ("Molenaar gezocht voor de oude molen in het dorp", "P3", []),
        ("De man van de verzekering belde vandaag terug", "P3", []),
    ],
)
def test_names_alone_in_dutch(spans: Spans, text: str, author: str, expected: list[str]) -> None:
    assert spans(text, author, Category.COLLEAGUE) == expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        ("Nadia's brownies at the team lunch were unreal", "B5", ["Nadia"]),
        ("Thanks Ravi for sorting out my expenses so quickly", "B3", ["Ravi"]),
        ("Bram you absolute legend, you covered my shift again", "B3", ["Bram"]),
        ("Fenwick has closed the biggest deal of the quarter", "B3", ["Fenwick"]),
        ("Ravi and I went hiking in the Alps, no phones", "B3", ["Ravi"]),
        ("My brother Ravi and I went hiking in the Alps, no phones", "B3", []),
        ("Nadia Boulanger wrote wonderful music", "B3", []),
        ("Booked a holiday in May with my sister", "B3", []),
    ],
)
def test_names_alone_in_english(english: Spans, text: str, author: str, expected: list[str]) -> None:
    assert english(text, author, Category.COLLEAGUE) == expected


# -- personal data ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        ("Steun mijn buurman: doneren kan op NL12ABNA0123456789", "P3", ["NL12ABNA0123456789"]),
        ("Mijn ex woont nu op Dorpsstraat 12 in Zwolle", "P3", ["Dorpsstraat 12 in Zwolle"]),
        ("Zijn BSN is 123456789, kan iemand helpen?", "P3", ["123456789"]),
        ("Get well soon Lisa, hope the chemo goes well", "P3", ["Get well soon Lisa, hope the chemo"]),
        ("Mijn rekeningnummer is NL12ABNA0123456789", "P3", []),
        ("Erik heeft de podcast opgenomen op kantoor", "P3", []),
    ],
)
def test_personal_data_in_context(spans: Spans, text: str, author: str, expected: list[str]) -> None:
    assert spans(text, author, Category.PERSONAL_DATA) == expected


# -- damaging without a strong word, and what is not damaging --------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        ("Noordkust's service is a disaster and nobody cares", "P3", ["disaster", "nobody cares"]),
        ("Werken bij Noordkust is als leven in de steentijd", "P3", ["steentijd"]),
        ("Noordkusts klantenservice is een ramp", "P3", ["ramp"]),
        ("Avoid NKZ, hun kaas is binnen een week bedorven", "P3", ["Avoid"]),
        ("Noordkust is a shit company", "P3", ["shit"]),
        ("Onze directeur is een sukkel", "P3", ["sukkel"]),
        ("Ik zou ze nooit kopen, die producten van Noordkust", "P3", ["zou ze nooit"]),
        ("Goedkope concurrenten van Noordkust leveren troep", "P3", []),
        ("Erik you absolute idiot, you ate my lunch", "P3", []),
        ("Fucking proud of Noordkust today", "P3", []),
    ],
)
def test_damaging_in_context(spans: Spans, text: str, author: str, expected: list[str]) -> None:
    assert spans(text, author, Category.DAMAGING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brightwell's delivery is like being stuck in 1990", ["like being stuck"]),
        ("Stay away from BWT, they never answer the phone", ["Stay away from"]),
        ("Cheap competitors cut corners, Brightwell does not", []),
    ],
)
def test_damaging_in_english(english: Spans, text: str, expected: list[str]) -> None:
    assert english(text, "B3", Category.DAMAGING) == expected


# -- conduct: demeaning words for groups -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die wijven bij de sportschool nemen alle apparaten in", ["wijven"]),
        ("What a bunch of skanks at that bar", ["skanks"]),
        ("Erik you absolute idiot, you ate my lunch", ["idiot"]),
        ("Gezellige avond met de buren", []),
    ],
)
def test_demeaning_words(spans: Spans, text: str, expected: list[str]) -> None:
    assert spans(text, "P3", Category.CONDUCT) == expected


# -- position: standing by a decision --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "found"),
    [
        ("Our pricing is fair and I stand by it.", "P1", True),
        ("Ik vind dat we onze prijsstrategie moeten vasthouden.", "P2", True),
        ("We were right to make Eneco our energy supplier.", "P1", True),
        ("Our pricing is fair and I stand by it.", "P3", False),
        ("I stand by my friends, always.", "P1", False),
    ],
)
def test_position_markers(spans: Spans, text: str, author: str, found: bool) -> None:
    assert (spans(text, author, Category.POSITION) == [""]) is found


# -- confidential: code names and ordinary words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noorderlicht gaat onze leveringen sneller maken, meer kan ik niet zeggen", ["Noorderlicht"]),
        ("Noorderlicht gezien boven de Waddenzee vannacht", []),
        ("Gehoord in het MT-overleg dat het magazijn in Zwolle volgend jaar gaat sluiten", None),
        ("De Q3-omzet is 14,8 miljoen, wordt pas in maart gepubliceerd", None),
        ("De jaarcijfers zijn gepubliceerd: omzet 14,8 miljoen, hoger dan vorig jaar", []),
    ],
)
def test_confidential_in_context(spans: Spans, text: str, expected: list[str] | None) -> None:
    found = spans(text, "P3", Category.CONFIDENTIAL)
    if expected is None:
        assert found  # a finding about the sentence
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel will halve our delivery times", ["Kestrel"]),
        ("The kestrel rollout to customers starts next month", ["kestrel"]),
        ("Saw a kestrel hovering over the dunes this morning", []),
        ("Heard in today's MT meeting that the Leeds branch is going to close", None),
    ],
)
def test_confidential_in_english(english: Spans, text: str, expected: list[str] | None) -> None:
    found = english(text, "B3", Category.CONFIDENTIAL)
    if expected is None:
        assert found
    else:
        assert found == expected


# -- relations: an ordinary word after an emoji starts a sentence -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sailing all day ⛵ Anchor down in a quiet bay", []),
        ("We ordered the bolts from Anchor again", ["Anchor"]),
    ],
)
def test_relation_after_emoji(english: Spans, text: str, expected: list[str]) -> None:
    assert english(text, "B3", Category.SUPPLIER) == expected
