"""Department names as posts write them: the directory's own name, its synonyms, both languages."""

from __future__ import annotations

import unicodedata

from mediacode.review.lexicon.people_words import DEPARTMENT_SYNONYMS


def fold(word: str) -> str:
    """Lower case without accents: ``Financiën`` -> ``financien``."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_GROUP_OF: dict[str, frozenset[str]] = {}
for _group in DEPARTMENT_SYNONYMS:
    _folded = frozenset(fold(w) for w in _group)
    for _word in _folded:
        _GROUP_OF[_word] = _GROUP_OF.get(_word, frozenset()) | _folded

ALL_DEPARTMENT_WORDS: frozenset[str] = frozenset(_GROUP_OF)


def department_words(department: str) -> frozenset[str]:
    """Words (folded) that can stand for ``department`` in a post."""
    words: set[str] = set()
    for part in fold(department).replace("-", " ").replace("&", " ").split():
        words.add(part)
        words |= _GROUP_OF.get(part, frozenset())
    whole = fold(department).replace(" ", "")
    words.add(whole)
    words |= _GROUP_OF.get(whole, frozenset())
    words.discard("")
    return frozenset(words)
