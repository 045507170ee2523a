"""Confidential information: the organization's confidential terms and internal-only facts.

Terms of ``confidential.txt`` are found with inflections ("Zeewolfs"),
in compounds with a hyphen and inside hashtags (#ProjectX). A term that is
also an everyday word counts only when written as a name or right before a
project stage ("X go-live", "X's eerste testfase"); a capitalised term of
several words written in lower case ("een rode reus") counts only at work. Patterns find
passwords and access codes, unpublished figures, layoffs or reorganisations
not yet announced, and the content of internal or confidential meetings.
"""

from __future__ import annotations

import re

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.departments import ALL_DEPARTMENT_WORDS, fold
from mediacode.review.detectors import Context
from mediacode.review.detectors.confidential_secrets import find_secrets
from mediacode.review.detectors.confidential_terms import TermFinder
from mediacode.review.employer import employer_index
from mediacode.review.finding import Finding
from mediacode.review.lexicon.business_words import (
    DEAL_WORDS,
    EARLY_LOOK,
    FIGURE_STEMS,
    FIGURE_WORDS,
    FUTURE_CUES,
    LABOUR_AGREEMENT_WORDS,
    MEETING_WORDS,
    MORE_PUBLISHED,
    MORE_UNPUBLISHED,
    NEGOTIATION_WORDS,
    NOT_PUBLIC_CUES,
    PERIOD_OR_COMPARISON,
    PRICE_WORDS,
    PUBLISHED_CUES,
    QUARTER_WORDS,
    QUIET_CUES,
    REORGANISATION_WORDS,
    SECRECY_CUES,
    UNPUBLISHED_CUES,
)
from mediacode.review.lexicon.employer_words import PLURAL_US
from mediacode.review.phrase_index import find_phrase, has_phrase
from mediacode.review.text import Post, Token
from mediacode.review.work_context import WorkContext

MSG_FIGURES = (
    "'{text}' looks like unpublished figures of {org}. "
    "The code asks you not to share internal figures before they are published."
)
MSG_PLANS = (
    "'{text}' reveals plans for a reorganisation or layoffs that have not been announced. "
    "The code asks you not to share internal plans."
)
MSG_NOT_PUBLIC = (
    "'{text}' is news that has not been made public. "
    "The code asks you to keep internal information inside the organization."
)
MSG_MEETING = (
    "'{text}' reveals what was said in an internal or confidential meeting or document. "
    "The code asks you to keep internal information inside the organization."
)

_NUMBER = re.compile(
    r"[€$£]?\s?\d+(?:[.,]\d+)*\s?(?:%|procent|percent|[mkMK]\b|mln|miljoen|million|miljard|billion)?"
)
_AMOUNT = re.compile(
    r"(?:[€$£]\s?\d[\d.,]*\s?(?:[kKmM]\b|mln|miljoen|million)?|\d[\d.,]*\s?(?:%|procent|percent|euro\b))"
)
_PLACES = (
    frozenset(
        [
            "magazijn",
            "vestiging",
            "kantoor",
            "fabriek",
            "locatie",
            "afdeling",
            "filiaal",
            "winkel",
            "depot",
            "hoofdkantoor",
            "site",
            "warehouse",
            "office",
            "branch",
            "plant",
            "factory",
            "store",
            "department",
            "team",
            "banen",
            "jobs",
            "fte",
            "arbeidsplaatsen",
            "mensen",
            "medewerkers",
            "collega's",
            "staff",
            "people",
            "employees",
            "werknemers",
            "plekken",
        ]
    )
    | ALL_DEPARTMENT_WORDS
)
_MOVES = frozenset(
    [
        "verhuist",
        "verhuizen",
        "verhuisd",
        "verplaatst",
        "verplaatsen",
        "sluit",
        "sluiten",
        "opgeheven",
        "opheffen",
        "samengevoegd",
        "samenvoegen",
        "afgestoten",
        "afstoten",
        "relocated",
        "relocate",
        "closes",
        "closing",
        "merged",
        "eruit",
        "geschrapt",
        "schrappen",
        "afgeschaft",
        "afschaffen",
        "scrapped",
        "abolished",
        "axed",
    ]
)
_CLOSE = frozenset({"close", "closed", "shut", "dicht", "sluit"})
"""Closing, said of a place of the organization (a branch, the warehouse)."""
_JOB_LOSS = frozenset(
    {
        "verdwijnen",
        "verdwijnt",
        "geschrapt",
        "schrappen",
        "weg",
        "af",
        "cut",
        "cuts",
        "cutting",
        "lost",
        "go",
        "gaan",
    }
)
_CONFIDENTIAL_MARKS = (
    "vertrouwelijk",
    "vertrouwelijke",
    "interne",
    "geheime",
    "confidential",
    "intern",
    "internal",
    "niet delen",
    "don't share",
    "not for sharing",
    "geheim",
    "secret",
)


