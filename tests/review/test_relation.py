from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Vandaag zes ritten voor Lidl Nederland", Category.CUSTOMER, ["Lidl Nederland"]),
        ("Lekker druk bij de lidl vandaag", Category.CUSTOMER, ["lidl"]),
        ("Onze nieuwe heftrucks van Still zijn top", Category.SUPPLIER, ["Still"]),
        ("Great service from Still Intralogistics today", Category.SUPPLIER, ["Still Intralogistics"]),
        ("Weer een Action-bon gekregen", Category.CUSTOMER, ["Action"]),
        ("Ruzie gehad met een klant over de factuur", Category.CUSTOMER, ["een klant"]),
        ("Eneco's monteur was er snel", Category.SUPPLIER, ["Eneco"]),
    ],
)
def test_relations_are_found(spans: Spans, text: str, category: Category, expected: list[str]) -> None:
    assert spans(text, "P3", category) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I still can't believe we won",
        "Still, a good day at the beach",
        "Time for action, people!",
        "Action speaks louder than words",
        "Een klant is koning, zeggen ze",
    ],
)
def test_homonyms_are_no_relation(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.CUSTOMER) == []
    assert spans(text, "P3", Category.SUPPLIER) == []
