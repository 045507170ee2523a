"""Yes/no questions about one lower-case word that detectors ask of every token, answered once per word.

``word.startswith(STEMS)`` over a hundred stems costs more than everything
else a detector does with a token, and the words of posts repeat (Zipf), so
each question keeps its answers for the last ``_WORDS`` distinct words.
Every function is pure: it reads only the project's own word lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from mediacode.review.last_post import last_post
from mediacode.review.lexicon import negativity, profanity
from mediacode.review.lexicon.personal_words import ADDRESS_SUFFIXES, HEALTH_SUFFIXES

if TYPE_CHECKING:
    from mediacode.review.text import Post

_WORDS = 1 << 15
"""Distinct words remembered per question (a few MB at most)."""


@lru_cache(maxsize=_WORDS)
def negative(word: str) -> bool:
    """A negative word of the lexicon, or one that starts with a negative stem."""
    return word in negativity.WORDS or word.startswith(negativity.STEMS)


@lru_cache(maxsize=_WORDS)
def may_be_judgement(word: str) -> bool:
    """Whether the damaging detector can take ``word`` for a judgement at all: advice, profanity or a
    negative or service-failure word (the rest depends on its context)."""
    return (
        word in negativity.ADVICE_IMPERATIVES
        or word in profanity.WORDS
        or word.startswith(profanity.STEMS)
        or word in negativity.SERVICE_FAILURE
        or negative(word)
    )


@lru_cache(maxsize=_WORDS)
def profane_stem(word: str) -> bool:
    """Starts with a profanity stem ("kut", "shit")."""
    return word.startswith(profanity.STEMS)


@lru_cache(maxsize=_WORDS)
def may_be_profane(word: str) -> bool:
    """Whether the profanity detector can flag ``word`` at all (the rest depends on its context)."""
    if word in profanity.EXCEPTIONS:
        return False
    return (
        word in profanity.LOWER_ONLY
        or word == "af"
        or word in profanity.WORDS
        or word.startswith(profanity.STEMS)
        or word.startswith(profanity.DISEASE_CURSES)
        or profane_compound(word)
        or disguised_profanity(word)
    )


@lru_cache(maxsize=_WORDS)
def profane_compound(word: str) -> bool:
    """Ends in an insult after at least three letters of its own ("aandachtshoeren", "topsukkel")."""
    return any(
        word.endswith(tail) and len(word) - len(tail) >= 3 and word[: -len(tail)].isalpha()
        for tail in profanity.COMPOUND_TAILS
    )


def _plain(word: str) -> bool:
    return word in profanity.WORDS or word.startswith(profanity.STEMS)


@lru_cache(maxsize=_WORDS)
def disguised_profanity(word: str) -> bool:
    """A swear word with digits for letters ("sh1t", "b1tch") or letters stretched ("fuuuck",
    "shiiit", "kuuut"); a plain word the lists hold is not disguised."""
    if len(word) < 3 or _plain(word):
        return False
    leet = any(c.isdigit() for c in word) and word[:1].isalpha() and sum(c.isalpha() for c in word) >= 2
    if leet and _plain(word.translate(profanity.LEET)):
        return True
    if _STRETCHED.search(word):
        once = _STRETCHED.sub(lambda m: m.group(1), word)
        twice = _STRETCHED.sub(lambda m: m.group(1) * 2, word)
        return _plain(once) or _plain(twice)
    return False


_STRETCHED = re.compile(r"(\w)\1{2,}")


@lru_cache(maxsize=_WORDS)
def disease_curse_stem(word: str) -> bool:
    """Starts with a disease used as a curse ("kanker", "tyfus")."""
    return word.startswith(profanity.DISEASE_CURSES)


@lru_cache(maxsize=_WORDS)
def health_compound(word: str) -> bool:
    """A long word with a health ending ("rugklachten", "burn-outklachten" as one word)."""
    return len(word) > 8 and word.endswith(HEALTH_SUFFIXES)


_PROFANE_OR_CURSE = tuple(profanity.STEMS) + tuple(profanity.DISEASE_CURSES)


@lru_cache(maxsize=_WORDS)
def cue_word_kind(word: str) -> str | None:
    """The lexicon cue kind of one word (``profane``, ``insult`` or ``health``), or ``None``."""
    if word in profanity.EXCEPTIONS:
        return None
    if word in profanity.WORDS:
        return "profane"
    if word.startswith(_PROFANE_OR_CURSE) and word not in profanity.DISEASE_CURSES:
        return "profane"
    if word in negativity.INSULTS:
        return "insult"
    if len(word) > 7 and word.endswith(HEALTH_SUFFIXES):
        return "health"
    return None


CUE_WORD = 1
"""``cue_word_kind`` gives a kind."""
JUDGEMENT = 2
"""``may_be_judgement``."""
PROFANE = 4
"""``may_be_profane``."""
HEALTH_COMPOUND = 8
"""``health_compound``."""
NEGATIVE = 16
"""``negative``."""
STREET_END = 32
"""Ends as a Dutch street name does ("kerkstraat", "dorpsweg")."""


@lru_cache(maxsize=_WORDS)
def word_flags(word: str) -> int:
    """The questions above that ``word`` answers with yes, one bit each (most words: none, 0)."""
    return (
        (CUE_WORD if cue_word_kind(word) is not None else 0)
        | (JUDGEMENT if may_be_judgement(word) else 0)
        | (PROFANE if may_be_profane(word) else 0)
        | (HEALTH_COMPOUND if health_compound(word) else 0)
        | (NEGATIVE if negative(word) else 0)
        | (STREET_END if word.endswith(ADDRESS_SUFFIXES) else 0)
    )


def _flagged_words(post: Post) -> dict[str, int]:
    """The post's distinct lower-case words that answer any question above with yes, with their
    ``word_flags``: one cached lookup per distinct word, made once per post (docs/adr/0152). Five
    detectors then visit the few flagged words instead of asking each its own question of every word.
    Read it, never change it."""
    words = post.positions
    return {word: flags for word, flags in zip(words, map(word_flags, words), strict=True) if flags}


flagged_words: Callable[[Post], dict[str, int]] = last_post(_flagged_words)
"""``_flagged_words(post)``, made once per post (read it, never change it)."""


def negative_words(post: Post) -> frozenset[str]:
    """The post's distinct lower-case words that are ``negative``."""
    return frozenset([word for word, flags in flagged_words(post).items() if flags & NEGATIVE])


def flagged_indices(post: Post, flag: int) -> list[int]:
    """``post.indices_where(test)`` for the question ``flag`` stands for: the indices, in order, of
    the tokens whose word answers it with yes. The list may be one of ``post.positions``: read it."""
    return post.indices_of_present([word for word, flags in flagged_words(post).items() if flags & flag])
