"""Findings of the review model where the rules of a category found nothing (docs/adr/0054).

For every category with a shipped model besides ``damaging`` and ``position``
(which their own detectors combine), the model may add one finding when the
rules of that category are silent, its probability reaches the threshold and
the post holds one of the category's anchors (``features.ANCHORS``). The span
is that anchor: the masked mention (a colleague's name, a confidential term)
or the lexicon word (a role noun, a secrecy or health word, a profanity) in
the sentence that adds most to the score, else the first one in the post.
"""

from __future__ import annotations

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.cues import Cue
from mediacode.review.detectors import Context
from mediacode.review.features import ANCHORS
from mediacode.review.finding import Finding
from mediacode.review.model.scorer import Score, Scorer

MSG_COLLEAGUE = (
    "'{text}' seems to be about a colleague. The code asks you to avoid writing about colleagues; "
    "leave it out if this is someone you work with."
)
MSG_CONFIDENTIAL = (
    "'{text}' seems to point to internal information of {org}. "
    "The code asks you to keep internal information inside the organization."
)
MSG_PERSONAL_DATA = (
    "'{text}' seems to reveal personal details of someone who can be identified. "
    "The code asks you not to share other people's personal data."
)
MSG_CONDUCT = "'{text}' may come across as rude or demeaning. The code asks you to keep to good taste."
MSG_CUSTOMER = (
    "'{text}' seems to be about a customer of {org}. The code asks you not to write about customers."
)
MSG_SUPPLIER = (
    "'{text}' seems to be about a supplier of {org}. The code asks you not to write about suppliers."
)
_MESSAGES = {
    "colleague": MSG_COLLEAGUE,
    "confidential": MSG_CONFIDENTIAL,
    "personal_data": MSG_PERSONAL_DATA,
    "conduct": MSG_CONDUCT,
    "customer": MSG_CUSTOMER,
    "supplier": MSG_SUPPLIER,
}


def anchor_of(cues: tuple[Cue, ...], category: str, sentence: int) -> Cue | None:
    """The cue a finding of ``category`` points at: the first in ``sentence``, else the first at all."""
    kinds = ANCHORS[category]
    fitting = [c for c in cues if c.kind in kinds]
    for cue in fitting:
        if cue.sentence == sentence:
            return cue
    return fitting[0] if fitting else None


class ModelFindingsDetector:
    name = "model"

    def __init__(self, org: Organization, scorer: Scorer | None = None) -> None:
        self._scorer = scorer if scorer is not None else Scorer.shipped(org)
        self._categories = tuple(c for c in self._scorer.categories() if c in _MESSAGES)

    def detect(self, ctx: Context) -> list[Finding]:
        if not self._categories:
            return []
        found: list[Finding] = []
        ruled = {f.category.value for f in ctx.findings}
        for category in self._categories:
            if category in ruled:
                continue
            finding = self._finding(ctx, category)
            if finding is not None:
                found.append(finding)
        return found

    def _finding(self, ctx: Context, category: str) -> Finding | None:
        post = ctx.post
        features = self._scorer.features(post)
        if features is None or not features.may_judge(category):
            return None
        score: Score | None = self._scorer.score(post, category)
        if score is None or not score.fires:
            return None
        anchor = anchor_of(features.cues, category, score.sentence)
        if anchor is None:
            return None
        return ctx.finding(
            Category(category),
            anchor.start,
            anchor.end,
            _MESSAGES[category],
            "model",
            f"p={score.probability:.2f}",
            score.probability,
        )


def build(org: Organization, scorer: Scorer | None = None) -> ModelFindingsDetector:
    return ModelFindingsDetector(org, scorer)
