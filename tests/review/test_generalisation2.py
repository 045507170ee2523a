"""Second generalisation round (ADR 0053): words judged in context, both languages.

The Dutch organization of ``conftest.py`` and an English one defined here
(a ferry operator with made-up people, relations and code names), so no case
leans on the organization of any labelled set.
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

POLICY = policy_yaml("Harbourline Ferries", ["Harbourline"], "en")
PEOPLE = """\
id,name,email,role,department,manager,groups
F1,Maud Ellery,m.ellery@harbourline.example,director,Board,,
F2,Casper van der Linden,c.vanderlinden@harbourline.example,manager,Catering,F1,
F3,Ingrid Solberg,i.solberg@harbourline.example,employee,Cardiologie,F2,
F4,Teun Maalderink,t.maalderink@harbourline.example,employee,Winkels,F2,
F5,Hamid Zarouali,h.zarouali@harbourline.example,employee,Logistiek,F2,
"""
RELATIONS = """\
name,kind,aliases
Pebble Provisions,supplier,Pebble
Kittiwake Hotels,customer,Kittiwake
Marlow Lodge,customer,
"""
CONFIDENTIAL = """\
Sirius
"""


@pytest.fixture(scope="module")
def ferry() -> Spans:
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="harbourline"))
    for name, content in (
        ("policy.yaml", POLICY),
        ("people.csv", PEOPLE),
        ("relations.csv", RELATIONS),
        ("confidential.txt", CONFIDENTIAL),
    ):
        (root / name).write_text(content, encoding="utf-8")
    reviewer = Reviewer(load_organization(root))

    def run(text: str, author: str, category: Category) -> list[str]:
        return [f.text for f in reviewer.review(text, author).findings if f.category == category]

    return run


# -- conduct -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Damn this scanner, it ate my receipt again", ["Damn"]),
        ("That bloody alarm went off at six", ["bloody"]),
        ("Bloody hell, the ferry is late again", ["Bloody hell"]),
        ("Wat een Eikel, die vent in de file", ["Eikel"]),
    ],
)
def test_mild_profanity_is_conduct(ferry: Spans, text: str, expected: list[str]) -> None:
    assert ferry(text, "F4", Category.CONDUCT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He came home with a bloody nose after rugby",
        "We zijn op vakantie in Kutschersdorf geweest",
        "Fietstocht langs Eikelenhorst en de dijk",
        "Grote levering voor Kittiwake vandaag",
    ],
)
def test_profanity_stem_inside_a_name_is_no_conduct(ferry: Spans, text: str) -> None:
    assert ferry(text, "F4", Category.CONDUCT) == []


# -- personal data ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "New number, same me: 06-12345678. Update your contacts!",
        "Mijn nummer ontbreekt in de app van de tennisclub. Voor wie het zoekt: 06-12345678",
        "Hamid and I ranked our sick days for fun, I won",
        "Teun klaagt over mijn salaris, ik verdien te weinig",
    ],
)
def test_own_or_shared_data_is_no_personal_data(ferry: Spans, text: str) -> None:
    assert ferry(text, "F4", Category.PERSONAL_DATA) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My buddy changed phones, his new number: 06-12345678", ["06-12345678"]),
        ("Na tien jaar zit Hamid Zarouali nog op het minimumloon", ["minimumloon"]),
        ("Casper van der Linden is underpaid and everybody knows it", ["underpaid"]),
        ("Nachtdienst: de patiënt op kamer 12 heeft longkanker, familie weet van niks", ["longkanker"]),
        ("Long shift. The guest in room 214 has diabetes and fainted at breakfast", ["diabetes"]),
    ],
)
def test_pay_and_health_of_identifiable_people(ferry: Spans, text: str, expected: list[str]) -> None:
    assert ferry(text, "F4", Category.PERSONAL_DATA) == expected


# -- customers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Long shift: had an argument with a passenger's husband about the cabins", ["a passenger"]),
        ("Lastige dienst. Een bewoner schreeuwde de hele gang bij elkaar", ["Een bewoner"]),
        ("Twenty minutes of arguing about where the crates go. Customer is king, apparently", ["Customer"]),
        ("Pebble delivered half the order again", ["Pebble"]),
        ("Kittiwake in Whitby wants another two hundred lunch boxes", ["Kittiwake"]),
        ("Weer besteld bij de kittiwake, supersnel", ["kittiwake"]),
    ],
)
def test_customers_and_suppliers_in_context(ferry: Spans, text: str, expected: list[str]) -> None:
    decision = [
        *ferry(text, "F4", Category.CUSTOMER),
        *ferry(text, "F4", Category.SUPPLIER),
    ]
    assert decision == expected


@pytest.mark.parametrize(
    "text",
    [
        "Had an argument with a guest at my own birthday party, awkward",
        "Pebble or sand? Our beach walk this morning settled it",
        "Found a smooth pebble on the beach for my daughter",
        "Pebble beaches are the best for skipping stones",
    ],
)
def test_ordinary_words_and_private_guests_are_no_relation(ferry: Spans, text: str) -> None:
    assert ferry(text, "F4", Category.CUSTOMER) == []
    assert ferry(text, "F4", Category.SUPPLIER) == []


# -- confidential -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guest wifi in the canteen: network HL-Visitors, password Seagull77!", "password Seagull77"),
        ("The ticket machines still accept the default admin password, great", "default admin password"),
        ("Casper says the reorg will hit Logistiek first, fingers crossed", "reorg"),
        ("Pebble belde: ze halen een partij soep terug, nog niet openbaar. Spannend", "nog niet openbaar"),
        ("Jaarlijkse prijsonderhandeling met Pebble: zij willen 12% meer, wij bieden 4%.", "12%"),
        ("Kittiwake gaat akkoord met de offerte van €250.000!", "€250.000"),
        ("Sirius goes live for the booking team next month", "Sirius"),
    ],
)
def test_internal_information_is_confidential(ferry: Spans, text: str, expected: str) -> None:
    found = ferry(text, "F4", Category.CONFIDENTIAL)
    assert any(expected in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Clear night at sea: Sirius is bright above the horizon, what a view",
        "The union negotiated a 3% raise in the new cao for everyone",
        "Forgot my password again, third time this week",
        "The password manager we use at home is great",
        "Onze buurman onderhandelt al weken over zijn auto, hij wil 10% korting",
    ],
)
def test_ordinary_talk_is_not_confidential(ferry: Spans, text: str) -> None:
    assert ferry(text, "F4", Category.CONFIDENTIAL) == []


# -- colleagues ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Big thanks to @caspervdlinden for the new menu cards", ["@caspervdlinden"]),
        ("Nice work @cvdlinden on the galley refit", ["@cvdlinden"]),
        ("Onze nieuwe hoofd logistiek wil alles anders, zucht", ["Onze nieuwe hoofd logistiek"]),
        ("Our head of catering finally approved the menu", ["Our head of catering"]),
        ("Third burnout in cardiology this month, Ingrid is out for weeks", ["Ingrid"]),
        ("Teun's speech at the store managers' day was great", ["Teun"]),
    ],
)
def test_colleagues_in_context(ferry: Spans, text: str, expected: list[str]) -> None:
    assert ferry(text, "F5", Category.COLLEAGUE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mijn hoofd tolt na die lange vaart",
        "My head hurts after that crossing",
        "Wat een wedstrijd! Casper van der Linden had nooit weg moeten gaan als trainer",
        "Great match, Maud Ellery was brilliant as the striker today",
    ],
)
def test_no_colleague_without_one(ferry: Spans, text: str) -> None:
    assert ferry(text, "F5", Category.COLLEAGUE) == []


def test_health_of_a_colleague_found_by_department_synonym(ferry: Spans) -> None:
    text = "Third burnout in cardiology this month, Ingrid is out for weeks"
    assert ferry(text, "F5", Category.PERSONAL_DATA) == ["burnout"]
