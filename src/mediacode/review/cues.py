"""Word-list cues the review model reads, and the words they sit on (docs/adr/0054).

Each cue kind groups phrases of the project's own lexicons (no organization's
words): profanity, insults, health, salary and disciplinary words, secrecy,
reorganisation, meeting and password words, served people (patients, guests),
role nouns and family words. The model sees ``c:<kind>`` and pairs with a
person mask; a finding the model makes without a rule points at the cue (or
the masked mention) it hinges on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from mediacode.review.last_post import last_post
from mediacode.review.lexicon import profanity
from mediacode.review.lexicon.business_words import (
    CREDENTIAL_WORDS,
    MEETING_WORDS,
    NOT_PUBLIC_CUES,
    REORGANISATION_WORDS,
    SECRECY_CUES,
    UNPUBLISHED_CUES,
)
from mediacode.review.lexicon.people_words import INDEFINITE_COLLEAGUE, KIN, ROLE_NOUNS
from mediacode.review.lexicon.personal_words import (
    DISCIPLINARY,
    HEALTH,
    SALARY,
    SERVED_PEOPLE,
)
from mediacode.review.phrase_index import PhraseIndex, PhraseMatch
from mediacode.review.text import Post
from mediacode.review.word_tests import CUE_WORD, cue_word_kind, flagged_indices, flagged_words

_PHRASES: dict[str, tuple[str, ...] | frozenset[str]] = {
    "profane": profanity.PHRASES,
    "health": HEALTH,
    "salary": SALARY,
    "discipline": DISCIPLINARY,
    "secrecy": SECRECY_CUES + NOT_PUBLIC_CUES + UNPUBLISHED_CUES,
    "reorg": REORGANISATION_WORDS,
    "meeting": MEETING_WORDS,
    "credential": CREDENTIAL_WORDS,
    "served": SERVED_PEOPLE,
    "role": ROLE_NOUNS | INDEFINITE_COLLEAGUE,
    "kin": KIN,
}
_INDEX: PhraseIndex[str] = PhraseIndex((p, kind) for kind, phrases in _PHRASES.items() for p in phrases)
_START = attrgetter("start")


@dataclass(slots=True, unsafe_hash=True)  # not frozen: made per post, a frozen __init__ is slow
class Cue:
    kind: str
    """A cue kind above, or a mask (``<PERSON>``, ``<CUSTOMER>``...)."""
    sentence: int
    start: int
    end: int


_phrases: Callable[[Post], list[PhraseMatch[str]]] = last_post(_INDEX.find)
"""``_INDEX.find(post)``, found once per post: ``has_cue`` is asked for several categories of a post,
then ``find_cues``."""


def find_cues(post: Post) -> list[Cue]:
    """Every lexicon cue of ``post``, in text order (phrases first at a position, then words)."""
    tokens = post.tokens
    found = [Cue(m.payload, tokens[m.first].sentence, m.start, m.end) for m in _phrases(post)]
    for index in flagged_indices(post, CUE_WORD):
        token = tokens[index]
        kind = cue_word_kind(token.lower)
        if kind is not None:
            found.append(Cue(kind, token.sentence, token.start, token.end))
    found.sort(key=_START)
    return found


_WORD_KINDS = frozenset({"profane", "insult", "health"})
"""The kinds ``cue_word_kind`` gives; every other kind comes from a phrase of ``_INDEX``."""


def has_cue(post: Post, kinds: frozenset[str]) -> bool:
    """Whether ``find_cues(post)`` holds a cue of one of ``kinds``, without making the cues: a kind
    no word test gives is looked for among the phrases alone."""
    if any(match.payload in kinds for match in _phrases(post)):
        return True
    if kinds.isdisjoint(_WORD_KINDS):
        return False
    flagged = flagged_words(post)
    return any(cue_word_kind(word) in kinds for word, flags in flagged.items() if flags & CUE_WORD)
