"""The shortcuts of docs/adr/0152 (review speed round 7) give the same answers as the plain questions:
the flagged words of a post against each word test asked of every word, on every labelled post but
held-out 3 (original and lower case) and on made-up posts."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from functools import cache

import pytest

from mediacode.review.detectors import conduct, personal_data
from mediacode.review.features import MASKS
from mediacode.review.lexicon import negativity, profanity
from mediacode.review.lexicon.personal_words import ADDRESS_SUFFIXES, HEALTH_SUFFIXES
from mediacode.review.text import prepare
from mediacode.review.word_tests import (
    CUE_WORD,
    HEALTH_COMPOUND,
    JUDGEMENT,
    NEGATIVE,
    PROFANE,
    STREET_END,
    cue_word_kind,
    flagged_indices,
    flagged_words,
    health_compound,
    may_be_judgement,
    may_be_profane,
    negative,
    negative_words,
    word_flags,
)
from tests.conftest import ROOT

MADE_UP = [
    "Wat een kutdag, die klant is echt een idioot!!",
    "Hij zit thuis met buikgriep en een darmontsteking.",
    "Fuuuck, sh1t, f*ck: the meeting was bad.",
    "Kanker druk vandaag. Tyfusmaandag.",
    "Lovely walk on the beach today with the dog!",
    "Niet slecht, die nieuwe koffieautomaat.",
    "İstanbul was prachtig; ΣΟΦΙΑ ook.",
    "buikgriep buikgriep kut kut",  # a word twice: both tokens
    "",
    "x",
]


@cache
def _labelled_texts() -> tuple[str, ...]:
    """The posts of every labelled set but the third held-out one (which ``labelled_sets`` does not load)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from labelled_sets import labelled_sets

    return tuple(str(p["text"]) for s in labelled_sets() if "heldout3" not in s.name for p in s.posts)


def _texts() -> Iterator[str]:
    texts = _labelled_texts()
    yield from texts
    yield from (text.lower() for text in texts)
    yield from MADE_UP


def _has_kind(word: str) -> bool:
    return cue_word_kind(word) is not None


_TESTS: list[tuple[int, Callable[[str], object]]] = [
    (CUE_WORD, _has_kind),
    (JUDGEMENT, may_be_judgement),
    (PROFANE, may_be_profane),
    (HEALTH_COMPOUND, health_compound),
    (NEGATIVE, negative),
    (STREET_END, lambda word: word.endswith(ADDRESS_SUFFIXES)),
]


@pytest.mark.parametrize(("flag", "test"), _TESTS)
def test_flagged_indices_are_where_the_test_holds(flag: int, test: Callable[[str], object]) -> None:
    for text in _texts():
        post = prepare(text, "nl", None)
        assert flagged_indices(post, flag) == post.indices_where(test), text


@pytest.mark.parametrize(
    ("word", "flags"),
    [
        ("kut", CUE_WORD | JUDGEMENT | PROFANE),
        ("idioot", CUE_WORD | JUDGEMENT | PROFANE),
        ("buikgriep", CUE_WORD | HEALTH_COMPOUND),
        ("griep", 0),  # a health ending alone is no compound
        ("slecht", JUDGEMENT | NEGATIVE),
        ("koffie", 0),
        ("kerkstraat", STREET_END),
        ("weg", STREET_END),
        ("de", 0),
        ("", 0),
    ],
)
def test_word_flags(word: str, flags: int) -> None:
    expected = sum(bit for bit, test in _TESTS if test(word))
    assert expected == flags  # the table itself is right
    assert word_flags(word) == flags


def test_flagged_words_are_made_once_per_post_and_hold_no_unflagged_word() -> None:
    post = prepare("Die klant is een idioot, maar de koffie is goed.", "nl", None)
    flagged = flagged_words(post)
    assert flagged_words(post) is flagged
    assert set(flagged) == {"idioot"}
    other = prepare("Die klant is een idioot, maar de koffie is goed.", "nl", None)
    assert flagged_words(other) is not flagged  # another post (even of the same text): made anew


