"""L2-regularised logistic regression on sets of binary features, in pure Python.

Stochastic gradient descent with a seeded shuffle and the decaying step of
Bottou (2012); the L2 shrinkage is applied lazily through one scale factor,
so a step costs as many operations as the example has features. Same data,
same seed: the same weights, bit for bit.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat


@dataclass(frozen=True)
class Linear:
    weights: dict[str, float]
    bias: float

    def margin(self, features: frozenset[str] | set[str]) -> float:
        return self.bias + sum(map(self.weights.get, features, repeat(0.0)))

    def probability(self, features: frozenset[str] | set[str]) -> float:
        return sigmoid(self.margin(features))


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit(
    rows: Sequence[frozenset[str]],
    labels: Sequence[int],
    vocabulary: frozenset[str],
    *,
    l2: float = 1e-3,
    epochs: int = 40,
    step: float = 0.5,
    seed: int = 0,
    balance: float = 0.5,
) -> Linear:
    """Weights over ``vocabulary`` (other features are ignored) that minimise log loss plus L2.

    ``balance`` weighs the rarer class by ``(negatives / positives) ** balance`` so that a
    category with few examples is not learned as "never".
    """
    order = sorted(vocabulary)
    column = {f: i for i, f in enumerate(order)}
    data = [sorted(column[f] for f in row if f in column) for row in rows]
    positives = sum(1 for y in labels if y)
    negatives = len(labels) - positives
    pos_weight = (negatives / positives) ** balance if positives and negatives else 1.0
    v = [0.0] * len(order)
    scale = 1.0
    bias = 0.0
    rng = random.Random(seed)  # noqa: S311 - a reproducible shuffle, not a secret  # nosec B311  # a reproducible shuffle
    indices = list(range(len(data)))
    t = 0
    for _ in range(epochs):
        rng.shuffle(indices)
        for i in indices:
            eta = step / (1.0 + step * l2 * t)
            t += 1
            x = data[i]
            y = labels[i]
            z = bias + scale * sum(v[j] for j in x)
            g = sigmoid(z) - y
            if y:
                g *= pos_weight
            scale *= 1.0 - eta * l2
            if scale < 1e-9:
                v = [w * scale for w in v]
                scale = 1.0
            delta = eta * g / scale
            for j in x:
                v[j] -= delta
            bias -= eta * g
    weights = {order[j]: round(w * scale, 6) for j, w in enumerate(v) if abs(w * scale) >= 1e-4}
    return Linear(weights, round(bias, 6))
