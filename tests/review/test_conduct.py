from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holy shit, what a match", ["Holy shit"]),
        ("Kutweer vandaag", ["Kutweer"]),
        ("Fucking mooie avond gehad", ["Fucking"]),
        ("Tering, die gast sneed me af", ["Tering"]),
        ("Wat een tyfusdag was het", ["tyfusdag"]),
        ("People who litter are absolute morons", ["morons"]),
        ("What the fuck is wrong with people", ["What the fuck"]),
        ("What a cretin, cutting in line like that", ["cretin"]),
        ("Die lui op de snelweg, stelletje kneuzen", ["stelletje kneuzen"]),
        ("Total bullsh*t, this new parking rule", ["bullsh*t"]),
    ],
)
def test_profanity_is_found(spans: Spans, text: str, expected: list[str]) -> None:
    assert spans(text, "P3", Category.CONDUCT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De catering was uitstekend",
        "We visited Scunthorpe last weekend",
        "Mijn oom heeft kanker, sterkte allemaal",
        "Lopen voor KWF tegen kanker",
        "Verdorie, trein gemist",
        "Shiitake risotto tonight",
        "Mijn enkel kneuzen tijdens het hardlopen, balen",
        "A kneus on the knee from football",
    ],
)
def test_clean_text_has_no_conduct_finding(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.CONDUCT) == []