def test_cue_word_kind_reads_the_lists() -> None:
    """Every kind of word list is found, so a word the lead adds to a list is flagged with it."""
    assert all(cue_word_kind(w) == "profane" for w in profanity.WORDS if w not in profanity.EXCEPTIONS)
    insults = negativity.INSULTS - profanity.WORDS - profanity.EXCEPTIONS
    assert all(cue_word_kind(w) == "insult" for w in insults if not w.startswith(tuple(profanity.STEMS)))
    assert all(cue_word_kind("buik" + s) == "health" for s in HEALTH_SUFFIXES)
    assert all(word_flags("buik" + s) & HEALTH_COMPOUND for s in HEALTH_SUFFIXES)


@pytest.mark.parametrize("mask", [*MASKS, "<DEPT>"])
def test_no_mask_is_negative(mask: str) -> None:
    """``_cues`` tests the masked words against the post's negative words: a mask must never be one."""
    assert not negative(mask)
    assert not negative(mask.lower())


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Wat een slechte dag, echt slecht.", {"slechte", "slecht"}),
        ("Niet slecht!", {"slecht"}),
        ("Mooie dag vandaag.", set()),
        ("", set()),
    ],
)
def test_negative_words(text: str, words: set[str]) -> None:
    post = prepare(text, "nl", None)
    assert negative_words(post) == words
    assert negative_words(post) == {w for w in post.lower_words if negative(w)}


_MASK_PIECES = ("f", "ck", "sh", "t", "kut", "*", "#", "@", "$", "%", "!", "-", " ", ".", "5", "é", "_")


def _masked_without_pre_test(text: str) -> list[tuple[int, int]]:
    """``conduct._masked`` with a pre-test that lets every text through."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conduct, "_MAY_MASK", re.compile(r""))
        return conduct._masked(text)


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("Wat een f*cking dag", True),
        ("sh!t happens", True),
        ("f-ck", True),
        ("Hello!! Hello!", True),  # "!!": let through, the search finds nothing
        ("f***", True),
        ("50% korting, #tag @naam", False),
        ("Hello! Mooi weer.", False),
        ("a - b", False),
        ("", False),
    ],
)
def test_the_masking_pre_test(text: str, passes: bool) -> None:
    assert (conduct._MAY_MASK.search(text) is not None) is passes
    assert conduct._masked(text) == _masked_without_pre_test(text)


def test_the_masking_pre_test_skips_no_post_with_a_masked_word() -> None:
    texts = [*_texts()]
    rng = random.Random(7)
    texts += ["".join(rng.choice(_MASK_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in texts:
        if conduct._MAY_MASK.search(text) is None:
            assert _masked_without_pre_test(text) == [], text


_HEADED = ("_PHONE", "_IBAN", "_BSN", "_POSTCODE", "_STREET", "_NUMBER_IN_STREET", "_STREET_EN", "_DATE")
"""Personal data's patterns that open with a lookahead for the first character of any of their matches."""
_ADDRESS_PIECES = (
    "1", "2", "0", "9", "19", "20", "06", "+31", "(", ")", "-", ".", "/", " ", "  ", ",", ":", "€", "NL",
    "nl", "AB", "ab", "Kerkstraat", "Mill Lane", "op", "nummer", "nr.", "in de", "mei", "May", "jan",
    "Sept", "ſ", "K", "é", "x", "_", "١",
)  # fmt: skip


_ADDRESS_MADE_UP = [
    "Hij woont op de Kerkstraat 12 in Zwolle, 1234 AB.",
    "She lives at 12 Mill Lane, number 4 on Mill Lane.",
    "Ze woont op nummer 12 in de Kerkstraat.",
    "Geboren op 12-05-1980, of 12 mei 1980, of May 12, 1990; 1980-05-12.",
    "BSN 123.456.782 en 1234.56.782, IBAN NL91ABNA0417164300, nl91 abna 0417 1643 00.",
    "Bel +31 6 12345678 of 06-12345678 of (020) 123 4567.",
    "Hij woont op nr. 7 aan de Dorpsweg, zij op huisnummer 5 van de Kerkstraat.",
    "Go to no 3 in the Main Street.",
]


def _headless(name: str) -> re.Pattern[str]:
    pattern: re.Pattern[str] = getattr(personal_data, name)
    head = re.match(r"\(\?=[^)]*\)", pattern.pattern)
    assert head is not None, name  # the pattern has its head
    return re.compile(pattern.pattern[head.end() :], pattern.flags)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", _HEADED)
