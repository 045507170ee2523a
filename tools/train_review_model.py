"""Train the review model on every labelled set and write ``src/mediacode/review/model/weights.json``.

Run by ``make model``. Reproducible: fixed seed, sorted vocabulary, the same
data gives the same file; the date is kept when the data hash and the
weights are unchanged, so a rebuild of the same data changes nothing.
Usage: ``uv run python tools/train_review_model.py [--out PATH]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled_sets import labelled_sets

from mediacode.review.training.build import build_weights
from mediacode.review.training.crossval import Settings

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "mediacode" / "review" / "model" / "weights.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args()
    sets = labelled_sets()
    weights = build_weights(sets, Settings(), dt.date.today().isoformat())
    text = weights.to_json()
    if args.out.exists():
        old = json.loads(args.out.read_text(encoding="utf-8"))
        new = json.loads(text)
        if {k: v for k, v in old.items() if k != "date"} == {k: v for k, v in new.items() if k != "date"}:
            print(f"{args.out}: unchanged ({new['data_hash']})")
            return
    args.out.write_text(text, encoding="utf-8")
    sizes = ", ".join(
        f"{name} {len(m.linear.weights)} features, threshold {m.threshold}"
        for name, m in sorted(weights.categories.items())
    )
    print(f"{args.out}: {sizes}; trained on {weights.meta['trained_on']}")


if __name__ == "__main__":
    main()
