"""Review accuracy on the held-out posts of the demo organization (``bench/data/posts-heldout.jsonl``).

The held-out set was written without looking at the reviewer or the dev set;
it measures how the rules generalise to another organization. Usage:
``uv run python bench/review_heldout.py [--split odd|even|all] [--misses]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mediacode.org import load_organization
from mediacode.review.reviewer import Reviewer
from mediacode.services.demo import create_demo
from review import accuracy

POSTS = Path(__file__).resolve().parent / "data" / "posts-heldout.jsonl"


def load(split: str) -> list[dict[str, Any]]:
    posts = [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split == "all":
        return posts
    parity = 1 if split == "odd" else 0
    return [p for p in posts if int(p["id"].rsplit("-", 1)[1]) % 2 == parity]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["odd", "even", "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="list the posts whose categories differ")
    args = parser.parse_args()
    posts = load(args.split)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "demo"
        create_demo(root)
        reviewer = Reviewer(load_organization(root))
        result = accuracy(posts, reviewer)
        print(f"held-out ({args.split}, {len(posts)} posts)")
        print(f"verdict accuracy   {result['verdict_accuracy']:.3f}")
        print(f"span recall        {result['span_recall']:.3f}")
        for category, figures in result["categories"].items():
            print(
                f"  {category:16s} P {figures['precision']:.3f}"
                f"  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}"
            )
        if args.misses:
            for post in posts:
                decision = reviewer.review(post["text"], post["author"])
                got = sorted({f.category.value for f in decision.findings})
                if got != sorted(post["categories"]):
                    found = [(f.category.value, f.text) for f in decision.findings]
                    print(f"{post['id']} want {post['categories']} got {got} {found} | {post['text']}")


if __name__ == "__main__":
    main()
