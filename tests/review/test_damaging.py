from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    "text",
    [
        "Noordkust Zuivel is het slechtste bedrijf waar ik ooit gewerkt heb",
        "NKZ is een zinkend schip, zoek een andere baan",
        "My employer is a joke. Underpaid and overworked.",
        "De directie liegt gewoon tegen iedereen",
        "Lidl is echt de meest waardeloze klant die we hebben",
        "Karin Smeets is the most incompetent manager I ever had",
        "Onze klantenservice is een lachertje",
    ],
)
def test_disparaging_the_organization_is_damaging(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.DAMAGING) != []


@pytest.mark.parametrize(
    "text",
    [
        "Proud to work at Noordkust Zuivel, great team!",
        "Maandag weer, lange dag vandaag",
        "Wat een vreselijke file op de A7",
        "Zorgverzekeraars zijn echt waardeloos geworden",
        "Twee jaar bij NKZ! I had no idea how much work goes into cheese",
        "Bij Noordkust is het niet slecht werken",
    ],
)
def test_grumbling_or_other_targets_are_not_damaging(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.DAMAGING) == []
