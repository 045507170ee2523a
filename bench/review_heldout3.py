"""Aggregate figures on held-out 3 (``bench/data/heldout3``), the set never trained on or inspected.

Prints only verdict accuracy, span recall and per-category precision/recall/F1:
this script has no way to list posts or misses on purpose (docs/adr/0054). Run it
rarely (before and after a change), never to tune. Usage:
``uv run python bench/review_heldout3.py [--weights PATH] [--rules-only]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mediacode.org import load_organization
from mediacode.review.model.weights import load_weights
from mediacode.review.reviewer import Reviewer
from review import accuracy

DATA = Path(__file__).resolve().parent / "data" / "heldout3"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights", type=Path, help="model weights to use instead of the shipped ones")
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args()
    lines = (DATA / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    posts = [json.loads(line) for line in lines if line.strip()]
    org = load_organization(DATA / "org")
    weights = load_weights(args.weights) if args.weights else None
    reviewer = Reviewer(org, use_model=not args.rules_only, weights=weights)
    result = accuracy(posts, reviewer)
    print(f"held-out 3 ({len(posts)} posts), verdict {result['verdict_accuracy']:.3f}")
    for category, figures in result["categories"].items():
        print(
            f"  {category:14s} P {figures['precision']:.2f} R {figures['recall']:.2f} F1 {figures['f1']:.2f}"
        )


if __name__ == "__main__":
    main()
