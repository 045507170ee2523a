"""The model's probabilities for one post, computed once and shared by the detectors that use them."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat

from mediacode.org.organization import Organization
from mediacode.review.features import FeatureExtractor, PostFeatures
from mediacode.review.model.weights import ModelWeights, load_weights
from mediacode.review.text import Post


@dataclass(frozen=True, slots=True)
class Score:
    probability: float
    threshold: float
    by_sentence: tuple[frozenset[str], ...] = field(repr=False, compare=False)
    weights: dict[str, float] = field(repr=False, compare=False)

    @property
    def fires(self) -> bool:
        return self.probability >= self.threshold

    @property
    def sentence(self) -> int:
        """The sentence whose words add most to the score (the span of a damaging finding).

        Worked out when asked: only a score that fires needs it."""
        get = self.weights.get
        best, best_sum = 0, float("-inf")
        for number, words in enumerate(self.by_sentence):
            total = sum(map(get, words, repeat(0.0)))
            if total > best_sum:
                best, best_sum = number, total
        return best


class Scorer:
    """The model of ``weights`` applied to the posts of one organization."""

    def __init__(self, org: Organization, weights: ModelWeights | None) -> None:
        self._weights = weights
        self._extractor = FeatureExtractor(org) if weights is not None else None
        self._last: tuple[Post, PostFeatures] | None = None
        """The last post and its features in one tuple: threads sharing a reviewer read it whole."""

    @classmethod
    def shipped(cls, org: Organization) -> Scorer:
        return cls(org, load_weights())

    @property
    def enabled(self) -> bool:
        return self._weights is not None

    def categories(self) -> tuple[str, ...]:
        """The categories the weights have a model for (none without weights)."""
        return tuple(self._weights.categories) if self._weights is not None else ()

    def features(self, post: Post) -> PostFeatures | None:
        if self._extractor is None:
            return None
        last = self._last
        if last is not None and last[0] is post:
            return last[1]
        features = self._extractor.extract(post)
        self._last = (post, features)
        return features

    def score(self, post: Post, category: str) -> Score | None:
        """The probability of ``category`` for ``post``; ``None`` without a model for it."""
        if self._weights is None:
            return None
        model = self._weights.get(category)
        features = self.features(post)
        if model is None or features is None:
            return None
        probability = model.linear.probability(features.features)
        return Score(probability, model.threshold, features.by_sentence, model.linear.weights)
