"""The speed-ups of docs/adr/0055 (round 2) answer exactly as the plain forms they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.review.employer import employer_index
from mediacode.review.phrase_index import has_phrase
from mediacode.review.text import prepare, split_sentences


def _plain_has_phrase(lower_text: str, phrases: tuple[str, ...]) -> str | None:
    """The longest-first alternation has_phrase used before its trie and its first-run check."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered) or "(?!)"
    match = re.search(rf"(?<![^\W_])({body})(?![^\W_])", lower_text)
    return match.group(1) if match else None


_PHRASES = ("reorganisatie", "reorganisaties", "reorganiseren", "re", "all-hands", "can't say more", "fte")


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        ("de reorganisaties komen", _PHRASES, "reorganisaties"),  # the longest at the leftmost place
        ("de reorganisatiesx komen", _PHRASES, None),  # no boundary after any of them
        ("re: de reorganisatie", _PHRASES, "re"),  # leftmost wins over longest
        ("de_reorganisatie", _PHRASES, "reorganisatie"),  # an underscore is a boundary
        ("dereorganisatie", _PHRASES, None),  # a letter before is not
        ("2fte weg", _PHRASES, None),
        ("the all-hands is today", _PHRASES, "all-hands"),
        ("we can't say more", _PHRASES, "can't say more"),
        ("we can't say much", _PHRASES, None),
        ("nothing here", _PHRASES, None),
        ("", _PHRASES, None),
        ("a #tag", ("#tag",), "#tag"),  # a phrase that begins with a sign is always searched for
        ("a#tag", ("#tag",), None),  # a letter right before it is no boundary
        ("anything", ("",), None),  # an empty phrase alone finds nothing
        ("x y", ("x", ""), "x"),
    ],
)
def test_has_phrase_answers_as_the_plain_alternation(
    text: str, phrases: tuple[str, ...], expected: str | None
) -> None:
    assert has_phrase(text, phrases) == expected
    assert _plain_has_phrase(text, phrases) == expected
    assert has_phrase(text, phrases) == expected  # the second call reads the remembered runs


def _plain_sentence_ends(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[.!?…]+(?:[\s\"')\]]+|$)|\n+", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Eén zin. Twee zinnen! En drie?",
        "Wat?!?! Echt...\n\nJa.",
        'Hij zei "klaar." Toen ging hij.',
        "D. Hendriks en Dr. Kuipers, €41.7M.",
        "geen einde",
        "...",
        "\n\n",
        "Klaar ⛵ Anker uit… (echt.) Ja",
    ],
)
def test_sentences_split_as_before(text: str) -> None:
    from mediacode.review.text import _SENTENCE_END

    assert [m.span() for m in _SENTENCE_END.finditer(text)] == _plain_sentence_ends(text)
    assert split_sentences(text)  # never empty


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Mijn werkgever is een grap.", ["employer"]),
        ("Lekker gefietst vandaag.", []),
    ],
)
def test_one_employer_index_per_organization_remembers_its_last_post(
    example_org: Path, text: str, kinds: list[str]
) -> None:
    org = load_organization(example_org)
    index = employer_index(org)
    assert employer_index(org) is index
    post = prepare(text, "nl", None)
    refs = index.find(post)
    assert [r.kind for r in refs] == kinds
    assert index.find(post) is refs  # the same post: the same answer, not a second search
    other = prepare(text, "nl", None)
    assert index.find(other) == refs and (not refs or index.find(other) is not refs)
