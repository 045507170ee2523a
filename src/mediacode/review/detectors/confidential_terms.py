"""The organization's confidential terms, in the shapes people write them (docs/adr/0050, 0145).

A term of ``confidential.txt`` is found as written, inflected ("Zeewolfs"), in a hyphenated compound
and inside a hashtag (#ProjectX). People rarely write a code name in full, so a term is also found

- without its label: "Project Falcon" as "Falcon", "Opleiding Dronetechniek" as "Dronetechniek";
- by its coined word: "SmartBuig 300" as "SmartBuig" (a capital inside a word makes it a name);
- without the organization's name before it: "Hofstede Snackbox" as "Snackbox";
- in a closed compound with a work word: "Vuurtorenteam", "orderdeskmigratie";
- when made of a plan and a name ("Overname Pelikaan", "Tender Westfield"), as the name next to a
  word of the same plan: "Pelikaan-overname", "the Westfield bid".

A term that is also an everyday word counts only when written as a name or right before a project
stage ("X go-live", "X's eerste testfase", "X is live"); a capitalised term of several words written
in lower case ("een rode reus") counts only at work; a shorter form found above is an everyday word
more often than the full term, so it needs work around it or a name's use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.departments import fold
from mediacode.review.detectors import Context
from mediacode.review.finding import Finding
from mediacode.review.lexicon.business_words import (
    COMPOUND_HEADS,
    LEISURE_WORDS,
    NAME_STAGES,
    PLAN_FAMILIES,
    PROJECT_STAGES,
    SECRECY_CUES,
    TERM_LABELS,
)
from mediacode.review.lexicon.common_words import COMMON_WORDS
from mediacode.review.lexicon.function_words import DUTCH, ENGLISH
from mediacode.review.phrase_index import PhraseIndex, has_phrase, phrase_parts
from mediacode.review.text import Post
from mediacode.review.work_context import WorkContext, used_as_name

MSG_TERM = (
    "'{text}' is a confidential term of {org}. The code asks you not to share confidential information."
)

_HASHTAG = re.compile(r"#(\w+)")
_FUNCTION_WORDS = DUTCH | ENGLISH
_ACRONYMS = frozenset(
    [
        "crm",
        "erp",
        "hr",
        "ict",
        "api",
        "app",
        "kpi",
        "ceo",
        "cfo",
        "cto",
        "coo",
        "mt",
        "or",
        "rvb",
        "rvc",
        "ai",
        "bi",
        "pos",
        "sap",
        "wms",
        "tms",
        "dms",
        "ecd",
        "epd",
        "gdpr",
        "avg",
        "nda",
        "btw",
        "vat",
        "faq",
        "pdf",
        "url",
        "usb",
    ]
)
"""Generic abbreviations that may stand in a term ("CRM-migratie") without naming it."""
_MIN_SHORT = 5
"""A shorter form of a term (a name without its label, a coined word) is looked for from this length."""


@dataclass(frozen=True, slots=True)
class _Term:
    term: str
    ambiguous: bool
    compact: str
    plain: bool
    """One ordinary-looking word ("Nachtegaal", not "HydroSlim 500"): it could be a common noun."""
    named: bool
    """Written with a capital letter in ``confidential.txt``: in lower case in a post ("een rode reus")
    it may be the everyday phrase."""
    written: str
    """How the index looks for it: the term, or a shorter form of it."""
    short: bool = False
    """A shorter form of the term ("Falcon" of "Project Falcon"), not the term as listed."""
    exact: bool = False
    """Found only in the case it is written ("VLS" of "VLS-planner", not "vls")."""


@dataclass(frozen=True, slots=True)
class _Anchor:
    """The name of a term made of a plan and a name, with the words of that plan."""

    term: str
    plan: frozenset[str]


def _term(term: str, written: str, *, short: bool = False, exact: bool = False) -> _Term:
    words, _ = phrase_parts(written)
    return _Term(
        term,
        ambiguous=len(words) == 1 and words[0] in COMMON_WORDS,
        compact="".join(fold(w) for w in words),
        plain=len(words) == 1 and written.isalpha() and written[1:].islower(),
        named=any(c.isupper() for c in written),
        written=written,
        short=short,
        exact=exact,
    )


_PLAN_STEMS = tuple(frozenset(w for w in family if len(w) >= 6) for family in PLAN_FAMILIES)


@lru_cache(maxsize=4096)
def _plan_of(word: str) -> frozenset[str]:
    """The plan words of the families ``word`` belongs to ("fusieplan" to the merger's)."""
    return frozenset().union(
        *(
            family
            for family, stems in zip(PLAN_FAMILIES, _PLAN_STEMS, strict=True)
            if word in family or word.startswith(tuple(stems))
        )
    )


def _short_forms(written: str, own_names: frozenset[str]) -> list[str]:
    """Shorter forms of a term of several words that people write for it."""
    parts = written.split()
    if len(parts) < 2:
        return []
    forms: list[str] = []
    first = fold(parts[0])
    if first in TERM_LABELS or first in own_names:
        forms.append(" ".join(parts[1:]))
    for part in parts:
        word = part.strip("+-.,")
        coined = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
        if coined and word.isalnum() and len(word) >= _MIN_SHORT:
            forms.append(word)
    return [f for f in forms if len(f) >= _MIN_SHORT and f.lower() not in _FUNCTION_WORDS]


class TermFinder:
    """The terms of ``confidential.txt`` and their shorter forms, over one post at a time."""

    def __init__(self, org: Organization, work: WorkContext) -> None:
        self._work = work
        self._index: PhraseIndex[_Term] = PhraseIndex()
        self._compacts: list[_Term] = []
        self._by_compact: dict[str, _Term] = {}
        self._anchors: dict[str, _Anchor] = {}
        own_names = frozenset(
            fold(w) for name in (org.name, *org.policy.organization.aliases) for w in name.split()
        )
        for item in org.confidential_terms:
            words, _ = phrase_parts(item.term)
            if not words:
                continue
            self._add(_term(item.term, item.term))
            for form in _short_forms(item.term, own_names):
                self._add(_term(item.term, form, short=True))
            if len(words) > 1:
                compact = "".join(words)
                if len(compact) >= _MIN_SHORT + 1:
                    self._add(replace(_term(item.term, compact), plain=False))  # "smartbuig300", "RodeReus"
                for part in re.findall(r"\w+", item.term):
                    if part.isupper() and part.isalpha() and len(part) >= 3 and part.lower() not in _ACRONYMS:
                        self._add(_term(item.term, part, short=True, exact=True))  # "VLS" of "VLS-planner"
            self._add_anchors(item.term, words, own_names)
        self._heads = frozenset(compact[:_MIN_SHORT] for compact in self._by_compact)
        self._may_compound_word: Callable[[str], bool] = lru_cache(maxsize=1 << 15)(self._may_compound)
        """``_may_compound``, answered once per distinct word (the words of posts repeat)."""

    def _add(self, term: _Term) -> None:
        words, _ = phrase_parts(term.written)
        self._index.add(term.written, term)
        if len(words) == 1 and len(words[0]) >= 4:
            for ending in ("s", "en", "e"):
                self._index.add(term.written + ending, term)
        self._compacts.append(term)
        if len(term.compact) >= _MIN_SHORT:
            self._by_compact.setdefault(term.compact, term)

    def _add_anchors(self, term: str, words: tuple[str, ...], own_names: frozenset[str]) -> None:
        plan = frozenset().union(*(_plan_of(w) for w in words))
        if not plan:
            return
        capitals = {fold(w) for w in re.findall(r"\w+", term) if w[:1].isupper()}
        for word in words:
            folded = fold(word)
            if (
                folded in capitals
                and not _plan_of(folded)
                and folded not in own_names
                and folded not in COMMON_WORDS
                and folded not in _FUNCTION_WORDS
                and len(folded) >= 4
            ):
                self._anchors.setdefault(folded, _Anchor(term, plan))

    # -- per post ------------------------------------------------------------------------------

    def find(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        found: list[Finding] = []
        covered: list[tuple[int, int]] = []
        support = _Support(self._work, post)
        for match in sorted(self._index.find(post), key=lambda m: (m.start, -(m.end - m.start))):
            if any(s <= match.start < e for s, e in covered):
                continue
            if post.before(match.first).endswith("#"):
                continue  # hashtags below
            if not _counts(post, match.payload, match.first, match.last, support):
                continue
            covered.append((match.start, match.end))
            found.append(
                ctx.finding(
                    Category.CONFIDENTIAL,
                    match.start,
                    match.end,
                    MSG_TERM,
                    "confidential",
                    match.payload.term,
                )
            )
        if self._by_compact:
            found.extend(self._compounds(ctx, covered))
        if self._anchors:
            found.extend(self._anchored(ctx, covered))
        for hashtag in _HASHTAG.finditer(post.text) if "#" in post.text else ():
            tag = fold(hashtag.group(1))
            for term in self._compacts:
                position = tag.find(term.compact)
                if position < 0 or (term.compact != tag and len(term.compact) < 4):
                    continue
                start = hashtag.start(1) + position
                end = start + len(term.compact)
                if any(s < end and start < e for s, e in covered):
                    continue
                covered.append((start, end))
                found.append(
                    ctx.finding(Category.CONFIDENTIAL, start, end, MSG_TERM, "confidential", term.term)
                )
                break
        return found

    def _may_compound(self, word: str) -> bool:
        """Long enough for a term and a work word, and beginning as a term does (folded, if need be)."""
        if len(word) < _MIN_SHORT + 3:
            return False
        heads = self._heads
        return word[:_MIN_SHORT] in heads or (not word.isascii() and fold(word)[:_MIN_SHORT] in heads)

    def _compounds(self, ctx: Context, covered: list[tuple[int, int]]) -> list[Finding]:
        """ "Vuurtorenteam", "orderdeskmigratie": a term closed up with a work word."""
        found: list[Finding] = []
        tokens = ctx.post.tokens
        for index in ctx.post.indices_where(self._may_compound_word):
            token = tokens[index]
            word = token.lower
            folded = word if word.isascii() else fold(word)
            if any(s <= token.start < e for s, e in covered):
                continue
            for cut in range(_MIN_SHORT, len(folded) - 2):
                term = self._by_compact.get(folded[:cut])
                if term is None:
                    continue
                rest = folded[cut:]
                if rest in COMPOUND_HEADS or (rest[:1] == "s" and rest[1:] in COMPOUND_HEADS):
                    covered.append((token.start, token.end))
                    found.append(
                        ctx.finding(
                            Category.CONFIDENTIAL, token.start, token.end, MSG_TERM, "confidential", term.term
                        )
                    )
                    break
        return found

    def _anchored(self, ctx: Context, covered: list[tuple[int, int]]) -> list[Finding]:
        """The name of "Overname Pelikaan" with a word of its plan in the sentence."""
        post = ctx.post
        found: list[Finding] = []
        for word in post.lower_words & self._anchors.keys():
            anchor = self._anchors[word]
            for index in post.positions[word]:
                token = post.tokens[index]
                if not token.is_capitalised or any(s <= token.start < e for s, e in covered):
                    continue
                near = [
                    t
                    for t in post.sentence_tokens[token.sentence]
                    if t.index != index and (t.lower in anchor.plan or _plan_of(fold(t.lower)) & anchor.plan)
                ]
                if not near:
                    continue
                if token.sentence_start and not any(abs(t.index - index) == 1 for t in near):
                    continue  # "Deventer is a lovely town ... closing time": only right next to it
                covered.append((token.start, token.end))
                found.append(
                    ctx.finding(
                        Category.CONFIDENTIAL, token.start, token.end, MSG_TERM, "confidential", anchor.term
                    )
                )
        return found


class _Support:
    """Whether the post is at work or tells a secret, looked up once and only when a term needs it."""

    def __init__(self, work: WorkContext, post: Post) -> None:
        self._work = work
        self._post = post
        self._value: bool | None = None

    def __call__(self) -> bool:
        if self._value is None:
            post = self._post
            self._value = (
                self._work.present(post, terms=False) or has_phrase(post.lower, SECRECY_CUES) is not None
            )
        return self._value


def _counts(post: Post, term: _Term, first: int, last: int, supported: _Support) -> bool:
    """Whether the words at ``first``..``last`` are the term, not the everyday word or phrase."""
    token = post.tokens[first]
    if term.exact:
        return token.text == term.written
    if post.gap(last) == "-" or _stage_after(post, last) or _labelled(post, first):
        return True  # "Kompas-app", "Kompas go-live", "project kompas"
    if (term.plain or term.short) and _leisure(post) and not supported():
        return False  # "Orion is visible from my balcony": a star, bird or place
    name_use = used_as_name(post, first) or _possessive(post, first)
    if term.ambiguous:
        if term.short:
            return supported() and (name_use or _as_name(post, first))
        return _as_name(post, first) or (supported() and name_use)
    text = post.text[token.start : post.tokens[last].end]
    lowered = token.sentence_start or not token.is_capitalised
    weak = (
        (term.short and lowered and not any(c.isupper() for c in text[1:]))
        or (term.plain and lowered)
        or (term.named and last > first and text.islower())
    )
    return not weak or supported() or name_use


def _stage_after(post: Post, last: int) -> bool:
    """A project stage within two words after the term, in its sentence: "Kompas go-live", "Zwaluws
    eerste testfase", "Vuurtoren is live"."""
    tokens = post.tokens
    for k in range(last + 1, min(len(tokens), last + 3)):
        if tokens[k].sentence != tokens[last].sentence:
            return False
        word = tokens[k].lower
        if (
            word == "go"
            and post.gap(k).strip() == "-"
            and k + 1 < len(tokens)
            and tokens[k + 1].lower == "live"
        ):
            return True
        if word.startswith(PROJECT_STAGES) or word.endswith(PROJECT_STAGES) or word in NAME_STAGES:
            return True
    return False


def _labelled(post: Post, first: int) -> bool:
    """A label right before the term: "project kompas", "operatie Meridiaan"."""
    return first > 0 and post.tokens[first - 1].lower in TERM_LABELS and not post.gap(first - 1).strip()


def _leisure(post: Post) -> bool:
    return not post.lower_words.isdisjoint(LEISURE_WORDS)


def _as_name(post: Post, first: int) -> bool:
    token = post.tokens[first]
    return token.is_capitalised and not token.sentence_start


def _possessive(post: Post, first: int) -> bool:
    """ "Granite's beta": a capitalised word with 's and no article before it is a name."""
    tokens = post.tokens
    token = tokens[first]
    if not token.is_capitalised or first + 1 >= len(tokens) or tokens[first + 1].lower != "s":
        return False
    if post.gap(first) not in ("'", "’"):
        return False
    return first == 0 or tokens[first - 1].lower not in ("de", "het", "een", "the", "a", "an")
