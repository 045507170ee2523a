"""The shipped model: trained on every labelled set, thresholds from leave-one-org-out predictions."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from mediacode.review.features import MASKS, name_tokens
from mediacode.review.model.weights import CATEGORIES, CategoryModel, ModelWeights
from mediacode.review.training.corpus import LabelledSet, data_hash, examples_of
from mediacode.review.training.crossval import Settings, train_with_threshold


def build_weights(sets: Sequence[LabelledSet], settings: Settings, date: str) -> ModelWeights:
    """Weights over the features of all ``sets``; no word of any of their organizations is kept."""
    examples = [e for labelled in sets for e in examples_of(labelled)]
    blocked = frozenset().union(*(name_tokens(s.org) for s in sets))
    categories: dict[str, CategoryModel] = {}
    for category in CATEGORIES:
        linear, threshold = train_with_threshold(examples, category, settings, blocked)
        categories[category] = CategoryModel(linear, threshold)
    meta = {
        "date": date,
        "data_hash": data_hash(sets),
        "trained_on": {s.name: len(s.posts) for s in sets},
        "settings": dataclasses.asdict(settings),
        "masks": list(MASKS),
    }
    return ModelWeights(categories, meta)
