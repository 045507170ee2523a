from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail Omar gerust op omar.aziz1990@gmail.com", ["omar.aziz1990@gmail.com"]),
        ("Need Lisa from finance? Call her on 06-12345678", ["06-12345678"]),
        ("Bel Erik van het magazijn: +31 20 555 1234", ["+31 20 555 1234"]),
        ("Maak het over naar NL91 ABNA 0417 1643 00 t.n.v. Lisa de Vries", ["NL91 ABNA 0417 1643 00"]),
        ("De nieuwe collega op het magazijn heeft BSN 111222333, iemand een idee?", ["111222333"]),
        ("Delivered a parcel to a customer at Dorpsstraat 12 in Ede", ["Dorpsstraat 12 in Ede"]),
        ("Gefeliciteerd Omar Aziz! Geboren op 03-05-1990", ["Geboren op 03-05-1990"]),
        ("Omar Aziz zit thuis met een burn-out", ["zit thuis met een burn-out"]),
        ("Heard Erik from the warehouse got a written warning", ["written warning"]),
        ("Lisa de Vries krijgt een bonus van €2.000", ["bonus van €2.000"]),
        ("Omar had gisteren een paniekaanval in het magazijn", ["paniekaanval"]),
        ("Meneer de Boer heeft weer een valpartij gehad", ["valpartij"]),
        ("Mevrouw van kamer 12 ligt sinds gisteren in het ziekenhuis", ["ziekenhuis"]),
        ("Erik has been signed off with stress for a month now", ["signed off with stress"]),
        ("Omar's been off with stress for three weeks now", ["off with stress"]),
        ("Lisa is off work with a bad back again", ["off work with"]),
        ("Lisa woont op de Melkweg 20 in Urk, stuur gerust een kaartje", ["Melkweg 20 in Urk"]),
        ("Mail Omar op omar.aziz [at] gmail [dot] com", ["omar.aziz [at] gmail [dot] com"]),
        ("Lisa's mail: lisa.dv(at)kpn(punt)nl", ["lisa.dv(at)kpn(punt)nl"]),
        ("Omars rekeningnummer: nl91abna0417164300, stort maar", ["nl91abna0417164300"]),
        ("Erik zit thuis met hartklachten", ["zit thuis met"]),
        # made-up numbers no network issued, given as phone numbers
        ("Need HR? Call Lisa on +44 7700 900123", ["+44 7700 900123"]),
        ("Omar's new cell is (555) 123-4567, text him", ["(555) 123-4567"]),
        ("Bel Erik gerust, zijn nummer is 0123 456 789", ["0123 456 789"]),
    ],
)
def test_personal_data_is_found(spans: Spans, text: str, expected: list[str]) -> None:
    assert spans(text, "P3", Category.PERSONAL_DATA) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Solliciteren? Stuur je cv naar jobs@noordkust.example",
        "Bel me gerust op 06-12345678 voor de fietsverkoop",
        "Mijn rekeningnummer is NL91 ABNA 0417 1643 00",
        "Ik ben al een week ziek thuis, balen",
        "Tip: drink genoeg water, ook als het niet warm is",
        "Ran 21,1 km in 1:54:12, factuur 2024-0012345 betaald",
        "Het nummer 123456789 is geen BSN",
        "Ordernummer 0123 456 789 is eindelijk geleverd",
        "I'm off with the flu today, back on Monday",
        "Omar is off with his kids to Spain for a week",
        "Lisa zit in de werkgroep voor Melkweg 2030, spannend",
        "We meet (at) noon [at] the office, see you there",
        "Mijn mail is lisa(at)kpn(punt)nl als je wilt",
        "Code nl12abcd3456789012 is geen rekening",
    ],
)
def test_own_or_generic_data_is_no_personal_data(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.PERSONAL_DATA) == []
