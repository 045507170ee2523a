"""The speed-ups of docs/adr/0130 (round 4) visit only the tokens a detector acts on, and answer as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.review import demeaning
from mediacode.review.cues import find_cues, has_cue
from mediacode.review.detectors import colleague, relation
from mediacode.review.features import FeatureExtractor
from mediacode.review.language import detect_language
from mediacode.review.lexicon.demeaning import (
    BLASPHEMY,
    DISASTER_WORDS,
    FRAMED_NOUNS,
    INSULT_NOUNS,
    LIKE_NOUNS,
)
from mediacode.review.lexicon.people_words import INDEFINITE_PERSON, POSSESSIVE_DETERMINERS
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import prepare
from mediacode.review.word_tests import may_be_judgement, may_be_profane, negative
from tests.review.test_speed_round6 import _plain_find

_WORDS = frozenset({"de", "klant", "slecht", "the", "kut"})


@pytest.mark.parametrize(
    "text",
    [
        "De klant was slecht, de klant!",  # repeated words: every position, in order
        "The klant, the KLANT and the Klant",  # case does not matter
        "Mooi weer vandaag.",  # none of the words
        "",
        "de",
        "kut-de_klant 3de the",  # "de_klant" is one word; "3de" is not "de"
    ],
)
def test_indices_of_are_the_tokens_of_the_words(text: str) -> None:
    post = prepare(text, "nl", None)
    assert post.indices_of(_WORDS) == [t.index for t in post.tokens if t.lower in _WORDS]


@pytest.mark.parametrize("test", [negative, may_be_judgement, may_be_profane, str.isdigit])
@pytest.mark.parametrize(
    "text",
    [
        "Wat een kutdag, slecht en slechter, kut!",
        "Mooi weer vandaag.",
        "In 2024 en 2025 slecht",
        "",
    ],
)
def test_indices_where_are_the_tokens_that_pass(test: object, text: str) -> None:
    assert callable(test)
    post = prepare(text, "nl", None)
    assert post.indices_where(test) == [t.index for t in post.tokens if test(t.lower)]


@pytest.mark.parametrize(
    ("triggers", "acted_on"),
    [
        (demeaning._TRIGGERS, INSULT_NOUNS | FRAMED_NOUNS | LIKE_NOUNS | BLASPHEMY | DISASTER_WORDS),
        (demeaning._TRIGGERS, frozenset({"stelletje"})),
        (colleague._ROLE_OPENERS, POSSESSIVE_DETERMINERS | INDEFINITE_PERSON | colleague._ROLE_ARTICLES),
        (
            relation._CUSTOMER_WORDS,
            relation._CUSTOMER_NOUNS
            | relation._SERVED_AT_WORK
            | relation._PLURAL_CUSTOMERS
            | relation._PLURAL_SERVED,
        ),
    ],
)
def test_the_visited_words_include_every_word_a_branch_acts_on(
    triggers: frozenset[str], acted_on: frozenset[str]
) -> None:
    """A loop that visits only ``triggers`` must visit every word one of its branches tests for."""
    assert acted_on <= triggers


@pytest.mark.parametrize(
    "text",
    [
        "In Q3 is de omzet 12% gestegen",  # words with digits: their letters still count
        "3de keer de_klant en het_team",  # "3de" holds "de"; "de_klant" holds "de"
        "the 2nd time the_team did it",
        "and_the_of",  # nothing but runs of function words in one token
        "x²y van de",  # a superscript two is a letter for the word pattern, not for isalpha
        "2024 2025",  # no word at all
        "Mooi weer vandaag",
    ],
)
@pytest.mark.parametrize("default", ["nl", "en"])
def test_the_language_of_words_with_digits_is_the_language_detected(text: str, default: str) -> None:
    assert prepare(text, None, None, default).language == detect_language(text, default)


_INDEXED = (
    "de baas",
    "de nieuwe baas",
    "de",
    "ik vind",
    "ik vind dat",
    "in mijn ogen",
    "bol.com",
    "re-organisatie",
)


@pytest.mark.parametrize(
    "text",
    [
        "Ik vind dat de baas gelijk heeft",  # longer phrases at two places
        "De nieuwe baas, de oude baas",  # a second word that follows one "de" and not the other
        "ik ben het ermee eens, vind ik",  # every word of "ik vind" in the post, never in that order
        "in de ogen van mijn baas",  # "in mijn ogen" has all its words here, not next to each other
        "Bestel bij bol.com of bol com",  # the gap decides
        "de re-organisatie en de re organisatie",
        "niets van dit alles",
        "",
    ],
)
def test_the_index_finds_what_a_plain_scan_finds(text: str) -> None:
    index: PhraseIndex[str] = PhraseIndex((p, p) for p in _INDEXED)
    post = prepare(text, "nl", None)
    assert sorted((m.start, m.end, m.payload) for m in index.find(post)) == _plain_find(tuple(_INDEXED), text)


@pytest.mark.parametrize(
    ("first", "second", "labels"),
    [
        ("Pieter Smit heeft een burn-out", "Mooi weer", frozenset({"<PERSON>", "<MANAGER>"})),
        ("Mooi weer", "Pieter Smit heeft een burn-out", frozenset({"<PERSON>", "<MANAGER>"})),
    ],
)
def test_the_matches_remembered_for_one_post_are_not_those_of_the_next(
    example_org: Path, first: str, second: str, labels: frozenset[str]
) -> None:
    """``may_mask`` and ``has_cue`` remember the matches of the last post: a new post is looked at anew."""
    extractor = FeatureExtractor(load_organization(example_org))
    for text in (first, second, first):
        post = prepare(text, "nl", None)
        fresh = FeatureExtractor(load_organization(example_org))
        assert extractor.may_mask(post, labels) == fresh.may_mask(post, labels)
        assert extractor.masked_spans(post) == fresh.masked_spans(post)
        assert has_cue(post, frozenset({"health"})) == any(c.kind == "health" for c in find_cues(post))
