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


def _plain_tokens(text: str) -> list[tuple[int, int, int, str, str, int, bool]]:
    """The words of ``text`` as ``prepare`` made them before round 3: one match at a time."""
    import unicodedata

    sentences = split_sentences(text)
    found = []
    previous_sentence, previous_end = -1, 0
    for index, match in enumerate(re.finditer(r"\w+", text)):
        start, end = match.span()
        sentence = next((k for k, (_, e) in enumerate(sentences) if start < e), len(sentences) - 1)
        gap = text[previous_end:start]
        symbol = any(not c.isascii() and unicodedata.category(c) == "So" for c in gap)
        word = match.group()
        found.append(
            (index, start, end, word, word.lower(), sentence, sentence != previous_sentence or symbol)
        )
        previous_sentence, previous_end = sentence, end
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Eén zin. Twee zinnen! En drie?",
        "  begint met spaties, eindigt met een punt.",
        "_onder_streept_ en 4,5 of 1.250.000 euro",
        "zeilen ⛵ Anker uit 🙃 toch?",
        "İstanbul ΑΣ.Α ß straße",
        "Wat?!?! Echt...\n\nJa.",
        "…",
        "x",
        "D. Hendriks en Dr. Kuipers zagen #Orion-migratie bij bol.com",
    ],
)
def test_prepare_finds_the_words_of_the_plain_tokeniser(text: str) -> None:
    """One split into words and gaps (docs/adr/0130) gives the words one match at a time gave."""
    post = prepare(text, "nl", None)
    tokens = post.tokens
    assert [(t.index, t.start, t.end, t.text, t.lower, t.sentence, t.sentence_start) for t in tokens] == (
        _plain_tokens(text)
    )
    assert post.token_starts == tuple(t.start for t in tokens)
    assert post.lower == text.lower()
    assert post.positions == {w: [t.index for t in tokens if t.lower == w] for w in post.lower_words}
    assert post.lower_words == frozenset(t.lower for t in tokens)
    assert post.sentence_tokens == tuple(
        tuple(t for t in tokens if t.sentence == number) for number in range(len(post.sentences))
    )


def test_lower_case_keeps_letters_and_digits_apart_from_the_rest() -> None:
    """What ``known_runs`` rests on: char by char, ``str.lower`` never makes a letter or digit of
    anything else nor the reverse, and only "İ" grows (capital sigma is excluded by name)."""
    import sys

    grows = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:
            grows.append(char)
        elif char.isalnum() != lower.isalnum():
            pytest.fail(f"U+{code:04X} changes from letter or digit to not, or back, in lower case")
    assert grows == ["İ"]


@pytest.mark.parametrize(
    "text",
    [
        "Eén zin. Twee zinnen! En drie?",
        "_onder_streept_ en snake_case_naam. Klaar_",
        "zeilen ⛵ Anker uit 🙃 toch?\n\nJa…",
        "ΑΣ.Α İstanbul",  # neither is remembered: lower case depends on the neighbours or grows
        "D. Hendriks en Dr. Kuipers. Straße ²½Ⅻ",
        "…",
    ],
)
def test_known_runs_are_the_runs_of_the_text(text: str) -> None:
    from mediacode.review.text import known_runs

    post = prepare(text, "nl", None)
    pieces = [post.lower, *(post.lower[s:e] for s, e in post.sentences)]
    remembered = [known_runs(piece) for piece in pieces]
    if "Σ" in text or "İ" in text:
        assert remembered == [None] * len(pieces)
    for piece, runs in zip(pieces, remembered, strict=True):
        assert runs is None or runs == frozenset(re.findall(r"[^\W_]+", piece))
        assert has_phrase(piece, ("snake", "zeilen", "dr", "x")) == _plain_has_phrase(
            piece, ("snake", "zeilen", "dr", "x")
        )


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("Vandaag hebben we het nieuwe magazijn geopend", "en", "nl"),  # read from the words
        ("Today we opened the new warehouse", "nl", "en"),
        ("Today the het nieuwe magazijn", "en", "en"),  # a tie and one Dutch "ij": the default
        ("the het ijs uit", "en", "nl"),  # a tie and two: Dutch
        ("Prima", "en", "en"),  # nothing tells: the default
        ("Prima", "fr", "nl"),
        ("Don't ask, it's fine", "nl", "en"),  # apostrophes: read by detect_language
        ("Zo'n dag, m'n team", "en", "nl"),
        ("Om 9 uur is de uitreiking van de prijs", "en", "nl"),  # a digit: read by detect_language
        ("ΣΟΦΙΑ and the team", "nl", "en"),  # a capital sigma: read by detect_language
        ("İstanbul met het team", "en", "nl"),  # lower case grows: read by detect_language
    ],
)
def test_the_language_of_the_words_is_the_language_detected(text: str, default: str, expected: str) -> None:
    from mediacode.review.language import detect_language

    assert detect_language(text, default) == expected
    assert prepare(text, None, None, default).language == expected
    assert prepare(text, "nl", None, default).language == "nl"  # a given language is kept


@pytest.mark.parametrize(
    ("text", "kinds", "expected"),
    [
        ("Mijn leidinggevende zei het in het overleg", {"role"}, True),  # a phrase
        ("Mijn leidinggevende zei het in het overleg", {"meeting", "profane"}, True),
        ("Mijn leidinggevende zei het", {"meeting", "profane"}, False),
        ("What the fuck, idiot", {"profane"}, True),  # a word test
        ("Ze heeft een longontsteking", {"health"}, True),
        ("Lekker gefietst vandaag", {"role", "profane", "health"}, False),
    ],
)
def test_has_cue_answers_as_the_cues(text: str, kinds: set[str], expected: bool) -> None:
    from mediacode.review.cues import find_cues, has_cue

    post = prepare(text, "nl", None)
    assert any(c.kind in kinds for c in find_cues(post)) is expected
    assert has_cue(post, frozenset(kinds)) is expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Onze klanten en our products, onze", ["offering", "offering"]),
        ("our", []),
        ("Lekker gefietst vandaag.", []),
    ],
)
def test_employer_finds_our_business_in_text_order(example_org: Path, text: str, kinds: list[str]) -> None:
    refs = employer_index(load_organization(example_org)).find(prepare(text, "nl", None))
    assert [r.kind for r in refs] == kinds
    assert [r.start for r in refs] == sorted(r.start for r in refs)
