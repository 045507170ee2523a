"""One reviewer shared by the web app's threads: each post is judged on its own features."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from mediacode.org.loader import load_organization
from mediacode.review import Reviewer
from tests.conftest import SHARED

POSTS = SHARED / "eval" / "posts-dev.jsonl"


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads as often as the interpreter allows, so an unsafe interleaving shows up."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def decision_key(reviewer: Reviewer, text: str, author: str) -> str:
    decision = reviewer.review(text, author)
    findings = [(f.category.value, f.start, f.end, f.detector, round(f.score, 9)) for f in decision.findings]
    return json.dumps([decision.verdict.value, findings])


@pytest.mark.skipif(not POSTS.exists(), reason="the shared dev set is not here")
def test_threads_sharing_a_reviewer_get_the_decisions_of_one_thread(fast_switching: None) -> None:
    reviewer = Reviewer(load_organization(SHARED / "eval" / "dev-org"))
    posts = [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    alone = {p["id"]: decision_key(reviewer, p["text"], p["author"]) for p in posts}
    work = [p for _ in range(4) for p in posts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda p: (p["id"], decision_key(reviewer, p["text"], p["author"])), work))
    assert [post_id for post_id, key in together if key != alone[post_id]] == []
