"""A post prepared once for every detector: its words with offsets, sentences and lower case.

Tokens are runs of word characters (``\\w+``); what lies between two tokens
(a space, a hyphen, a dot, an apostrophe) is kept as the ``gap`` so that a
matcher can tell ``bol.com`` from ``bol com`` and ``Orion-migratie`` from
``Orion migratie`` without a second pass over the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from operator import attrgetter

from mediacode.org.people import Person

_WORD = re.compile(r"\w+")
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
    """The text under review, its author and its language, tokenised once."""

    text: str
    language: str
    author: Person | None
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]
    """Character ranges of the sentences."""
    lower: str = field(init=False)
    lower_words: frozenset[str] = field(init=False)
    """Every token's lower-case form, so a phrase index can skip a post that has none of its words."""
    sentence_tokens: tuple[tuple[Token, ...], ...] = field(init=False, repr=False, compare=False)
    """The tokens of each sentence, grouped once (a scan of all tokens per sentence is quadratic)."""
    token_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """Every token's start offset, in order, for ``bisect``."""
    positions: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    """The indices of the tokens of each lower-case word, in order (a phrase index looks up only the
    words it has, not every token). Its keys are ``lower_words``."""

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "lower", self.text.lower())
        positions: dict[str, list[int]] = {}
        groups: list[list[Token]] = [[] for _ in self.sentences]
        get = positions.get
        for token in self.tokens:
            word = token.lower
            at = get(word)
            if at is None:
                positions[word] = [token.index]
            else:
                at.append(token.index)
            sentence = token.sentence
            while sentence >= len(groups):
                groups.append([])
            groups[sentence].append(token)
        setattr_(self, "positions", positions)
        setattr_(self, "lower_words", frozenset(positions))
        setattr_(self, "sentence_tokens", tuple(map(tuple, groups)))
        setattr_(self, "token_starts", tuple(map(_START, self.tokens)))

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


def _after_symbol(text: str, start: int, end: int) -> bool:
    """An emoji or other symbol between two words works as a full stop ("zeilen ⛵ Anker uit")."""
    gap = text[start:end]
    return not gap.isascii() and any(not c.isascii() and unicodedata.category(c) == "So" for c in gap)


def prepare(text: str, language: str, author: Person | None) -> Post:
    sentences = split_sentences(text)
    tokens: list[Token] = []
    sentence = 0
    last_sentence = len(sentences) - 1
    sentence_end = sentences[0][1]
    previous_sentence = -1
    previous_end = 0
    symbols = not text.isascii()  # an ASCII text has no symbol between its words
    append = tokens.append
    for index, match in enumerate(_WORD.finditer(text)):
        start, end = match.span()
        while sentence < last_sentence and start >= sentence_end:
            sentence += 1
            sentence_end = sentences[sentence][1]
        word = match.group()
        append(
            Token(
                index,
                start,
                end,
                word,
                word.lower(),
                sentence,
                sentence != previous_sentence
                or (
                    symbols
                    and not text[previous_end:start].isascii()
                    and _after_symbol(text, previous_end, start)
                ),
            )
        )
        previous_sentence = sentence
        previous_end = end
    return Post(text, language, author, tuple(tokens), sentences)
