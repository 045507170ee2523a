"""Dutch or English: a count of function words, measured against lingua (docs/adr/0051).

Posts are short and mix the two languages ("Congrats ... met je promotie"),
so the language with more of its own function words wins; a tie goes to
the organization's language. No model is loaded, so the first call costs
nothing and one call takes a few microseconds.
"""

from __future__ import annotations

import re

from mediacode.review.lexicon.function_words import DUTCH, ENGLISH

_ONLY_DUTCH = DUTCH - ENGLISH
_ONLY_ENGLISH = ENGLISH - DUTCH
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_DUTCH_LETTERS = re.compile(r"ij|oe|ui|aa|ee|uu|sch|[ëéèï]")

LANGUAGES = ("nl", "en")


def detect_language(text: str, default: str = "nl") -> str:
    """``nl`` or ``en`` for ``text``; ``default`` when the words do not tell."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    # The two sets share no word, so each word counts for one language at most.
    dutch = sum(map(_ONLY_DUTCH.__contains__, words))
    english = sum(map(_ONLY_ENGLISH.__contains__, words))
    if dutch != english:
        return "nl" if dutch > english else "en"
    letters = len(_DUTCH_LETTERS.findall(text.lower()))
    if letters >= 2:
        return "nl"
    return default if default in LANGUAGES else "nl"


def detect_language_of_words(
    text: str, lower: str, words: frozenset[str], positions: dict[str, list[int]], default: str = "nl"
) -> str:
    """``detect_language(text, default)`` from the lower-case words of ``text`` and where they are.

    Without an apostrophe, with only letters in its words and a lower case made character by character
    (no "İ", no capital sigma), the words ``detect_language`` finds are exactly the lower-case words of
    the post: each counts as often as it occurs. Any other text is read by ``detect_language``.
    """
    if "'" in text or "’" in text or "Σ" in text or len(lower) != len(text) or not "".join(words).isalpha():
        return detect_language(text, default)
    dutch = sum(len(positions[word]) for word in words & _ONLY_DUTCH)
    english = sum(len(positions[word]) for word in words & _ONLY_ENGLISH)
    if dutch != english:
        return "nl" if dutch > english else "en"
    if len(_DUTCH_LETTERS.findall(lower)) >= 2:
        return "nl"
    return default if default in LANGUAGES else "nl"
