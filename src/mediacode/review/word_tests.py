"""Yes/no questions about one lower-case word that detectors ask of every token, answered once per word.

``word.startswith(STEMS)`` over a hundred stems costs more than everything
else a detector does with a token, and the words of posts repeat (Zipf), so
each question keeps its answers for the last ``_WORDS`` distinct words.
Every function is pure: it reads only the project's own word lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mediacode.review.lexicon import negativity, profanity

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
