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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("If you ask me, our pricing is far too low for what we deliver.", True),
        ("Hot take: our return-to-office policy is the right call.", True),
        ("Unpopular opinion: Noordkust Zuivel should stop its webshop.", True),
        ("Eerlijk is eerlijk: ons retourbeleid is een puinhoop.", True),
        ("Niet zolang ik hier de baas ben: onze klanten blijven bij ons.", True),
        ("Biologisch is precies wat ons bedrijf nodig heeft, als je het mij vraagt.", True),
        ("If you ask me, the new Star Wars film is overrated.", False),
        ("Hot take: pineapple belongs on pizza 🍍", False),
        ("Eerlijk is eerlijk, die wandeling was zwaar.", False),
    ],
)
def test_ways_of_giving_an_opinion(rule_spans: Spans, text: str, found: bool) -> None:
    assert (rule_spans(text, "P2", Category.POSITION) == [""]) is found
