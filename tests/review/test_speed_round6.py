"""The whole-post pre-tests of docs/adr/0151 (review speed round 6) never skip a post a finder would
have found something in: each finder is run without its pre-test on every post the pre-test skips."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from functools import cache

import pytest

from mediacode.i18n import gettext_for
from mediacode.org.organization import Organization
from mediacode.review.detectors import Context
from mediacode.review.detectors.confidential_plans import (
    _PLAN_KEYS,
    PlanFinder,
    may_plan,
)
from mediacode.review.lexicon.business_words import MEETING_WORDS, REORGANISATION_WORDS
from mediacode.review.phrase_index import (
    PhraseIndex,
    _gap_fits,
    _norm_gap,
    has_phrase,
    key_runs,
    may_hold_keys,
    phrase_parts,
)
from mediacode.review.text import Post, prepare
from mediacode.review.work_context import WorkContext
from tests.conftest import ROOT
from tests.review.test_phrase_search import _plain_has_phrase

MADE_UP = [
    "In het MT werd besloten dat de vestiging in Zwolle volgend jaar sluit.",
    "Uit de notulen: er verdwijnen 40 banen bij ons.",
    "We're letting 40 people go next month, heard it in the all-hands.",
    "Screenshot van ons interne dashboard 📸",
    "Het magazijn verhuist in maart naar Tilburg, nog niet bekend.",
    "Lange vergadering vandaag, maar gezellig.",
    "Mooie fietstocht langs de dijk vandaag.",
    "Lovely walk on the beach today with the dog!!",
    "Het MT_overleg was kort; de reorganisatie komt eraan.",  # an underscore: runs split at "_"
    "İstanbul: het MT besloot tot een reorganisatie.",  # a lower case longer than the text
    "ΣΟΦΙΑ zegt: de afdeling sluit volgend jaar.",  # a capital sigma
    "",
    "x",
]


@cache
def _labelled() -> tuple[tuple[Organization, tuple[str, ...]], ...]:
    """Every labelled set but the third held-out one (which ``labelled_sets`` does not load)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from labelled_sets import labelled_sets

    return tuple(
        (s.org, tuple(str(p["text"]) for p in s.posts)) for s in labelled_sets() if "heldout3" not in s.name
    )


def _cases() -> Iterator[tuple[Organization, str]]:
    sets = _labelled()
    for org, texts in sets:
        yield from ((org, text) for text in texts)
        yield from ((org, text.lower()) for text in texts)
    yield from ((sets[0][0], text) for text in MADE_UP)


def _context(post: Post, org: Organization) -> Context:
    """No findings of earlier detectors: a finder then holds back least (nothing is one person's fact)."""
    return Context(post, org, gettext_for(post.language, "review"))


@pytest.mark.parametrize(
    ("phrases", "text", "found"),
    [
        (("het mt", "de directie"), "vandaag zei het mt dat", True),
        (("het mt", "de directie"), "het is mooi weer", False),
        (("all-hands", "town hall"), "in de all-hands werd verteld", True),
        (("all-hands", "town hall"), "all day long", False),
        (("q3-cijfers",), "de q3-cijfers zijn binnen", True),
        (("q3-cijfers",), "de q3 was goed", False),
        (("the",), "the end", True),  # only function words: the longest is the key
        (("the",), "then end", False),
    ],
)
def test_a_text_without_the_keys_holds_none_of_the_phrases(
    phrases: tuple[str, ...], text: str, found: bool
) -> None:
    keys = key_runs(phrases)
    assert keys is not None
    post = prepare(text, "nl", None)
    assert (has_phrase(post.lower, phrases) is not None) is found
    assert may_hold_keys(post, keys) is (found or not keys.isdisjoint(post.lower_words))


_PIECES = ("het", "mt", "de", "q3", "cijfers", "the", "board", "x", "_", "é", "3")
_GAPS = (" ", "-", "'", "_", ". ", "#", "")


def _random_text(rng: random.Random, pieces: int) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(pieces))


@pytest.mark.parametrize("seed", range(8))
def test_has_phrase_by_key_runs_answers_as_the_plain_alternation(seed: int) -> None:
    """The quick check by key runs (the rarest run of each phrase, not its first) skips no text that
    holds a phrase: random texts and lists of the same few pieces, so that most texts hold some."""
    rng = random.Random(seed)
    for _ in range(400):
        phrases = tuple(_random_text(rng, rng.randint(1, 3)).strip() for _ in range(rng.randint(1, 4)))
        text = _random_text(rng, rng.randint(0, 12))
        assert has_phrase(text, phrases) == _plain_has_phrase(text, phrases), (text, phrases)
        post = prepare(text, "nl", None)  # the post's own runs (known_runs) instead of a search
        assert has_phrase(post.lower, phrases) == _plain_has_phrase(post.lower, phrases), (text, phrases)


