"""A post prepared once for every detector: its words with offsets, sentences and lower case.

Tokens are runs of word characters (``\\w+``); what lies between two tokens
(a space, a hyphen, a dot, an apostrophe) is kept as the ``gap`` so that a
matcher can tell ``bol.com`` from ``bol com`` and ``Orion-migratie`` from
``Orion migratie`` without a second pass over the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter

from mediacode.org.people import Person
from mediacode.review.language import detect_language_of_words

_PIECES = re.compile(r"(\W\W*)")
"""Splits a text into its words (``\\w+``) and the gaps between them, in turn. ``\\W\\W*`` is ``\\W+``
written to begin with its character class, so the engine skips from gap to gap (a fifth fewer steps)."""
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*(?:[\s\"')\]]+|$)|(?<=\n)\n*)")
"""End marks and the space or quote after them, or line breaks; written to begin with the one character class
both start with, so the engine jumps from mark to mark (five times faster than with two branches first)."""
_ONE_LETTER = re.compile(r"(?:^|\W)\w$")
_ABBREVIATION = re.compile(r"\b(?:dr|mr|mrs|ms|ir|prof|drs|st|nr)$")
_START = attrgetter("start")


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """One word of a post. Treat as immutable: not ``frozen`` only because a frozen dataclass's
    ``__init__`` costs five times as much, and a post makes one per word (docs/adr/0055)."""

    index: int
    start: int
    end: int
    text: str
    lower: str
    sentence: int
    sentence_start: bool
    """First word of its sentence or first word after an emoji (so a capital letter says little)."""

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) > 1


@dataclass(frozen=True)
class Post:
    """The text under review, its author and its language, tokenised once (made by ``prepare``)."""

    text: str
    language: str
    author: Person | None
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]
    """Character ranges of the sentences."""
    lower: str
    lower_words: frozenset[str]
    """Every token's lower-case form, so a phrase index can skip a post that has none of its words."""
    sentence_tokens: tuple[tuple[Token, ...], ...] = field(repr=False, compare=False)
    """The tokens of each sentence, grouped once (a scan of all tokens per sentence is quadratic)."""
    token_starts: tuple[int, ...] = field(repr=False, compare=False)
    """Every token's start offset, in order, for ``bisect``."""
    positions: dict[str, list[int]] = field(repr=False, compare=False)
    """The indices of the tokens of each lower-case word, in order (a phrase index looks up only the
    words it has, not every token). Its keys are ``lower_words``."""

    def indices_of(self, words: frozenset[str]) -> list[int]:
        """The indices of the tokens whose lower case is one of ``words``, in order: a detector that acts
        on a few words visits those tokens only (the others would each cost a turn of a Python loop).
        The list may be one of ``positions``: read it, never change it."""
        # made in C; most posts hold none or one of a list's words
        return self.indices_of_present(self.lower_words & words)

    def indices_where(self, test: Callable[[str], object]) -> list[int]:
        """As ``indices_of``, for the words for which ``test`` (a pure question about one lower-case word,
        asked once per distinct word) answers something true."""
        return self.indices_of_present(list(filter(test, self.positions)))

    def indices_of_present(self, hits: Collection[str]) -> list[int]:
        """The indices, in order, of the tokens of ``hits``, words the post holds (keys of
        ``positions``). The list may be one of ``positions``: read it, never change it."""
        if not hits:
            return []
        positions = self.positions
        if len(hits) == 1:
            return positions[next(iter(hits))]
        found: list[int] = []
        for word in hits:
            found += positions[word]
        found.sort()
        return found

    def gap(self, index: int) -> str:
        """The characters between token ``index`` and the next one."""
        if index + 1 >= len(self.tokens):
            return self.text[self.tokens[index].end :]
        return self.text[self.tokens[index].end : self.tokens[index + 1].start]

    def before(self, index: int) -> str:
        """The characters between the previous token and token ``index``."""
        start = self.tokens[index - 1].end if index > 0 else 0
        return self.text[start : self.tokens[index].start]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return (0, len(self.text))

    def words(self, start: int, end: int) -> tuple[Token, ...]:
        """Tokens inside the character range."""
        return tuple(t for t in self.tokens if t.start >= start and t.end <= end)


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        at, end = match.span()
        # "D. Hendriks", "Dr. Kuipers", "€41.7M": a dot after one letter or inside a number ends nothing.
        if text[at] == ".":
            before = text[max(start, at - 3) : at]
            if (
                _ONE_LETTER.search(before)
                or text[end : end + 1].isdigit()
                or _ABBREVIATION.search(before.lower())
            ):
                continue
        if text[start:end].strip():
            ranges.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        ranges.append((start, len(text)))
    return tuple(ranges) or ((0, len(text)),)


