"""Find many phrases in a post at once: a dictionary from first word to phrases, over tokens.

Built once per organization, so a 5,000-person directory costs one dict
lookup per word of the post, not one regular expression per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Generic, TypeVar

from mediacode.review.lexicon.function_words import DUTCH, ENGLISH
from mediacode.review.text import Post, known_runs

P = TypeVar("P")
_WORD = re.compile(r"\w+")


def _norm_gap(gap: str) -> str:
    stripped = gap.strip()
    if not stripped:
        return " "
    return stripped.replace("’", "'")


def phrase_parts(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lower-case words of ``phrase`` and the gaps between them."""
    matches = list(_WORD.finditer(phrase.lower()))
    words = tuple(m.group() for m in matches)
    gaps = tuple(_norm_gap(phrase[a.end() : b.start()]) for a, b in pairwise(matches))
    return words, gaps


_Entry = tuple[tuple[str, ...], tuple[str, ...], P]
"""A phrase's lower-case words, the gaps between them and its payload."""
_Lookup = tuple[dict[str, list[_Entry[P]]], list[_Entry[P]], frozenset[str]]
"""Of one first word: its longer phrases by second word, its one-word phrases, the second words."""


@dataclass(slots=True, unsafe_hash=True)  # not frozen: made per post, a frozen __init__ is slow
class PhraseMatch(Generic[P]):
    first: int
    """Index of the first token."""
    last: int
    """Index of the last token."""
    start: int
    end: int
    payload: P


def _key_word(words: tuple[str, ...]) -> str:
    """The word of a phrase that fewest posts hold, as far as one can tell without posts: its longest
    that is not a function word ("klant" of "de klant", "vind" of "ik vind"), else its longest."""
    rare = [word for word in words if word not in _FUNCTION_WORDS] or list(words)
    return max(rare, key=len)


def _gap_fits(expected: str, actual: str) -> bool:
    if expected == actual:
        return True
    return expected in (" ", "-") and actual in (" ", "-")


class PhraseIndex(Generic[P]):
    """Phrases with a payload each; ``find`` returns every occurrence, longest first per position."""

    def __init__(self, entries: Iterable[tuple[str, P]] = ()) -> None:
        self._by_first: dict[str, list[_Entry[P]]] = {}
        self._lookup: dict[str, _Lookup[P]] | None = None
        self._firsts: frozenset[str] = frozenset()
        """The first words of the phrases (made with ``_lookup``)."""
        self._keys: frozenset[str] = frozenset()
        """One word of each phrase, its rarest (made with ``_lookup``): a post without any has no match."""
        for phrase, payload in entries:
            self.add(phrase, payload)

    def add(self, phrase: str, payload: P) -> None:
        words, gaps = phrase_parts(phrase)
        if not words:
            return
        bucket = self._by_first.setdefault(words[0], [])
        bucket.append((words, gaps, payload))
        bucket.sort(key=lambda item: -len(item[0]))
        self._lookup = None

    def _build_lookup(self) -> dict[str, _Lookup[P]]:
        """Per first word: its longer phrases by second word, its one-word phrases and the second words.

        A bucket is sorted longest first, so its longer phrases whose second word is the next token's,
        followed by its one-word phrases, are exactly the bucket's candidates in the bucket's order;
        "de" or "ik" starts dozens of phrases, of which only a few can follow on from the next word; a post
        with none of their second words anywhere needs no look at the tokens after its "de" or "ik".
        """
        lookup: dict[str, _Lookup[P]] = {}
        for first, bucket in self._by_first.items():
            by_second: dict[str, list[_Entry[P]]] = {}
            single: list[_Entry[P]] = []
            for entry in bucket:
                if len(entry[0]) > 1:
                    by_second.setdefault(entry[0][1], []).append(entry)
                else:
                    single.append(entry)
            lookup[first] = (by_second, single, frozenset(by_second))
        self._firsts = frozenset(lookup)
        buckets = self._by_first.values()
        self._keys = frozenset(_key_word(words) for bucket in buckets for words, _, _ in bucket)
        self._lookup = lookup
        return lookup

    def __len__(self) -> int:
        return sum(len(b) for b in self._by_first.values())

    def find(self, post: Post) -> list[PhraseMatch[P]]:
        found: list[PhraseMatch[P]] = []
        lookup = self._lookup if self._lookup is not None else self._build_lookup()
        post_words = post.lower_words
        # A match holds every word of its phrase, so most posts hold no key word of an index ("ik", "de"
        # or "the" begin many phrases, their other words are rarer): a test that makes nothing says so.
        if self._keys.isdisjoint(post_words):
            return found
        # Only the tokens whose word starts a phrase that may be there, in text order: a one-word phrase,
        # or a longer one whose second word is somewhere in the post (the set tests run in C).
        positions = post.positions
        starts: list[int] = []
        opening = 0
        for word in self._firsts & post_words:
            _, single, seconds = lookup[word]
            if single or not seconds.isdisjoint(post_words):
                starts += positions[word]
                opening += 1
        if opening > 1:
            starts.sort()
        tokens = post.tokens
        text = post.text
        count = len(tokens)
        for i in starts:
            token = tokens[i]
            by_second, single, _ = lookup[token.lower]
            longer = by_second.get(tokens[i + 1].lower) if by_second and i + 1 < count else None
            if longer:
                for words, gaps, payload in longer:
                    last = i + len(words) - 1
                    if last >= count:
                        continue
                    # Every word but the first is checked (the second too: the lookup matched it), and
                    # every gap; each gap lies between two tokens of the phrase, so before the last one.
                    for k in range(1, len(words)):
                        before, after = tokens[i + k - 1], tokens[i + k]
                        if after.lower != words[k] or not _gap_fits(
                            gaps[k - 1], _norm_gap(text[before.end : after.start])
                        ):
                            break
                    else:
                        found.append(PhraseMatch(i, last, token.start, tokens[last].end, payload))
            for _, _, payload in single:
                found.append(PhraseMatch(i, i, token.start, token.end, payload))
        return found


