"""Leave one organization out: train on the other sets, test on this one, for every set.

This is the honest estimate of what the model adds for an organization it
has never seen (docs/adr/0054); the threshold is chosen inside the training
sets (``crossval.train_with_threshold``), never on the test set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from mediacode.review.training.corpus import CANDIDATES, VERDICT_BY_RANK, Example
from mediacode.review.training.crossval import (
    Counts,
    Settings,
    combined_counts,
    train_with_threshold,
    verdict_rank,
)


@dataclass
class Fold:
    test: str
    posts: int
    thresholds: dict[str, float] = field(default_factory=dict)
    rules: dict[str, Counts] = field(default_factory=dict)
    combined: dict[str, Counts] = field(default_factory=dict)
    verdict_rules: int = 0
    verdict_combined: int = 0


def _sum(counts: Sequence[Counts]) -> Counts:
    return Counts(sum(c.tp for c in counts), sum(c.fp for c in counts), sum(c.fn for c in counts))


@dataclass
class LooResult:
    folds: list[Fold]

    def total(self, category: str, combined: bool) -> Counts:
        return _sum([(f.combined if combined else f.rules)[category] for f in self.folds])

    def verdict_accuracy(self, combined: bool) -> float:
        posts = sum(f.posts for f in self.folds)
        right = sum(f.verdict_combined if combined else f.verdict_rules for f in self.folds)
        return right / posts if posts else 0.0


def leave_one_org_out(
    examples: Mapping[str, Sequence[Example]],
    blocked: Mapping[str, frozenset[str]],
    settings: Settings,
    categories: Sequence[str] = CANDIDATES,
    in_verdict: Iterable[str] | None = None,
) -> LooResult:
    """``examples`` and ``blocked`` (each set's organization words) keyed by set name.

    A model is trained for each of ``categories``; the combined verdict counts only the
    models of ``in_verdict`` (all of ``categories`` when ``None``), the ones that would ship.
    """
    counted = frozenset(categories if in_verdict is None else in_verdict)
    folds: list[Fold] = []
    for test in sorted(examples):
        training = [e for name in sorted(examples) if name != test for e in examples[name]]
        words = frozenset().union(*(blocked[n] for n in examples if n != test))
        fold = Fold(test, len(examples[test]))
        models = {c: train_with_threshold(training, c, settings, words) for c in categories}
        for category, (model, threshold) in models.items():
            scored = [(e, model.probability(e.features)) for e in examples[test]]
            fold.thresholds[category] = threshold
            fold.rules[category] = combined_counts(scored, category, None)
            fold.combined[category] = combined_counts(scored, category, threshold)
        for example in examples[test]:
            fired = {
                c: example.eligible[c] and m.probability(example.features) >= t
                for c, (m, t) in models.items()
                if c in counted
            }
            fold.verdict_rules += VERDICT_BY_RANK[example.rules_rank] == example.gold_verdict
            fold.verdict_combined += VERDICT_BY_RANK[verdict_rank(example, fired)] == example.gold_verdict
        folds.append(fold)
    return LooResult(folds)
