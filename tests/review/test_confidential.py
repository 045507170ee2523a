from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kickoff van Project Noorderlicht vandaag!", ["Project Noorderlicht"]),
        ("Can't wait for #ProjectNoorderlicht to launch", ["ProjectNoorderlicht"]),
        ("De Kompas-app gaat volgende week live", ["Kompas-app"]),
        ("Het wifi-wachtwoord is Melk2025! voor wie het zoekt", ["Het wifi-wachtwoord is Melk2025!"]),
        ("The door code is 4711# btw", ["The door code is 4711#"]),
        (
            "Q2 revenue came in at €12.4M, 6% under budget. Don't tell anyone",
            ["Q2 revenue came in at €12.4M, 6% under budget"],
        ),
        ("Omzet Q1 is 9% gestegen, nog voor het persbericht", ["Omzet Q1 is 9%"]),
    ],
)
def test_confidential_is_found(spans: Spans, text: str, expected: list[str]) -> None:
    assert spans(text, "P3", Category.CONFIDENTIAL) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wat een prachtig noorderlicht gisteren boven de Wadden",
        "Ran 21,1 km in 1:54:12 today, new PR!",
        "Airlines charging €40 for a carry-on bag is ridiculous",
        "Vergeet je wachtwoord niet te veranderen, tip van de dag",
        "Volgend jaar verhuizen we naar een groter huis in Zwolle",
    ],
)
def test_ordinary_text_is_not_confidential(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.CONFIDENTIAL) == []


def test_layoff_plans_are_confidential(spans: Spans) -> None:
    found = spans(
        "Nog niet officieel, maar volgend jaar gaan er 20 banen in het magazijn verdwijnen.",
        "P3",
        Category.CONFIDENTIAL,
    )
    assert len(found) == 1