_NEGOTIATION = tuple(sorted(NEGOTIATION_WORDS))


_OWN_WORDS = PLURAL_US | {"intern", "interne", "internal"}


class ConfidentialDetector:
    name = "confidential"

    def __init__(self, org: Organization) -> None:
        self._work = WorkContext(org)
        self._terms = TermFinder(org, self._work)
        self._employer = employer_index(org)

    def detect(self, ctx: Context) -> list[Finding]:
        findings = self._terms.find(ctx)
        findings.extend(find_secrets(ctx))
        findings.extend(self._figures(ctx))
        findings.extend(self._plans(ctx))
        findings.extend(self._commercial(ctx))
        findings.extend(self._not_public(ctx))
        return findings

    # -- figures ---------------------------------------------------------------------------

    def _figures(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        by_sentence = post.sentence_tokens
        words = post.lower_words
        if (
            words.isdisjoint(FIGURE_WORDS)
            and words.isdisjoint(PRICE_WORDS)
            and words.isdisjoint(QUARTER_WORDS)
            and not any(len(w) > 7 and w.endswith(FIGURE_STEMS) for w in words)
        ):
            return []  # no metric or period word in any sentence: nothing below can be found
        lower = post.lower
        unpublished = (
            has_phrase(lower, UNPUBLISHED_CUES) is not None or has_phrase(lower, MORE_UNPUBLISHED) is not None
        )
        if not unpublished and (has_phrase(lower, PUBLISHED_CUES) or has_phrase(lower, MORE_PUBLISHED)):
            return []
        secrecy = (
            unpublished
            or has_phrase(lower, SECRECY_CUES) is not None
            or has_phrase(lower, QUIET_CUES) is not None
        )
        found: list[Finding] = []
        for number, (s_start, s_end) in enumerate(post.sentences):
            tokens = by_sentence[number]
            own = self._own(post, tokens, number)
            metric = [t for t in tokens if self._metric(post, t, own)]
            quarter = [t for t in tokens if t.lower in QUARTER_WORDS]
            if not (metric or quarter):
                continue
            sentence = post.text[s_start:s_end]
            numbers = [m for m in _NUMBER.finditer(sentence) if any(c.isdigit() for c in m.group())]
            numbers = [
                m
                for m in numbers
                if not re.fullmatch(r"[qQhH]\d", sentence[max(0, m.start() - 1) : m.end()].strip())
            ]
            if not numbers:
                # "Just saw the Q3 numbers": figures of a period, seen before they are out.
                early = secrecy or has_phrase(lower[s_start:s_end], EARLY_LOOK) is not None
                if metric and early and (quarter or any(t.lower in QUARTER_WORDS for t in metric)):
                    span = self._trim(post.text, s_start, s_end)
                    found.append(
                        ctx.finding(Category.CONFIDENTIAL, *span, MSG_FIGURES, self.name, metric[0].lower)
                    )
                continue
            relative = any(
                (
                    "%" in m.group()
                    or "€" in m.group()
                    or "$" in m.group()
                    or "£" in m.group()
                    or m.group().rstrip()[-1:].isalpha()
                )
                for m in numbers
            )
            period = any(t.lower in PERIOD_OR_COMPARISON for t in tokens)
            if not metric:
                # "We zitten dit kwartaal 18% boven vorig jaar": our figure of a period, no metric word.
                metric = quarter if own and relative and (period or secrecy) else []
            if not metric or not (relative and (period or secrecy)):
                continue
            start = min([metric[0].start, *(t.start for t in tokens if re.fullmatch(r"[qh]\d", t.lower))])
            end = s_start + max(m.end() for m in numbers)
            tail = re.match(
                r"[^.!?\n]*?(?:budget|begroting|vorig jaar|last year|verwachting|forecast)",
                post.text[end:s_end],
                re.I,
            )
            if tail:
                end += tail.end()
            found.append(
                ctx.finding(Category.CONFIDENTIAL, start, end, MSG_FIGURES, self.name, metric[0].lower)
            )
        return found

    def _own(self, post: Post, tokens: tuple[Token, ...], number: int) -> bool:
        """The sentence speaks of the organization: "we", "onze", its name, an internal source."""
        return any(t.lower in _OWN_WORDS for t in tokens) or any(
            r.sentence == number for r in self._employer.find(post)
        )

    def _metric(self, post: Post, token: Token, own: bool) -> bool:
        """A figure word of the organization ("omzet", "marketingbudget", "onze prijzen"), not another
        company's ("Apple's revenue")."""
        word = token.lower
        if not (
            word in FIGURE_WORDS
            or (own and word in PRICE_WORDS)
            or (len(word) > 7 and word.endswith(FIGURE_STEMS))
        ):
            return False
        k = token.index
        if k >= 2 and post.tokens[k - 1].lower == "s" and post.gap(k - 2) in ("'", "’"):
            owner = post.tokens[k - 2]
            return not owner.is_capitalised or any(
                r.kind == "organization" and r.start <= owner.start < r.end for r in self._employer.find(post)
            )
        return True

    # -- plans and meetings ----------------------------------------------------------------

    def _plans(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        lower = post.lower
        secrecy: bool | None = None  # looked up once, when a sentence first needs it
        announced: str | None = None
        found: list[Finding] = []
        by_sentence = post.sentence_tokens
        for number, (s_start, s_end) in enumerate(post.sentences):
            sentence = lower[s_start:s_end]
            words = {t.lower for t in by_sentence[number]}
            meeting = has_phrase(sentence, MEETING_WORDS) is not None or any(
                w.endswith(("overleg", "vergadering", "meeting", "verslag", "notulen")) for w in words
            )
            folded: set[str] | None = None
            moves = next(iter(sorted(words & _MOVES)), None)
            if moves is None and words & _CLOSE:
                folded = {fold(w) for w in words}
                if folded & _PLACES or meeting:
                    moves = "close"  # "the branch is going to close", "heard in the MT: X closes"
            trigger = has_phrase(sentence, REORGANISATION_WORDS)
            job_loss = bool(words & {"banen", "jobs", "arbeidsplaatsen", "fte", "plekken"}) and bool(
                words & _JOB_LOSS
            )
            if not (meeting or trigger or moves or job_loss):
                continue  # neither a meeting nor a plan: no finding below can come from this sentence
            marked = has_phrase(sentence, _CONFIDENTIAL_MARKS) is not None
            future = has_phrase(sentence, FUTURE_CUES) is not None
            if folded is None:
                folded = {fold(w) for w in words}
            strict_place = bool(folded & _PLACES)
            if secrecy is None:
                secrecy = has_phrase(lower, SECRECY_CUES) is not None
                announced = has_phrase(
                    lower, ("aangekondigd", "announced", "persbericht", "press release", "bekendgemaakt")
                )
            place = strict_place or bool(words & {"we", "wij", "ons", "onze", "our"})
            if moves and strict_place and not trigger:
                trigger = moves
            span = self._trim(post.text, s_start, s_end)
            if meeting and (marked or trigger or moves or job_loss):
                found.append(ctx.finding(Category.CONFIDENTIAL, *span, MSG_MEETING, self.name, "meeting"))
            elif (trigger or job_loss) and place and (future or secrecy) and not (announced and not secrecy):
                found.append(
                    ctx.finding(Category.CONFIDENTIAL, *span, MSG_PLANS, self.name, trigger or "jobs")
                )
        return found

    # -- commercial terms and news not yet public ------------------------------------------

    def _commercial(self, ctx: Context) -> list[Finding]:
        """A negotiating position with figures ("wij bieden 6%"), or the value of a deal with a
        relation ("de offerte van €480.000"), not yet published."""
        post = ctx.post
        lower = post.lower
        words = [t.lower for t in post.tokens]
        if any(w in LABOUR_AGREEMENT_WORDS for w in words):
            return []
        relation = any(f.category in (Category.CUSTOMER, Category.SUPPLIER) for f in ctx.findings)
        negotiation = any(w.endswith(_NEGOTIATION) for w in words) and (relation or self._work.present(post))
        if not (negotiation or relation):
            return []  # no sentence below can be a negotiation or a deal with a relation
        if has_phrase(lower, PUBLISHED_CUES) and not has_phrase(lower, UNPUBLISHED_CUES):
            return []
        by_sentence = post.sentence_tokens
        for number, (s_start, s_end) in enumerate(post.sentences):
            sentence = [t.lower for t in by_sentence[number]]
            if not (
                negotiation
                or (
                    relation and any(w in DEAL_WORDS or w.endswith(("offerte", "contract")) for w in sentence)
                )
            ):
                continue
            amount = _AMOUNT.search(post.text, s_start, s_end)
            if amount is None:
                continue
            span = self._trim(post.text, s_start, s_end)
            return [ctx.finding(Category.CONFIDENTIAL, *span, MSG_FIGURES, self.name, "commercial terms")]
        return []

    def _not_public(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        cue = has_phrase(post.lower, NOT_PUBLIC_CUES)
        if cue is None or not self._work.present(post, terms=False):
            return []
        start = find_phrase(post.lower, cue)
        span = self._trim(post.text, *post.sentence_of(start))
        return [ctx.finding(Category.CONFIDENTIAL, *span, MSG_NOT_PUBLIC, self.name, cue)]

    @staticmethod
    def _trim(text: str, start: int, end: int) -> tuple[int, int]:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)€"):
            end -= 1
        return start, end


def build(org: Organization) -> ConfidentialDetector:
    return ConfidentialDetector(org)
