from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    ("text", "author", "found"),
    [
        ("Ik vind dat Noordkust Zuivel meer moet investeren in biologische melk.", "P1", True),
        ("In my view our prices are too low. Quality is worth paying for.", "P2", True),
        ("Personally, I think NKZ is right to keep investing.", "P8", True),
        ("Ik vind dat Noordkust Zuivel meer moet investeren in biologische melk.", "P3", False),
        ("Weekendje Texel met het gezin, heerlijk", "P1", False),
        ("Spoke at a meetup in Utrecht last night, thanks all", "P2", False),
    ],
)
def test_position_needs_role_opinion_and_business(spans: Spans, text: str, author: str, found: bool) -> None:
    assert (spans(text, author, Category.POSITION) == [""]) is found
