"""Vocabulary, threshold and leave-one-organization-out evaluation of the review model.

The threshold of a category is chosen on out-of-fold predictions: each
training organization in turn is left out, a model trained on the others
scores it, and the threshold that gives the best F1 of the combined
reviewer (rules OR model) over all those predictions is kept. The test
organization of an evaluation is never looked at.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mediacode.review.training.corpus import Example
from mediacode.review.training.logistic import Linear, fit

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Settings:
    min_groups: int = 2
    """A feature must occur in the posts of this many organizations (capped at the number trained on)."""
    min_posts: int = 2
    l2: float = 1e-3
    epochs: int = 40
    balance: float = 0.5
    seed: int = 0
    objective: str = "model"
    beta_damaging: float = 0.5
    """F-beta of the threshold choice: below 1 weighs precision more (a false ``damaging`` blocks a post)."""
    beta_position: float = 1.0
    """``position`` is only a caution, so precision and recall weigh the same."""
    beta_other: float = 0.5
    """The other categories (colleague, conduct, personal data...): a model beside strong rules,
    so precision weighs more, as for ``damaging``."""

    cues_everywhere: bool = False
    """Whether ``damaging`` and ``position`` read the cue features too (they lowered their LOO F1)."""
    residual_other: bool = True
    """Train the other categories only on posts their rules leave alone: the model learns what
    the rules miss, not what they already find."""
    objective_other: str = "combined"
    """The other categories' rules are strong, so their threshold maximises rules OR model."""

    def objective_of(self, category: str) -> str:
        return self.objective if category in ("damaging", "position") else self.objective_other

    def beta_of(self, category: str) -> float:
        if category == "damaging":
            return self.beta_damaging
        return self.beta_position if category == "position" else self.beta_other

    """What the threshold maximises on out-of-fold predictions: ``model`` (the model's own F1,
    independent of how well the rules were tuned to a set) or ``combined`` (rules OR model)."""


def feature_words(feature: str) -> list[str]:
    """The words of a feature (``b:still <ORG>`` -> ``still``, ``org``); masks count as words too."""
    return _WORD.findall(feature.split(":", 1)[-1].lower())


def vocabulary(
    examples: Sequence[Example], settings: Settings, blocked: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Features seen in enough organizations and posts, none with a blocked (organization) word."""
    groups: dict[str, set[str]] = defaultdict(set)
    posts: dict[str, int] = defaultdict(int)
    for example in examples:
        for feature in example.features:
            groups[feature].add(example.group)
            posts[feature] += 1
    need = min(settings.min_groups, len({e.group for e in examples}))
    return frozenset(
        f
        for f, seen in groups.items()
        if len(seen) >= need
        and posts[f] >= settings.min_posts
        and not any(w in blocked for w in feature_words(f))
    )


_CUE_PREFIXES = ("c:", "m:", "n:")
RHETORIC_PREFIX = "r:"
"""The rhetoric features (``features._rhetoric``): read by the ``damaging`` model only (docs/adr/0120)."""


def cue_feature(feature: str) -> bool:
    """A feature of the cue lexicons, person windows or number shapes (``features.extract``)."""
    return feature.startswith(_CUE_PREFIXES) or (feature.startswith("x:") and feature.endswith("&person"))


def train(examples: Sequence[Example], category: str, settings: Settings, blocked: frozenset[str]) -> Linear:
    rows = [e for e in examples if e.eligible[category]]
    if settings.residual_other and category not in ("damaging", "position"):
        rows = [e for e in rows if category not in e.rules]
    vocab = vocabulary(rows, settings, blocked)
    if category in ("damaging", "position") and not settings.cues_everywhere:
        vocab = frozenset(f for f in vocab if not cue_feature(f))
    if category != "damaging":
        vocab = frozenset(f for f in vocab if not f.startswith(RHETORIC_PREFIX))
    return fit(
        [e.features for e in rows],
        [e.label(category) for e in rows],
        vocab,
        l2=settings.l2,
        epochs=settings.epochs,
        balance=settings.balance,
        seed=settings.seed,
    )


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    def f_beta(self, beta: float) -> float:
        b2 = beta * beta
        return (1 + b2) * self.tp / ((1 + b2) * self.tp + b2 * self.fn + self.fp) if self.tp else 0.0

    def add(self, got: bool, want: bool) -> Counts:
        return Counts(self.tp + (got and want), self.fp + (got and not want), self.fn + (want and not got))


def combined_counts(
    scored: Iterable[tuple[Example, float]], category: str, threshold: float | None
) -> Counts:
    """Post-level counts of the rules OR (probability >= ``threshold``); ``None``: rules alone."""
    counts = Counts()
    for example, p in scored:
        model = threshold is not None and example.eligible[category] and p >= threshold
        counts = counts.add(category in example.rules or model, category in example.gold)
    return counts


def model_counts(scored: Iterable[tuple[Example, float]], category: str, threshold: float) -> Counts:
    counts = Counts()
    for example, p in scored:
        if example.eligible[category]:
            counts = counts.add(p >= threshold, category in example.gold)
    return counts


def choose_threshold(
    scored: Sequence[tuple[Example, float]], category: str, objective: str = "model", beta: float = 1.0
) -> float:
    """The threshold with the best F1 of ``objective`` (ties: the higher, fewer false alarms)."""

    def score(threshold: float) -> float:
        if objective == "combined":
            return combined_counts(scored, category, threshold).f_beta(beta)
        return model_counts(scored, category, threshold).f_beta(beta)

    candidates = sorted({round(p, 3) for _, p in scored if p >= 0.05} | {0.5, 0.99})
    best, best_f1 = 0.99, score(0.99)
    for threshold in candidates:
        f1 = score(threshold)
        if f1 > best_f1 or (f1 == best_f1 and threshold > best):
            best, best_f1 = threshold, f1
    return best


def out_of_fold(
    examples: Sequence[Example], category: str, settings: Settings, blocked: frozenset[str]
) -> list[tuple[Example, float]]:
    """Every example scored by a model trained without its organization."""
    groups = sorted({e.group for e in examples})
    scored: list[tuple[Example, float]] = []
    for group in groups:
        model = train([e for e in examples if e.group != group], category, settings, blocked)
        scored.extend((e, model.probability(e.features)) for e in examples if e.group == group)
    return scored


def train_with_threshold(
    examples: Sequence[Example], category: str, settings: Settings, blocked: frozenset[str]
) -> tuple[Linear, float]:
    """The model on all ``examples`` and its threshold from their own leave-one-org-out predictions."""
    threshold = choose_threshold(
        out_of_fold(examples, category, settings, blocked),
        category,
        settings.objective_of(category),
        settings.beta_of(category),
    )
    return train(examples, category, settings, blocked), threshold


def verdict_rank(example: Example, fired: dict[str, bool]) -> int:
    rank = example.rules_rank
    for category, on in fired.items():
        if on:
            rank = max(rank, example.severity_rank[category])
    return rank