def test_a_headed_pattern_finds_what_it_finds_without_its_head(name: str) -> None:
    pattern, plain = getattr(personal_data, name), _headless(name)
    rng = random.Random(name)
    texts = [*_texts()]
    texts += [" ".join(rng.choice(_ADDRESS_PIECES) for _ in range(rng.randint(0, 8))) for _ in range(1500)]
    texts += ["".join(rng.choice(_ADDRESS_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(1500)]
    texts += _ADDRESS_MADE_UP
    found = 0
    for text in texts:
        expected = _spans(plain, text)
        assert _spans(pattern, text) == expected, text
        found += bool(expected)
        for at in range(0, len(text), 5):
            assert bool(pattern.match(text, at)) == bool(plain.match(text, at)), (text, at)
    assert found >= 3  # the texts hold matches, so the comparison says something


_IBAN_PIECES = ("NL", "nl", "ab", "AB", "ſ", "K", "İ", "é", "91", "0417", "1643", "00", "9", " ", "-", "x")


def test_the_iban_pre_test_skips_no_text_with_an_iban_shape() -> None:
    rng = random.Random(91)
    texts = [*_texts(), *_ADDRESS_MADE_UP, "ſK91abna0417164300", "NL91ABNA0417164300"]
    texts += ["".join(rng.choice(_IBAN_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    shaped = 0
    for text in texts:
        found = bool(personal_data._IBAN.search(text) or personal_data._IBAN_ANY_CASE.search(text))
        shaped += found
        if personal_data._MAY_IBAN.search(text) is None:
            assert not found, text
    assert shaped > 20


@pytest.mark.parametrize(
    "text", ["geen cijfers", "x² + y²", "stap ①", "٣ dagen", "3 dagen", "café ☕", "", "½ uur"]
)
def test_a_digit_outside_ascii_is_found_among_the_other_characters(text: str) -> None:
    """Without a ``\\d``, ``str.isdigit`` holds of a character of the text only if it is not ASCII."""
    for variant in (text, text.upper(), text + " é"):
        quick = not variant.isascii() and any(map(str.isdigit, personal_data._NON_ASCII.findall(variant)))
        if personal_data._DIGIT.search(variant) is None:
            assert quick == any(map(str.isdigit, variant))


def test_every_text_gets_the_same_digit_answer() -> None:
    for text in _texts():
        if personal_data._DIGIT.search(text) is None:
            quick = not text.isascii() and any(map(str.isdigit, personal_data._NON_ASCII.findall(text)))
            assert quick == any(map(str.isdigit, text)), text


def _street_texts() -> list[str]:
    rng = random.Random(12)
    texts = [*_texts(), *_ADDRESS_MADE_UP]
    texts += [" ".join(rng.choice(_ADDRESS_PIECES) for _ in range(rng.randint(0, 8))) for _ in range(2000)]
    texts += ["".join(rng.choice(_ADDRESS_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(2000)]
    return texts


@pytest.mark.parametrize(
    ("name", "pre_test"),
    [
        ("_STREET_EN", "_MAY_STREET_EN"),
        ("_NUMBER_IN_STREET", "_MAY_NUMBER_IN_STREET"),
        ("_POSTCODE", "_MAY_POSTCODE"),
        ("_STREET", "_DIGIT_AFTER_SPACE"),
    ],
)
def test_an_address_pre_test_skips_no_text_with_an_address(name: str, pre_test: str) -> None:
    pattern, quick = getattr(personal_data, name), getattr(personal_data, pre_test)
    found = 0
    for text in _street_texts():
        hit = pattern.search(text) is not None
        found += hit
        if quick.search(text) is None:
            assert not hit, text
    assert found >= 3


def test_a_street_needs_a_word_that_ends_as_a_street() -> None:
    found = 0
    for text in _street_texts():
        if personal_data._STREET.search(text) is not None:
            found += 1
            assert personal_data._has_street_word(prepare(text, "nl", None)), text
    assert found >= 3
    assert not personal_data._has_street_word(prepare("Op 12 maart, 2024.", "nl", None))
    assert personal_data._has_street_word(prepare("Kerkstraat 12", "nl", None))
