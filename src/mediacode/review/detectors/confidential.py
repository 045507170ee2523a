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
from mediacode.review.detectors import Context
from mediacode.review.detectors.confidential_plans import MSG_FIGURES, PlanFinder, trim
from mediacode.review.detectors.confidential_secrets import find_secrets
from mediacode.review.detectors.confidential_terms import TermFinder
from mediacode.review.employer import employer_index
from mediacode.review.finding import Finding
from mediacode.review.lexicon.business_words import (
    EARLY_LOOK,
    FIGURE_STEMS,
    FIGURE_WORDS,
    MORE_PUBLISHED,
    MORE_UNPUBLISHED,
    PERIOD_OR_COMPARISON,
    PRICE_WORDS,
    PUBLISHED_CUES,
    QUARTER_WORDS,
    QUIET_CUES,
    SECRECY_CUES,
    UNPUBLISHED_CUES,
)
from mediacode.review.lexicon.employer_words import PLURAL_US
from mediacode.review.phrase_index import has_phrase
from mediacode.review.text import Post, Token
from mediacode.review.work_context import WorkContext

_NUMBER = re.compile(
    r"[€$£]?\s?\d+(?:[.,]\d+)*\s?(?:%|procent|percent|[mkMK]\b|mln|miljoen|million|miljard|billion)?"
)
_STEM_ENDS = frozenset(stem[-5:] for stem in FIGURE_STEMS)
"""The last five letters of the figure words a compound may end in ("marketingbudget"): a post with no
long word ending so has no such compound."""
_OWN_WORDS = PLURAL_US | {"intern", "interne", "internal"}


class ConfidentialDetector:
    name = "confidential"

    def __init__(self, org: Organization) -> None:
        self._work = WorkContext(org)
        self._terms = TermFinder(org, self._work)
        self._employer = employer_index(org)
        self._plans = PlanFinder(self._work)

    def detect(self, ctx: Context) -> list[Finding]:
        findings = self._terms.find(ctx)
        findings.extend(find_secrets(ctx))
        findings.extend(self._figures(ctx))
        findings.extend(self._plans.find(ctx))
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
            and _STEM_ENDS.isdisjoint({w[-5:] for w in words if len(w) > 7})
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
                    span = trim(post.text, s_start, s_end)
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


def build(org: Organization) -> ConfidentialDetector:
    return ConfidentialDetector(org)
