"""The labelled dev set: verdict accuracy and per-category F1 must not regress below the targets."""

from __future__ import annotations

import json

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from tests.conftest import SHARED

POSTS = SHARED / "eval" / "posts-dev.jsonl"


@pytest.mark.skipif(not POSTS.exists(), reason="the shared dev set is not here")
def test_dev_set_meets_the_targets() -> None:
    reviewer = Reviewer(load_organization(SHARED / "eval" / "dev-org"))
    posts = [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = 0
    counts = {c: [0, 0, 0] for c in Category}
    for post in posts:
        decision = reviewer.review(post["text"], post["author"])
        right += decision.verdict.value == post["verdict"]
        gold = set(post["categories"])
        for category in Category:
            got, want = category in decision.categories, category.value in gold
            counts[category][0] += got and want
            counts[category][1] += got and not want
            counts[category][2] += want and not got
    assert right / len(posts) >= 0.90
    for category, (tp, fp, fn) in counts.items():
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        assert f1 >= 0.85, category
