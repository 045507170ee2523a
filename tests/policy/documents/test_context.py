"""Small pieces of the context builder: month arithmetic and literal text."""

from __future__ import annotations

import datetime as dt

import pytest

from mediacode.policy.documents.context import add_months
from mediacode.policy.documents.markdown_text import literal


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 3, 1), 12, dt.date(2027, 3, 1)),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 11, 15), 2, dt.date(2027, 1, 15)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
        (dt.date(2026, 12, 31), 24, dt.date(2028, 12, 31)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[PRIVE]", "\\[PRIVE\\]"),
        ("a *b* _c_", "a \\*b\\* \\_c\\_"),
        ("<b>&amp;", "\\<b\\>\\&amp;"),
        ("two\nlines", "two lines"),
        ("Privé", "Privé"),
    ],
)
def test_literal(text: str, expected: str) -> None:
    assert literal(text) == expected
