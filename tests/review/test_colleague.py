from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        ("Welkom terug, Joost van den Berg!", "P2", ["Joost van den Berg"]),
        ("Great job by Lisa de Vries on the audit.", "P3", ["Lisa de Vries"]),
        ("Bedankt J. van den Berg voor de hulp", "P4", ["J. van den Berg"]),
        ("Omar van het magazijn heeft weer gewonnen 🏆", "P3", ["Omar"]),
        ("Lisa from finance saved my day", "P6", ["Lisa"]),
        ("Dokter Post gaf een goede workshop", "P3", ["Dokter Post"]),
        ("Lunch met @omar.aziz vandaag", "P3", ["@omar.aziz"]),
        ("Mijn leidinggevende is op vakantie", "P3", ["Mijn leidinggevende"]),
        ("My boss Karin bought cake", "P3", ["My boss", "Karin"]),
        ("A coworker in finance told me a joke", "P3", ["A coworker"]),
        ("Erik en Omar van het magazijn winnen de quiz", "P3", ["Erik", "Omar"]),
        ("Lisa heeft vandaag haar zwemdiploma gehaald", "P3", ["Lisa"]),
        ("Lisa is verdrietig sinds haar moeder overleed", "P3", ["Lisa"]),
        ("Erik en zijn dochter Lisa gingen zondag schaatsen", "P3", ["Erik"]),
        ("Molenaar's presentation was way too long", "P3", ["Molenaar"]),
        ("Vragen? e.molenaar@noordkust.example weet alles", "P3", ["e.molenaar@noordkust.example"]),
        ("Send your questions to L.deVries@noordkust.example.", "P3", ["L.deVries@noordkust.example"]),
        ("Onze bestuurder gaat met pensioen, afscheid op vrijdag", "P3", ["Onze bestuurder"]),
    ],
)
def test_colleagues_are_found(spans: Spans, text: str, author: str, expected: list[str]) -> None:
    assert spans(text, author, Category.COLLEAGUE) == expected


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Vandaag naar de molenaar in het dorp voor meel", "P3"),
        ("Ons team heeft het kwartaal goed afgesloten", "P3"),
        ("Our team is the best", "P3"),
        ("Mijn zoon Omar heeft zijn eerste tand", "P6"),
        ("Mijn nichtje Lisa heeft vandaag haar zwemdiploma gehaald", "P3"),
        ("Ik ben Joost van den Berg en ik werk hier graag", "P3"),
        ("Leuk om mijn collega's weer te zien", "P3"),
        ("Erik Jansen won de marathon", "P3"),
        ("Just read a great book by Lisa de Vries, the thriller writer", "P3"),
        ("Karin Smeets, de zangeres, gaf gisteren een concert in Ahoy", "P3"),
        ("Mail me gerust op j.vandenberg@noordkust.example", "P3"),
        ("Contact: e.molenaar1980@gmail.com", "P3"),
    ],
)
def test_non_colleagues_are_left_alone(spans: Spans, text: str, author: str) -> None:
    assert spans(text, author, Category.COLLEAGUE) == []
