"""Third generalisation round (ADR 0053): conduct, personal data, colleagues and customers.

The Dutch organization of ``conftest.py`` (author P3) and the English ferry operator of
``test_generalisation2.py`` (author F4); no case leans on the organization of any labelled set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category
from tests.review.test_generalisation2 import ferry  # noqa: F401  (the English organization)

Spans = Callable[[str, str, Category], list[str]]


# -- conduct -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What the f*ck is this queue", ["f*ck"]),
        ("Sh!t happens, on to the next one", ["Sh!t"]),
        ("Another f-ck up at the terminal", ["f-ck"]),
        ("Who parked that, f***!", ["f***"]),
        ("Some a**hole took my parking spot", ["a**hole"]),
        ("Night shift done, tired af.", ["af"]),
        ("Can't be arsed to cook tonight", ["arsed"]),
        ("Don't be such a dick about the rota", ["dick"]),
        ("Screw you, printer", ["Screw you"]),
        ("Stop calling her a stupid cow", ["stupid cow"]),
    ],
)
def test_english_profanity_variants(ferry: Spans, text: str, expected: list[str]) -> None:  # noqa: F811
    assert ferry(text, "F4", Category.CONDUCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("K*tweer weer vandaag", ["K*tweer"]),
        ("Kl*te trein, alweer vertraagd", ["Kl*te"]),
        ("Het is kk druk in de stad", ["kk"]),
        ("Zo kanker koud vanochtend", ["kanker"]),
        ("Takkeweer, fiets laten staan", ["Takkeweer"]),
        ("Potverdomme, sleutels vergeten", ["Potverdomme"]),
        ("Joost, ouwe zak, gefeliciteerd!", ["ouwe zak"]),
        ("Wat een klojo, die automobilist", ["klojo"]),
        ("Ik word er pisnijdig van", ["pisnijdig"]),
    ],
)
def test_dutch_profanity_variants(spans: Spans, text: str, expected: list[str]) -> None:
    assert spans(text, "P3", Category.CONDUCT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kanker is een vreselijke ziekte, loop mee voor het KWF",
        "De kanker is goed behandeld, ze is weer thuis",
        "Ik ben af en toe moe na de vroege dienst",
        "Hij viel vijf kilo af deze winter",
        "De takken van de eik hangen over de schutting",
        "Verdorie, trein gemist",
    ],
)
def test_dutch_words_that_look_profane_are_not(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.CONDUCT) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dick from the booking office retires on Friday",
        "A spic and span galley after the inspection",
        "T-shirts and X-rays, the usual ferry clinic",
        "Mail the roster to jan@example.com please",
        "50% off! #sale",
    ],
)
def test_english_words_that_look_profane_are_not(ferry: Spans, text: str) -> None:  # noqa: F811
    assert ferry(text, "F4", Category.CONDUCT) == []


# -- personal data ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lisa zit al drie maanden ziek thuis, overspannen", ["ziek thuis, overspannen"]),
        ("Lisa slikt antidepressiva sinds de reorganisatie", ["antidepressiva"]),
        ("Lisa kreeg een schriftelijke berisping", ["berisping"]),
        ("Lisa woont op nummer 12 in de Kerkstraat", ["nummer 12 in de Kerkstraat"]),
        ("Lisa woont in 1234 AB, huisnummer 56", ["1234 AB, huisnummer 56"]),
        ("Lisa is met zwangerschapsverlof", ["zwangerschapsverlof"]),
    ],
)
def test_dutch_personal_facts(spans: Spans, text: str, expected: list[str]) -> None:
    assert spans(text, "P3", Category.PERSONAL_DATA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingrid earns 4200 a month, more than her manager", ["earns 4200 a month"]),
        ("Ingrid has ADHD, so go easy on her", ["ADHD"]),
        ("Ingrid got a reprimand from the board", ["reprimand"]),
        ("Ingrid moved to number 4 on Mill Lane", ["number 4 on Mill Lane"]),
        ("Ingrid is on maternity leave until May", ["maternity leave"]),
    ],
)
def test_english_personal_facts(ferry: Spans, text: str, expected: list[str]) -> None:  # noqa: F811
    assert ferry(text, "F4", Category.PERSONAL_DATA) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Bus nummer 12 in de Dorpsstraat reed door rood", "nl"),
        ("Ik woon op nummer 12 in de Kerkstraat", "nl"),
        ("Joost is ziek, ik ook", "nl"),
        ("Ingrid signed off on the budget", "en"),
        ("Please add Ingrid to the thread", "en"),
        ("Paris is sick of tourists", "en"),
    ],
)
def test_no_personal_data_of_another(spans: Spans, ferry: Spans, text: str, org: str) -> None:  # noqa: F811
    run, author = (spans, "P3") if org == "nl" else (ferry, "F4")
    assert run(text, author, Category.PERSONAL_DATA) == []


# -- colleagues ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("Vraag het even aan lisa.devries@ als je een sleutel nodig hebt", "nl", ["lisa.devries@"]),
        ("Questions? Ask m.ellery@ before Friday", "en", ["m.ellery@"]),
        ("Maud Ellery is a legend, best director this ferry company ever had", "en", ["Maud Ellery"]),
    ],
)
def test_colleague_by_short_address_and_at_work(
    spans: Spans,
    ferry: Spans,  # noqa: F811
    text: str,
    org: str,
    expected: list[str],
) -> None:
    run, author = (spans, "P3") if org == "nl" else (ferry, "F4")
    assert run(text, author, Category.COLLEAGUE) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Saw Maud Ellery's old boat in the maritime museum, what a legend", "en"),
        ("Mail info@ als je vragen hebt", "nl"),
    ],
)
def test_famous_namesake_and_role_mailbox_are_no_colleague(
    spans: Spans,
    ferry: Spans,  # noqa: F811
    text: str,
    org: str,
) -> None:
    run, author = (spans, "P3") if org == "nl" else (ferry, "F4")
    assert run(text, author, Category.COLLEAGUE) == []


# -- customers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weer besteld bij de kittiwake, supersnel", ["kittiwake"]),
        ("Kittiwake in Whitby wants another two hundred lunch boxes", ["Kittiwake"]),
    ],
)
def test_customer_written_as_a_name(ferry: Spans, text: str, expected: list[str]) -> None:  # noqa: F811
    assert ferry(text, "F4", Category.CUSTOMER) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Een kittiwake broedt op de klif achter ons huis",
        "A kittiwake nests on the cliff behind our house",
        "Kittiwake 2 spotted from the deck, birding is fun",
    ],
)
def test_customer_name_as_everyday_word(ferry: Spans, text: str) -> None:  # noqa: F811
    assert ferry(text, "F4", Category.CUSTOMER) == []
