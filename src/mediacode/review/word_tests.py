"""Yes/no questions about one lower-case word that detectors ask of every token, answered once per word.

``word.startswith(STEMS)`` over a hundred stems costs more than everything
else a detector does with a token, and the words of posts repeat (Zipf), so
each question keeps its answers for the last ``_WORDS`` distinct words.
Every function is pure: it reads only the project's own word lists.
"""

from __future__ import annotations

from functools import lru_cache

from mediacode.review.lexicon import negativity, profanity

_WORDS = 1 << 15
"""Distinct words remembered per question (a few MB at most)."""


@lru_cache(maxsize=_WORDS)
def negative(word: str) -> bool:
    """A negative word of the lexicon, or one that starts with a negative stem."""
    return word in negativity.WORDS or word.startswith(negativity.STEMS)


@lru_cache(maxsize=_WORDS)
def profane_stem(word: str) -> bool:
    """Starts with a profanity stem ("kut", "shit")."""
    return word.startswith(profanity.STEMS)


@lru_cache(maxsize=_WORDS)
def disease_curse_stem(word: str) -> bool:
    """Starts with a disease used as a curse ("kanker", "tyfus")."""
    return word.startswith(profanity.DISEASE_CURSES)