def has_phrase(lower_text: str, phrases: Iterable[str]) -> str | None:
    """A phrase of ``phrases`` found in ``lower_text`` at word boundaries (the leftmost), or ``None``.

    Phrase lists are module constants (tuples), so each is compiled once into
    one pattern; scanning a post is then one regular-expression search
    instead of a ``str.find`` per phrase. Most texts hold none of a list's
    phrases: a phrase found at a word boundary begins with one of the text's
    runs of letters and digits, so a text with none of the runs the list's
    phrases hold is answered without the search: one key run per phrase, its rarest (``key_runs``).
    """
    entry = _BY_IDENTITY.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        pattern, keys = entry[1], entry[2]
    else:
        key = phrases if isinstance(phrases, tuple) else tuple(phrases)
        pattern, keys = _alternation(key), _keys(key)
        if isinstance(phrases, (tuple, frozenset)) and len(_BY_IDENTITY) < _MAX_BY_IDENTITY:
            _BY_IDENTITY[id(phrases)] = (phrases, pattern, keys)
    if keys is not None and keys.isdisjoint(_runs(lower_text)):
        return None
    match = pattern.search(lower_text)
    return match.group(1) if match else None


_BY_IDENTITY: dict[int, tuple[object, re.Pattern[str], frozenset[str] | None]] = {}
"""Patterns (and key runs) by the identity of their (immutable) phrase list: the ``cache`` of
``_alternation`` hashes the whole tuple on every call. The list itself is kept, so its id cannot be reused."""
_MAX_BY_IDENTITY = 1024


_RUN = re.compile(r"[^\W_]+")
"""A run of letters and digits: what the word boundaries of ``_alternation`` stand between."""
_FUNCTION_WORDS = DUTCH | ENGLISH
"""Words in most posts: a poor key for a phrase (``key_runs``)."""
_LAST_RUNS: tuple[str, frozenset[str]] = ("", frozenset())
"""The last text and its runs, in one tuple (threads sharing a reviewer read it whole): the detectors ask
several lists about the same text (the post, or one sentence) in a row."""


