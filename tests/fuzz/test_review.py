"""Fuzzing ``Reviewer.review``: any text gives a Decision with offsets inside it, or a clear error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.errors import InputError, NotFoundError
from mediacode.org.demo.folder import build_demo_folder
from mediacode.review.decision import Decision
from mediacode.review.reviewer import MAX_POST_CHARACTERS
from tests.fuzz.demo_reviewer import demo_org, demo_reviewer
from tests.fuzz.lines import ODD_CHARACTERS
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

SAMPLE_POSTS = tuple(post.text for post in build_demo_folder().posts)
_words = st.sampled_from(sorted({word for text in SAMPLE_POSTS for word in text.split()}))
_piece = st.one_of(
    _words,
    st.sampled_from(ODD_CHARACTERS),
    st.sampled_from((" ", "\n", "\n\n", ". ", "@", "06-12345678", "NL91ABNA0417164300", "€480.000", "6%")),
    st.text(st.characters(codec="utf-8"), max_size=8),
)
post_text = st.lists(_piece, max_size=80).map("".join)


def _check(decision: Decision, text: str) -> None:
    assert isinstance(decision, Decision)
    for finding in decision.findings:
        if finding.start is not None or finding.end is not None:
            assert finding.start is not None and finding.end is not None
            assert 0 <= finding.start <= finding.end <= len(text), (finding.start, finding.end, len(text))


def _review(text: str, author: str | None) -> None:
    try:
        decision = demo_reviewer().review(text, author)
    except InputError:
        assert not text.strip(), "only an empty text is an input error"
        return
    _check(decision, text)


@FUZZ
@given(post_text, st.sampled_from((None, "first")))
def test_any_text_gives_a_decision_with_offsets_inside(text: str, author: str | None) -> None:
    _review(text, demo_org().people[0].id if author else None)


@FUZZ
@given(st.sampled_from(SAMPLE_POSTS), st.lists(st.tuples(st.integers(0, 10_000), _piece), max_size=6))
def test_mutated_sample_posts_give_a_decision(text: str, edits: list[tuple[int, str]]) -> None:
    for at, piece in edits:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    _review(text, None)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u200f", "\t\r\n", "\x00"])
def test_blank_text_is_an_input_error(text: str) -> None:
    if text.strip():
        _review(text, None)
        return
    with pytest.raises(InputError):
        demo_reviewer().review(text, None)


def test_an_unknown_author_is_not_found() -> None:
    with pytest.raises(NotFoundError):
        demo_reviewer().review("hallo", "nobody-here")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a " * 500_000, id="1MB-words"),
        pytest.param("x\n" * 500_000, id="1MB-lines"),
        pytest.param("\u202e\u200f" * 250_000 + "hallo", id="1MB-bidi"),
        pytest.param("\x00\x1b" * 500_000 + "hallo", id="1MB-control"),
        pytest.param((" ".join(SAMPLE_POSTS) * 2000)[:1_000_000], id="1MB-sample-posts"),
    ],
)
def test_a_1mb_post_is_a_clear_error_not_minutes_of_work(text: str) -> None:
    with pytest.raises(InputError, match="not reviewed"):
        demo_reviewer().review(text, None)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(("a " * 50_000)[:MAX_POST_CHARACTERS], id="longest-words"),
        pytest.param(("x\n" * 50_000)[:MAX_POST_CHARACTERS], id="longest-lines"),
        pytest.param((" ".join(SAMPLE_POSTS) * 200)[:MAX_POST_CHARACTERS], id="longest-sample-posts"),
    ],
)
def test_the_longest_allowed_post_is_reviewed(text: str) -> None:
    _check(demo_reviewer().review(text, None), text)
