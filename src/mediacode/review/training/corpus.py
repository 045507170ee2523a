"""Labelled posts turned into training examples: masked features, gold labels, what the rules say."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mediacode.org.organization import Organization
from mediacode.org.schema import Category, Severity
from mediacode.review.features import FeatureExtractor, model_may_judge
from mediacode.review.language import detect_language
from mediacode.review.reviewer import Reviewer
from mediacode.review.text import prepare

CANDIDATES = (
    "damaging",
    "position",
    "colleague",
    "conduct",
    "personal_data",
    "confidential",
    "customer",
    "supplier",
)
"""Every category a model may be trained and evaluated for; ``weights.CATEGORIES`` are shipped."""


@dataclass(frozen=True)
class LabelledSet:
    """The posts of one organization with their gold labels (``review.md`` format)."""

    name: str
    org: Organization
    posts: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Example:
    group: str
    """The labelled set (one organization) the post comes from."""
    features: frozenset[str]
    gold: frozenset[str]
    eligible: dict[str, bool]
    """Whether the category can apply at all (position: only for the position roles)."""
    rules: frozenset[str]
    """Categories the rules alone find."""
    gold_verdict: str
    rules_rank: int
    severity_rank: dict[str, int]
    """The rank of each model category's severity in this organization's code."""

    def label(self, category: str) -> int:
        return int(category in self.gold)


def examples_of(labelled: LabelledSet) -> list[Example]:
    org = labelled.org
    extractor = FeatureExtractor(org)
    rules = Reviewer(org, use_model=False)
    roles = frozenset(org.policy.social_media.position_roles)
    ranks = {c: org.policy.social_media.severity_of(Category(c)).rank for c in CANDIDATES}
    out: list[Example] = []
    for post in labelled.posts:
        author = org.find_person(post["author"])
        language = detect_language(post["text"], org.language)
        features = extractor.extract(prepare(post["text"], language, author)).features
        decision = rules.review(post["text"], post["author"])
        out.append(
            Example(
                labelled.name,
                features,
                frozenset(post["categories"]),
                {
                    c: model_may_judge(c, features)
                    and (c != "position" or (author is not None and author.role in roles))
                    for c in CANDIDATES
                },
                frozenset(c.value for c in decision.categories),
                post["verdict"],
                decision.verdict.rank,
                ranks,
            )
        )
    return out


def data_hash(sets: Sequence[LabelledSet]) -> str:
    """``sha256:`` over the posts and labels of the sets, in the order given."""
    digest = hashlib.sha256()
    for labelled in sets:
        digest.update(labelled.name.encode())
        for post in labelled.posts:
            digest.update(json.dumps(post, sort_keys=True, ensure_ascii=False).encode())
    return "sha256:" + digest.hexdigest()


VERDICT_BY_RANK = {s.rank: s.value for s in Severity}