def _runs(text: str) -> frozenset[str]:
    global _LAST_RUNS
    known = known_runs(text)  # the post under review or one of its sentences: made from its words
    if known is not None:
        return known
    last = _LAST_RUNS
    if last[0] is text:
        return last[1]
    runs = frozenset(_RUN.findall(text))
    _LAST_RUNS = (text, runs)
    return runs


def key_runs(*phrase_lists: Iterable[str]) -> frozenset[str] | None:
    """One run of letters and digits of each phrase of ``phrase_lists`` (its longest that is not a function
    word, else its longest), for a whole-post pre-test made once at import; ``None`` if a phrase has no run.

    ``has_phrase`` finds a phrase between word boundaries, so each of the phrase's runs lies on a whole
    run of the text (the phrase's own signs, or the boundaries, stand on either side): a text whose runs
    hold none of these keys holds none of the phrases. "het" or "the" opens many phrases; the key of
    "het mt" is "mt".
    """
    keys: set[str] = set()
    for phrases in phrase_lists:
        found = _keys(tuple(phrases))
        if found is None:
            return None
        keys |= found
    return frozenset(keys)


@cache
def _keys(phrases: tuple[str, ...]) -> frozenset[str] | None:
    keys: set[str] = set()
    for phrase in phrases:
        runs = _RUN.findall(phrase)
        if not runs:
            return None  # an empty phrase or one of signs only: always search
        rare = [run for run in runs if run not in _FUNCTION_WORDS] or runs
        keys.add(max(rare, key=len))
    return frozenset(keys)


def may_hold_keys(post: Post, keys: frozenset[str] | None) -> bool:
    """Whether ``has_phrase`` may find a phrase of the lists ``keys`` was made of (see ``key_runs``) in
    the post's lower case or in the lower case of one of its sentences.

    Answered by one set test when ``prepare`` knows the runs of the post (then each sentence's runs are
    among them: a sentence begins and ends beside a character that is no letter or digit); ``True``
    whenever it cannot tell."""
    if keys is None:
        return True
    runs = known_runs(post.lower)
    return runs is None or not runs.isdisjoint(keys)


@cache
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for ``phrases``: at the leftmost word boundary where one starts, the longest that
    ends at a word boundary.

    The phrases are written as a trie ("reorganisatie|reorganisaties|reorganiseren" as
    ``reorganis(?:atie(?:s|)|eren)``, longer continuations before the end), so at each position the
    engine follows one branch per character instead of trying every phrase; backtracking from a
    longer branch that fails the boundary after it reaches the shorter phrase, exactly as a
    longest-first alternation of the phrases would.
    """
    if not any(phrases):
        return re.compile("(?!)")  # nothing to find (an empty phrase alone finds nothing either)
    trie: _Trie = {}
    for phrase in set(phrases):
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    # Word boundaries as ``isalnum`` sees them: no letter or digit on either side.
    return re.compile(rf"(?<![^\W_])({_branches(trie)})(?![^\W_])")


_Trie = dict[str, "_Trie"]


def _branches(node: _Trie) -> str:
    """The pattern of everything that may follow ``node``: each next character, then the end."""
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        options.append("")
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


def find_phrase(lower_text: str, phrase: str, start: int = 0) -> int:
    """Offset of ``phrase`` in ``lower_text`` at word boundaries from ``start``, or -1."""
    index = lower_text.find(phrase, start)
    while index >= 0:
        end = index + len(phrase)
        before_ok = index == 0 or not lower_text[index - 1].isalnum()
        after_ok = end == len(lower_text) or not lower_text[end].isalnum()
        if before_ok and after_ok:
            return index
        index = lower_text.find(phrase, index + 1)
    return -1


def phrase_keys(phrases: tuple[str, ...]) -> frozenset[str]:
    """The longest run of letters of each phrase. A phrase found at word boundaries has all its runs
    among the post's words, so a post with none of these keys holds none of the phrases: a set
    lookup answers most posts before a search (whose quick check goes by first words, which are
    often as common as "je", "that" or "nog")."""
    return frozenset(max(re.findall(r"[^\W_]+", p), key=len) for p in phrases)
