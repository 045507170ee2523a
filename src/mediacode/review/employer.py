"""Where a post refers to the author's own organization, its management or its business."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

from mediacode.org.organization import Organization
from mediacode.review.departments import ALL_DEPARTMENT_WORDS, fold
from mediacode.review.last_post import last_post
from mediacode.review.lexicon.employer_words import (
    BUSINESS_NOUNS,
    EMPLOYER_PHRASES,
    MANAGEMENT_PHRASES,
    OFFERING_PHRASES,
)
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import Post


@dataclass(slots=True, unsafe_hash=True)  # not frozen: made per post, a frozen __init__ is slow
class Reference:
    start: int
    end: int
    kind: str
    """``organization``, ``employer``, ``management`` or ``offering``."""
    sentence: int


class EmployerIndex:
    """The organization's name and aliases plus the phrases that mean "my employer".

    One index per organization (``employer_index``) serves every detector; ``find`` remembers its
    last post and answer in one tuple, so the detectors that ask about the same post share one
    search and threads sharing a reviewer never read another post's answer (docs/adr/0055).
    """

    def __init__(self, org: Organization) -> None:
        self._found: Callable[[Post], tuple[Reference, ...]] = last_post(lambda post: tuple(self._find(post)))
        self._names: PhraseIndex[tuple[str, bool]] = PhraseIndex()
        for name in (org.name, *org.policy.organization.aliases):
            letters = "".join(c for c in name if c.isalpha())
            # An all-capitals short alias (VHL) must be written in capitals.
            exact_case = letters.isupper() and len(letters) <= 5
            self._names.add(name, (name, exact_case))
            if not name.endswith("s"):
                self._names.add(name + "s", (name, exact_case))  # the genitive without an apostrophe
        self._phrases: PhraseIndex[str] = PhraseIndex()
        for kind, phrases in (
            ("employer", EMPLOYER_PHRASES),
            ("management", MANAGEMENT_PHRASES),
            ("offering", OFFERING_PHRASES),
        ):
            for phrase in phrases:
                self._phrases.add(phrase, kind)

    def find(self, post: Post) -> tuple[Reference, ...]:
        """Every reference of ``post`` to the employer (the same tuple for the same post)."""
        return self._found(post)

    def _find(self, post: Post) -> list[Reference]:
        refs: list[Reference] = []
        for match in self._names.find(post):
            _, exact_case = match.payload
            first = post.tokens[match.first]
            if exact_case and not first.text.isupper():
                continue
            if not exact_case and not first.is_capitalised:
                continue
            refs.append(Reference(match.start, match.end, "organization", first.sentence))
        taken = [(r.start, r.end) for r in refs]
        positions = post.positions
        tokens = post.tokens
        ours = positions.get("onze", []) + positions.get("our", [])  # in text order below, as the tokens
        for index in sorted(ours) if ours else ():
            if index + 1 < len(tokens):
                token = tokens[index]
                nxt = tokens[index + 1]
                if nxt.lower in BUSINESS_NOUNS or fold(nxt.lower) in ALL_DEPARTMENT_WORDS:
                    taken.append((token.start, nxt.end))
                    refs.append(Reference(token.start, nxt.end, "offering", token.sentence))
        for phrase in self._phrases.find(post):
            if any(s <= phrase.start < e for s, e in taken):
                continue
            taken.append((phrase.start, phrase.end))
            refs.append(
                Reference(phrase.start, phrase.end, phrase.payload, post.tokens[phrase.first].sentence)
            )
        return refs


_SHARED: dict[int, tuple[weakref.ref[Organization], EmployerIndex]] = {}


def employer_index(org: Organization) -> EmployerIndex:
    """The one ``EmployerIndex`` of ``org`` (built on first use, dropped with the organization).

    Keyed by identity, as ``reviewer_for``: an Organization is immutable, so one object means one index.
    """
    cached = _SHARED.get(id(org))
    if cached is not None and cached[0]() is org:
        return cached[1]
    index = EmployerIndex(org)
    key = id(org)
    forget = _SHARED.pop  # bound now: at interpreter exit the module global may already be gone
    _SHARED[key] = (weakref.ref(org, lambda _: forget(key, None)), index)
    return index
