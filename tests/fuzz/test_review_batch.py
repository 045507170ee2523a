"""Fuzzing the JSONL batch of ``services.review``: one answer per line, a bad line never stops the batch."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.services.review import review_lines
from tests.fuzz.demo_reviewer import demo_org
from tests.fuzz.lines import decoded_bytes, odd_text
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

_json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), odd_text),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(odd_text, inner, max_size=3)),
    max_leaves=8,
)


@st.composite
def batch_line(draw: st.DrawFn) -> str:
    post: dict[str, object] = {
        "id": draw(st.one_of(odd_text, _json_value)),
        "author": draw(st.one_of(st.just(demo_org().people[0].id), odd_text, _json_value)),
        "text": draw(st.one_of(odd_text, _json_value)),
    }
    for key in draw(st.lists(st.sampled_from(sorted(post)), max_size=2)):
        post.pop(key, None)
    return json.dumps(post, ensure_ascii=draw(st.booleans()))


@FUZZ
@given(st.lists(st.one_of(batch_line(), odd_text, decoded_bytes, st.just(""), st.just("[]")), max_size=6))
def test_every_line_gets_one_answer(lines: list[str]) -> None:
    answers = list(review_lines(demo_org(), lines))
    assert len(answers) == len(lines)
    for answer in answers:
        assert ("error" in answer) != ("verdict" in answer), answer
        json.dumps(answer, ensure_ascii=False)
        if "error" in answer:
            assert isinstance(answer["error"], str) and answer["error"]


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("", "unreadable line: not valid JSON"),
        ("[]", "unreadable line: not a JSON object"),
        ('{"id": "1", "author": "x"}', "missing field 'text'"),
        ('{"id": 1, "author": "x", "text": "t"}', "field 'id' must be a string"),
        ('{"id": "1", "author": "nobody", "text": "t"}', "unknown author: not an id in people.csv"),
    ],
)
def test_bad_lines_give_their_error(line: str, error: str) -> None:
    (answer,) = review_lines(demo_org(), [line])
    assert answer["error"] == error
