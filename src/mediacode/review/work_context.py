"""Whether a post is set at work, and whether a capitalised word is used as a name.

Both are what a careful reader uses to tell "Anouk" the colleague from
"Anouk" the niece, and "Kompas" the project from a compass: a post about the
team lunch, a customer or the sales department is about work; a bare
capitalised word followed by a verb ("Kompas will ...") is a name, because a
common noun as a subject needs an article.
"""

from __future__ import annotations

from mediacode.org.organization import Organization
from mediacode.review.departments import department_words, fold
from mediacode.review.employer import employer_index
from mediacode.review.lexicon.context_words import FINITE_VERBS, WORK_STEMS, WORK_WORDS
from mediacode.review.lexicon.people_words import EVERYDAY_SYNONYMS, PARTICLES
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import Post

_ARTICLES = frozenset({"de", "het", "een", "the", "a", "an", "die", "dat", "deze", "this", "that"})


class WorkContext:
    """The organization's names, its relations' names and its departments, plus work words."""

    def __init__(self, org: Organization) -> None:
        self._employer = employer_index(org)
        self._relations: PhraseIndex[str] = PhraseIndex()
        for relation in org.relations:
            for written in relation.names:
                self._relations.add(written, relation.name)
        departments: set[str] = set()
        for department in {person.department or "" for person in org.people}:
            # The directory's words and their synonyms in both languages ("Cardiologie", "cardiology");
            # a synonym that is also an everyday word ("people", "service") says nothing about work.
            own = set(fold(department).replace("-", " ").replace("&", " ").split())
            for word in department_words(department):
                if (
                    len(word) >= 3
                    and word not in PARTICLES
                    and (word in own or word not in EVERYDAY_SYNONYMS)
                ):
                    departments.add(word)
        self._terms: PhraseIndex[str] = PhraseIndex()
        for item in org.confidential_terms:
            self._terms.add(item.term, item.term)
        self._departments = frozenset(departments)
        self._department_stems = tuple(sorted(w for w in departments if len(w) >= 5))

    def present(self, post: Post, *, relations: bool = True, terms: bool = True) -> bool:
        """The post mentions work, the organization, its departments, one of its relations (unless
        ``relations`` is false) or a code name written as a name (unless ``terms`` is false)."""
        for token in post.tokens:
            word = token.lower
            if word in WORK_WORDS or word.startswith(WORK_STEMS):
                return True
            folded = word if word.isascii() else fold(word)
            if folded in self._departments or (len(folded) > 5 and folded.startswith(self._department_stems)):
                return True
        if self._employer.find(post):
            return True
        if terms and any(
            post.tokens[m.first].is_capitalised and not post.tokens[m.first].sentence_start
            for m in self._terms.find(post)
        ):
            return True
        return relations and any(post.tokens[m.first].is_capitalised for m in self._relations.find(post))


def used_as_name(post: Post, index: int) -> bool:
    """A capitalised word without an article, directly followed by a finite verb: a name."""
    tokens = post.tokens
    token = tokens[index]
    if not token.is_capitalised or index + 1 >= len(tokens):
        return False
    if index > 0 and tokens[index - 1].lower in _ARTICLES and tokens[index - 1].sentence == token.sentence:
        return False
    nxt = index + 1
    gap = post.gap(index).strip()
    if gap in ("'", "’") and tokens[nxt].lower == "s":
        return False
    if gap not in ("",):
        return False
    return tokens[nxt].lower in FINITE_VERBS
