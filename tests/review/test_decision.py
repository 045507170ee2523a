from __future__ import annotations

import pytest

from mediacode.errors import InputError, NotFoundError
from mediacode.org.schema import Category, Severity
from mediacode.review import Reviewer
from mediacode.review.decision import Decision, verdict_of
from mediacode.review.finding import Finding
from mediacode.review.language import detect_language
from mediacode.review.reviewer import resolve_overlaps


def _finding(category: Category, severity: Severity, start: int | None = 0, end: int | None = 1) -> Finding:
    return Finding(category, start, end, "x", severity, "because", "test", "evidence")


@pytest.mark.parametrize(
    ("severities", "verdict"),
    [
        ([], Severity.ALLOWED),
        ([Severity.CAUTION], Severity.CAUTION),
        ([Severity.CAUTION, Severity.APPROVAL_REQUIRED], Severity.APPROVAL_REQUIRED),
        ([Severity.NOT_ALLOWED, Severity.CAUTION], Severity.NOT_ALLOWED),
    ],
)
def test_verdict_is_the_highest_severity(severities: list[Severity], verdict: Severity) -> None:
    assert verdict_of(_finding(Category.CONDUCT, s) for s in severities) == verdict


def test_as_dict_has_exactly_the_fields_of_the_contract() -> None:
    decision = Decision.of("en", [_finding(Category.POSITION, Severity.CAUTION, None, None)])
    data = decision.as_dict("p1")
    assert list(data) == ["id", "language", "verdict", "findings"]
    assert data["findings"] == [
        {
            "category": "position",
            "start": None,
            "end": None,
            "text": "x",
            "severity": "caution",
            "explanation": "because",
        }
    ]


def test_an_identifier_absorbs_spans_inside_it() -> None:
    email = Finding(Category.PERSONAL_DATA, 0, 20, "a", Severity.NOT_ALLOWED, "", "personal_data", "e-mail")
    name = _finding(Category.COLLEAGUE, Severity.CAUTION, 0, 6)
    assert resolve_overlaps([email, name]) == [email]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vandaag een mooie dag gehad met het team", "nl"),
        ("Great day with the team today", "en"),
        ("Congrats met je promotie, well deserved", "nl"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_severities_come_from_the_policy(reviewer: Reviewer) -> None:
    decision = reviewer.review("Kutweer vandaag", "P3")
    assert decision.verdict == Severity.CAUTION


@pytest.mark.parametrize(
    ("text", "author", "error"), [("", "P3", InputError), ("hoi", "NOPE", NotFoundError)]
)
def test_bad_input_is_a_clear_error(
    reviewer: Reviewer, text: str, author: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        reviewer.review(text, author)


def test_explanations_are_in_the_post_language(reviewer: Reviewer) -> None:
    nl = reviewer.review("Vandaag met Omar van het magazijn geluncht", "P3").findings[0]
    en = reviewer.review("Had lunch with Omar from the warehouse today", "P3").findings[0]
    assert "collega" in nl.explanation
    assert "colleague" in en.explanation