def _symbol_in(gap: str) -> bool:
    """An emoji or other symbol between two words works as a full stop ("zeilen ⛵ Anker uit")."""
    return not gap.isascii() and any(not c.isascii() and unicodedata.category(c) == "So" for c in gap)


def prepare(text: str, language: str | None, author: Person | None, default: str = "nl") -> Post:
    """``text`` split into words, gaps and sentences in one pass, with everything derived from them.

    ``language`` ``None`` means the language of its words (``detect_language`` with ``default``),
    told from the words already split where they are the words ``detect_language`` reads.

    ``\\W+`` is the complement of ``\\w+``, so one ``split`` gives the words and the gaps between
    them in turn (a word only at the ends may be empty): their offsets are running sums of their
    lengths, with no match object per word (docs/adr/0130).
    """
    sentences = split_sentences(text)
    pieces = _PIECES.split(text)
    words = pieces[::2]
    gaps = pieces[1::2]
    gaps.append("")
    tokens: list[Token] = []
    positions: dict[str, list[int]] = {}
    firsts: list[tuple[int, int]] = []
    """Each sentence with words and the index of its first token."""
    append = tokens.append
    get = positions.get
    sentence = 0
    last_sentence = len(sentences) - 1
    sentence_end = sentences[0][1]
    previous_sentence = -1
    symbols = not text.isascii()  # an ASCII text has no symbol between its words
    index = 0
    position = 0
    before = ""
    for word, gap in zip(words, gaps, strict=True):
        if word:
            start = position
            position += len(word)
            while sentence < last_sentence and start >= sentence_end:
                sentence += 1
                sentence_end = sentences[sentence][1]
            lower = word.lower()
            if sentence != previous_sentence:
                firsts.append((sentence, index))
                append(Token(index, start, position, word, lower, sentence, True))
                previous_sentence = sentence
            else:
                # Most gaps are plain ASCII (a space, a comma): no call for those.
                symbol = symbols and not before.isascii() and _symbol_in(before)
                append(Token(index, start, position, word, lower, sentence, symbol))
            at = get(lower)
            if at is None:
                positions[lower] = [index]
            else:
                at.append(index)
            index += 1
        before = gap
        position += len(gap)
    made = tuple(tokens)
    groups: list[tuple[Token, ...]] = [()] * len(sentences)
    firsts.append((-1, index))
    for (number, first), (_, end) in pairwise(firsts):
        groups[number] = made[first:end]
    lower = text.lower()
    lower_words = frozenset(positions)
    if len(lower) == len(text) and "Σ" not in text:
        _remember_runs(lower, lower_words, sentences, groups, "_" in text)
    elif _KNOWN_RUNS:
        _forget_runs()
    if language is None:
        language = detect_language_of_words(text, lower, lower_words, positions, default)
    return Post(
        text,
        language,
        author,
        made,
        sentences,
        lower,
        lower_words,
        tuple(groups),
        tuple(map(_START, made)),
        positions,
    )


_KNOWN_RUNS: dict[str, frozenset[str]] = {}
"""The runs of letters and digits of the last prepared post's lower case and of each of its sentences'
lower case, by text (replaced whole, so threads read one post's answers: right for any text)."""


def known_runs(lower_text: str) -> frozenset[str] | None:
    """The runs of letters and digits of ``lower_text`` (``[^\\W_]+``) if it is the lower case of the
    last prepared post or of one of its sentences, else ``None``."""
    return _KNOWN_RUNS.get(lower_text)


def _remember_runs(
    lower: str,
    lower_words: frozenset[str],
    sentences: tuple[tuple[int, int], ...],
    groups: list[tuple[Token, ...]],
    underscore: bool,
) -> None:
    """Remember the runs of ``lower`` and its sentences, made from the words instead of a regular expression.

    Called only when ``str.lower`` worked character by character: no character grew ("İ") and no
    capital sigma (the one letter whose lower case depends on its neighbours). Lower case never turns
    a letter or digit into anything else (checked over every code point in the tests), so the runs
    of the lower case are the lower-case words split at "_", and a sentence, which begins and ends
    beside a character that is neither, holds exactly the runs of its own words.
    """
    global _KNOWN_RUNS
    if underscore:
        known = {lower: _split_runs(lower_words)}
        for (start, end), group in zip(sentences, groups, strict=True):
            known[lower[start:end]] = _split_runs(t.lower for t in group)
    else:
        known = {lower: lower_words}
        for (start, end), group in zip(sentences, groups, strict=True):
            known[lower[start:end]] = frozenset([t.lower for t in group])
    _KNOWN_RUNS = known


def _forget_runs() -> None:
    global _KNOWN_RUNS
    _KNOWN_RUNS = {}


def _split_runs(words: Iterable[str]) -> frozenset[str]:
    return frozenset(run for word in words for run in word.split("_") if run)
