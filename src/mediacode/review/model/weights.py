"""``weights.json``: per category a bias, a threshold and the weight of each feature."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from mediacode.errors import InputError
from mediacode.review.training.logistic import Linear

CATEGORIES = ("damaging", "position", "colleague")
"""The categories whose model ships: those whose leave-one-organization-out F1 improves with it
by more than one post (``bench/review_model.py``; docs/adr/0054). The other candidates are
evaluated there but not shipped."""
FORMAT = 1


@dataclass(frozen=True)
class CategoryModel:
    linear: Linear
    threshold: float


@dataclass(frozen=True)
class ModelWeights:
    categories: dict[str, CategoryModel]
    meta: dict[str, Any]

    def get(self, category: str) -> CategoryModel | None:
        return self.categories.get(category)

    def vocabulary(self) -> frozenset[str]:
        return frozenset(f for m in self.categories.values() for f in m.linear.weights)

    def to_json(self) -> str:
        data: dict[str, Any] = {"format": FORMAT, **self.meta, "categories": {}}
        for name in sorted(self.categories):
            model = self.categories[name]
            data["categories"][name] = {
                "bias": model.linear.bias,
                "threshold": model.threshold,
                "weights": dict(sorted(model.linear.weights.items())),
            }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def parse_weights(text: str) -> ModelWeights:
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise InputError(f"review model format {data.get('format')!r} is not {FORMAT}")
        categories = {
            name: CategoryModel(
                Linear({str(k): float(v) for k, v in body["weights"].items()}, float(body["bias"])),
                float(body["threshold"]),
            )
            for name, body in data["categories"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputError(f"the review model weights are not readable: {error}") from error
    meta = {k: v for k, v in data.items() if k not in ("format", "categories")}
    return ModelWeights(categories, meta)


def load_weights(path: Path | None = None) -> ModelWeights | None:
    """The weights at ``path``, or the shipped ones; ``None`` when no model has been built."""
    if path is not None:
        return parse_weights(path.read_text(encoding="utf-8"))
    return _shipped()


@cache
def _shipped() -> ModelWeights | None:
    resource = resources.files("mediacode.review.model") / "weights.json"
    if not resource.is_file():
        return None
    return parse_weights(resource.read_text(encoding="utf-8"))