def _plain_find(phrases: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """Every phrase at every token, tried one by one (what a ``PhraseIndex`` must find)."""
    post = prepare(text, "nl", None)
    tokens = post.tokens
    found = []
    for i in range(len(tokens)):
        for phrase in phrases:
            words, gaps = phrase_parts(phrase)
            last = i + len(words) - 1
            if last >= len(tokens) or any(tokens[i + k].lower != w for k, w in enumerate(words)):
                continue
            between = [post.gap(i + k) for k in range(len(words) - 1)]
            if all(_gap_fits(g, _norm_gap(b)) for g, b in zip(gaps, between, strict=True)):
                found.append((tokens[i].start, tokens[last].end, phrase))
    return sorted(found)


_INDEXED = ("ik vind", "ik vind dat", "de baas", "in mijn ogen", "the board", "bol.com", "de")


@pytest.mark.parametrize(
    ("phrases", "text", "found"),
    [
        (_INDEXED[:5], "Ik vind dat de baas gelijk heeft", 3),
        (_INDEXED[:5], "ik ben het ermee eens, vind ik", 0),  # all the words, not in order
        (_INDEXED[:5], "ik ga in de stad naar de markt", 0),  # first words only: the keys answer
        (_INDEXED[:5], "In mijn ogen is the board te laat", 2),
        (_INDEXED, "de markt", 1),  # a function word alone is its own key
        (_INDEXED, "Bestel bij bol.com of bol com", 1),  # the gap decides
        (_INDEXED[:5], "", 0),
    ],
)
def test_the_index_by_key_words_finds_what_a_plain_scan_finds(
    phrases: tuple[str, ...], text: str, found: int
) -> None:
    index: PhraseIndex[str] = PhraseIndex((p, p) for p in phrases)
    matches = sorted((m.start, m.end, m.payload) for m in index.find(prepare(text, "nl", None)))
    assert matches == _plain_find(phrases, text)
    assert len(matches) == found


@pytest.mark.parametrize("seed", range(8))
def test_the_index_by_key_words_finds_what_a_plain_scan_finds_at_random(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        phrases = tuple({_random_text(rng, rng.randint(1, 3)).strip(" .#_-'") for _ in range(3)} - {""})
        text = _random_text(rng, rng.randint(0, 12))
        index: PhraseIndex[str] = PhraseIndex((p, p) for p in phrases)
        matches = sorted((m.start, m.end, m.payload) for m in index.find(prepare(text, "nl", None)))
        assert matches == _plain_find(phrases, text), (text, phrases)


@pytest.mark.parametrize("phrases", [("!!",), ("ok", "..."), ("",)])
def test_a_phrase_without_a_run_has_no_key(phrases: tuple[str, ...]) -> None:
    keys = key_runs(phrases)
    assert keys is None
    assert may_hold_keys(prepare("niets hier", "nl", None), keys)


@pytest.mark.parametrize("text", ["İstanbul het mt", "ΣΟΦΙΑ het mt"])
def test_the_keys_are_not_trusted_where_the_runs_are_unknown(text: str) -> None:
    """A lower case that is not made character by character: ``prepare`` keeps no runs, so no skip."""
    assert may_hold_keys(prepare(text, "nl", None), frozenset({"zeldzaam"}))


@pytest.mark.parametrize("phrase", sorted({*MEETING_WORDS, *REORGANISATION_WORDS}))
def test_every_meeting_and_reorganisation_phrase_opens_the_plan_finder(phrase: str) -> None:
    assert _PLAN_KEYS is not None
    assert may_plan(prepare(f"Gisteren {phrase} gezien.", "nl", None))


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("In het MT werd besloten dat de vestiging in Zwolle volgend jaar sluit.", True),
        ("Er verdwijnen 40 banen.", True),
        ("Screenshot van het dashboard", True),
        ("Mooie fietstocht langs de dijk vandaag.", False),
        ("Lovely walk on the beach today with the dog!!", False),
        ("Het is mooi weer, het was een goede dag.", False),  # "het" opens phrases but is no key
    ],
)
def test_may_plan_looks_at_the_words_of_plans(text: str, may: bool) -> None:
    assert may_plan(prepare(text, "nl", None)) is may


def test_the_plan_pre_test_skips_no_plan() -> None:
    skipped = kept = 0
    finders: dict[int, PlanFinder] = {}
    for org, text in _cases():
        finder = finders.setdefault(id(org), PlanFinder(WorkContext(org)))
        post = prepare(text, None, None, org.language)
        if may_plan(post):
            kept += 1
            continue
        skipped += 1
        # The pre-test skips only a post with no source, freeze or meeting compound: the finder without it.
        assert finder._plans_by_sentence(_context(post, org), False, False, False) == [], text
    assert skipped > kept  # most posts are answered by the pre-test
