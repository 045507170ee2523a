"""The reviewer: every detector built once for an organization, then one call per post."""

from __future__ import annotations

import weakref

from mediacode.errors import InputError, NotFoundError
from mediacode.i18n import gettext_for
from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.decision import Decision
from mediacode.review.detectors import (
    Context,
    Detector,
    colleague,
    conduct,
    confidential,
    damaging,
    model_findings,
    personal_data,
    position,
    relation,
)
from mediacode.review.detectors.colleague import ADDRESS_DETECTOR
from mediacode.review.finding import Finding
from mediacode.review.model.scorer import Scorer
from mediacode.review.model.weights import ModelWeights, load_weights
from mediacode.review.text import prepare

_IDENTIFIER_EVIDENCE = frozenset({"e-mail", "phone", "iban", "bsn"})


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per piece of text.

    An identifier (e-mail, phone, IBAN, BSN) absorbs any other span inside
    it (a handle found inside an address is personal data, not also a colleague), except a
    colleague's own full address, which is both;
    damaging (by the rules) absorbs the conduct words of the same insult; within one
    category, overlapping spans keep the longest.
    """
    if len(findings) < 2:
        return list(findings)  # nothing to absorb or to overlap
    identifiers = [
        f for f in findings if f.category == Category.PERSONAL_DATA and f.evidence in _IDENTIFIER_EVIDENCE
    ]
    damaging_spans = [f for f in findings if f.category == Category.DAMAGING and f.detector == "damaging"]
    kept: list[Finding] = []
    for finding in findings:
        if (
            finding.category != Category.PERSONAL_DATA
            and finding.detector != ADDRESS_DETECTOR
            and any(i.contains(finding) for i in identifiers)
        ):
            continue
        if finding.category == Category.CONDUCT and any(d.overlaps(finding) for d in damaging_spans):
            continue
        kept.append(finding)
    kept.sort(key=lambda f: -((f.end or 0) - (f.start or 0)))
    result: list[Finding] = []
    for finding in kept:
        if not finding.has_span:
            if not any(r.category == finding.category and not r.has_span for r in result):
                result.append(finding)
            continue
        if any(r.category == finding.category and r.overlaps(finding) for r in result):
            continue
        result.append(finding)
    return result


class Reviewer:
    """All indices of one organization, built once; ``review`` is then pure and fast.

    ``use_model`` adds the shipped review model (or ``weights``) to the rules: for damaging
    and position in their detectors, for the other modelled categories (colleague,
    confidential) where their rules found nothing (docs/adr/0054); without it the rules
    stand alone.
    """

    def __init__(
        self, org: Organization, *, use_model: bool = True, weights: ModelWeights | None = None
    ) -> None:
        self.org = org
        scorer = Scorer(org, (weights or load_weights()) if use_model else None)
        self._detectors: tuple[Detector, ...] = (
            colleague.build(org),
            personal_data.build(org),
            relation.build(org),
            confidential.build(org),
            damaging.build(org, scorer),
            conduct.build(org),
            position.build(org, scorer),
            model_findings.build(org, scorer),
        )

    def review(self, text: str, author_id: str | None) -> Decision:
        """The decision of the code on ``text`` written by ``author_id`` (an id of ``people.csv``)."""
        if not text or not text.strip():
            raise InputError("the text is empty")
        if len(text) > MAX_POST_CHARACTERS:
            raise InputError(
                f"the text is {len(text):,} characters long; posts of more than "
                f"{MAX_POST_CHARACTERS:,} characters are not reviewed (no platform publishes them)"
            )
        author = None
        if author_id is not None:
            author = self.org.find_person(author_id)
            if author is None:
                raise NotFoundError(f"no person with id {author_id!r} in people.csv")
        post = prepare(text, None, author, self.org.language)
        language = post.language
        ctx = Context(post, self.org, gettext_for(language, "review"))
        for detector in self._detectors:
            ctx.findings.extend(detector.detect(ctx))
        return Decision.of(language, resolve_overlaps(ctx.findings))


MAX_POST_CHARACTERS = 100_000
"""The longest text reviewed: well above any platform's post limit (Facebook's 63,206 is the largest),
so an accidental paste of a whole document gets a clear error instead of minutes of work."""

_REVIEWERS: dict[int, tuple[weakref.ref[Organization], Reviewer]] = {}


def reviewer_for(org: Organization) -> Reviewer:
    """The cached reviewer of ``org`` (built on first use, dropped with the organization).

    Keyed by identity: an Organization is immutable, so one object means one set of indices.
    """
    cached = _REVIEWERS.get(id(org))
    if cached is not None and cached[0]() is org:
        return cached[1]
    reviewer = Reviewer(org)
    key = id(org)
    forget = _REVIEWERS.pop  # bound now: at interpreter exit the module global may already be gone
    _REVIEWERS[key] = (weakref.ref(org, lambda _: forget(key, None)), reviewer)
    return reviewer


def review(text: str, author: str | None, org: Organization) -> Decision:
    """Review ``text`` by ``author`` against the code of ``org``; what the web app and CLI call."""
    return reviewer_for(org).review(text, author)
