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

    Without an apostrophe and with a lower case made character by character (no "İ", no capital
    sigma), the words ``detect_language`` finds are the runs of letters of the lower-case words of the
    post: a word of letters only is its own run, and each counts as often as its word occurs (a word
    with a digit or "_", such as "3de" or "q3", is split into its runs: no function word has either).
    Any other text is read by ``detect_language``.
    """
    if "'" in text or "’" in text or "Σ" in text or len(lower) != len(text):
        return detect_language(text, default)
    dutch = sum(len(positions[word]) for word in words & _ONLY_DUTCH)
    english = sum(len(positions[word]) for word in words & _ONLY_ENGLISH)
    if not "".join(words).isalpha():
        for word in words:
            if not word.isalpha():
                for run in _WORD.findall(word):
                    if run in _ONLY_DUTCH:
                        dutch += len(positions[word])
                    elif run in _ONLY_ENGLISH:
                        english += len(positions[word])
    if dutch != english:
        return "nl" if dutch > english else "en"
    if len(_DUTCH_LETTERS.findall(lower)) >= 2:
        return "nl"
    return default if default in LANGUAGES else "nl"
