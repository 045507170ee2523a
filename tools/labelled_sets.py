"""The project's labelled post sets, one organization each, as the review model trains on them.

``dev`` (the shared dev set), ``heldout1`` (the demo organization),
``heldout2`` (the bakery) and every ``bench/data/train/<name>.jsonl`` with its
folder ``bench/data/train/<name>/``. Sets whose files are absent are skipped.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from mediacode.org.loader import load_organization
from mediacode.review.training.corpus import LabelledSet
from mediacode.services.demo import create_demo

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_DEMO_DIR = Path(tempfile.mkdtemp(prefix="mediacode-demo-"))


def _posts(path: Path) -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def labelled_sets() -> list[LabelledSet]:
    sets: list[LabelledSet] = []
    dev = SHARED / "eval" / "posts-dev.jsonl"
    if dev.exists():
        sets.append(LabelledSet("dev", load_organization(SHARED / "eval" / "dev-org"), _posts(dev)))
    demo = _DEMO_DIR / "demo"
    if not demo.exists():
        create_demo(demo)
    sets.append(
        LabelledSet("heldout1", load_organization(demo), _posts(ROOT / "bench/data/posts-heldout.jsonl"))
    )
    sets.append(
        LabelledSet(
            "heldout2",
            load_organization(ROOT / "bench/data/heldout2/org"),
            _posts(ROOT / "bench/data/heldout2/posts.jsonl"),
        )
    )
    train = ROOT / "bench" / "data" / "train"
    for posts in sorted(train.glob("*.jsonl")) if train.exists() else []:
        folder = posts.with_suffix("")
        if folder.is_dir():
            sets.append(LabelledSet(posts.stem, load_organization(folder), _posts(posts)))
    return sets
