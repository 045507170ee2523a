"""The model's probabilities for one post, computed once and shared by the detectors that use them."""

from __future__ import annotations

from dataclasses import dataclass, field
from math import fsum

from mediacode.org.organization import Organization
from mediacode.review.feature_ids import FeatureTable
from mediacode.review.features import FeatureExtractor, PostFeatures
from mediacode.review.last_post import last_post
from mediacode.review.model.weights import ModelWeights, load_weights
from mediacode.review.text import Post
from mediacode.review.training.logistic import sigmoid


@dataclass(frozen=True, slots=True)
class Score:
    probability: float
    threshold: float
    by_sentence: tuple[frozenset[int], ...] = field(repr=False, compare=False)
    """The ids of each sentence's features (``PostFeatures.known``)."""
    weights: tuple[float, ...] = field(repr=False, compare=False)
    """The model's weight of each id."""

    @property
    def fires(self) -> bool:
        return self.probability >= self.threshold

    @property
    def sentence(self) -> int:
        """The sentence whose words add most to the score (the span of a damaging finding); the first
        of equals.

        Worked out when asked: only a score that fires needs it."""
        weight = self.weights.__getitem__
        best, best_sum = 0, float("-inf")
        for number, words in enumerate(self.by_sentence):
            total = fsum(map(weight, words))
            if total > best_sum:
                best, best_sum = number, total
        return best


@dataclass(frozen=True, slots=True)
class _Dense:
    """One category's model over the ids of the scorer's ``FeatureTable``."""

    bias: float
    threshold: float
    weights: tuple[float, ...]


class Scorer:
    """The model of ``weights`` applied to the posts of one organization.

    A margin is the correctly rounded sum of the weights (``math.fsum``): the same whatever order the
    features come in (docs/adr/0150)."""

    def __init__(self, org: Organization, weights: ModelWeights | None) -> None:
        self._weights = weights
        self._extractor: FeatureExtractor | None = None
        self._models: dict[str, _Dense] = {}
        if weights is not None:
            table = FeatureTable.of(weights.vocabulary())
            self._extractor = FeatureExtractor(org, table)
            self._models = {
                name: _Dense(model.linear.bias, model.threshold, table.dense(model.linear.weights))
                for name, model in weights.categories.items()
            }
        self._features = last_post(self._extractor.extract) if self._extractor is not None else None
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
        return self._features(post) if self._features is not None else None

    def score(self, post: Post, category: str) -> Score | None:
        """The probability of ``category`` for ``post``; ``None`` without a model for it."""
        model = self._models.get(category)
        features = self.features(post)
        if model is None or features is None:
            return None
        known, by_sentence = features.known
        weights = model.weights
        probability = sigmoid(model.bias + fsum(map(weights.__getitem__, known)))
        return Score(probability, model.threshold, by_sentence, weights)
