"""Position: a manager or director gives an opinion on the organization's business or policy.

Only authors whose role is in ``social_media.position_roles`` can have this
finding. It needs an opinion marker ("ik vind", "in my view", "wat mij
betreft", "we should") and a subject that is the organization's business:
its name or alias, "ons bedrijf"/"our company", or "we/our" with a business
word (prices, strategy, customers, investments). The finding is about the
whole post, so it has no span. When the markers miss an opinion, the
review model (docs/adr/0054) may still find it.
"""

from __future__ import annotations

from mediacode.org.organization import Organization
from mediacode.org.people import Person
from mediacode.org.schema import Category
from mediacode.review.detectors import Context
from mediacode.review.employer import employer_index
from mediacode.review.finding import Finding
from mediacode.review.lexicon.employer_words import (
    BUSINESS_NOUNS,
    BUSINESS_SUFFIXES,
    OPINION_MARKERS,
    PLURAL_US,
)
from mediacode.review.model.scorer import Scorer
from mediacode.review.phrase_index import has_phrase

MSG_POSITION = (
    "As {role} you give an opinion on the business or policy of {org} ('{marker}'); readers may take it "
    "as the organization's own view. The code asks you to make clear it is your personal view."
)
MSG_POSITION_MODEL = (
    "As {role} you seem to give a view on the business or policy of {org}; readers may take it "
    "as the organization's own view. The code asks you to make clear it is your personal view."
)
_WEAK = frozenset({"should", "moet", "moeten"})
_ROLES = {"manager": "a manager", "director": "a director", "employee": "an employee"}


class PositionDetector:
    name = "position"

    def __init__(self, org: Organization, scorer: Scorer | None = None) -> None:
        self._scorer = scorer if scorer is not None else Scorer.shipped(org)
        self._roles = frozenset(org.policy.social_media.position_roles)
        self._employer = employer_index(org)

    def detect(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        author = post.author
        if author is None or author.role not in self._roles:
            return []
        found = self._rules(ctx, author)
        if found:
            return found
        features = self._scorer.features(post)
        if features is None or not features.may_judge("position"):
            return []
        score = self._scorer.score(post, "position")
        if score is None or not score.fires:
            return []
        role = ctx.gettext(_ROLES.get(author.role, "a manager"))
        evidence = f"p={score.probability:.2f}"
        return [
            ctx.finding(
                Category.POSITION,
                None,
                None,
                MSG_POSITION_MODEL,
                "position-model",
                evidence,
                score.probability,
                role=role,
            )
        ]

    def _rules(self, ctx: Context, author: Person) -> list[Finding]:
        post = ctx.post
        refs = [r for r in self._employer.find(post) if r.kind in ("organization", "employer", "offering")]
        about_business: set[int] = {r.sentence for r in refs}
        for number in range(len(post.sentences)):
            words = {t.lower for t in post.tokens if t.sentence == number}
            if words & PLURAL_US and (
                words & BUSINESS_NOUNS or any(w.endswith(BUSINESS_SUFFIXES) for w in words)
            ):
                about_business.add(number)
        if not about_business:
            return []
        for number, (start, end) in enumerate(post.sentences):
            marker = has_phrase(post.lower[start:end], OPINION_MARKERS)
            if marker is None:
                continue
            if marker in _WEAK and number not in about_business:
                continue
            role = ctx.gettext(_ROLES.get(author.role, "a manager"))
            return [
                ctx.finding(
                    Category.POSITION, None, None, MSG_POSITION, self.name, marker, marker=marker, role=role
                )
            ]
        return []


def build(org: Organization, scorer: Scorer | None = None) -> PositionDetector:
    return PositionDetector(org, scorer)
