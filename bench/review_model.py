"""Review model across organizations: leave one organization out, rules alone versus rules OR model.

For each labelled set (one organization each: dev, the demo's held-out set,
the bakery, the training organizations under ``bench/data/train``) a model
is trained on the other sets, its thresholds chosen by leave-one-org-out
inside them, and the combined reviewer is measured on the left-out set.
Prints per-category precision/recall/F1 and verdict accuracy, and writes
them to ``docs/benchmarks.md`` under "Post review: model". Usage:
``uv run python bench/review_model.py [--no-doc]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from labelled_sets import labelled_sets

from mediacode.review.features import name_tokens
from mediacode.review.model.weights import CATEGORIES
from mediacode.review.training.corpus import CANDIDATES, examples_of
from mediacode.review.training.crossval import Counts, Settings
from mediacode.review.training.loo import LooResult, leave_one_org_out

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"


def _prf(c: Counts) -> str:
    return f"{c.precision:.2f} / {c.recall:.2f} / {c.f1:.2f}"


def _prf_counts(c: Counts) -> str:
    return f"{c.precision:.2f} / {c.recall:.2f} / {c.f1:.3f} ({c.tp} tp, {c.fp} fp, {c.fn} fn)"


def report(result: LooResult, seconds: float) -> str:
    lines = [
        "| left-out set | posts | category | rules P / R / F1 | rules OR model P / R / F1 | threshold |",
        "|---|---:|---|---|---|---:|",
    ]
    for fold in result.folds:
        for category in CATEGORIES:
            lines.append(
                f"| {fold.test} | {fold.posts} | {category} | {_prf(fold.rules[category])} "
                f"| {_prf(fold.combined[category])} | {fold.thresholds[category]:.3f} |"
            )
    lines += [
        "",
        "Every candidate category over all left-out sets; a model ships (*kept*) only when it raises F1 "
        "by more than one post:",
        "",
        "| category | posts | rules P / R / F1 | rules OR model P / R / F1 | kept |",
        "|---|---:|---|---|---|",
    ]
    for category in CANDIDATES:
        kept = "yes" if category in CATEGORIES else "no"
        lines.append(
            f"| {category} | {sum(f.posts for f in result.folds)} "
            f"| {_prf_counts(result.total(category, False))} | {_prf_counts(result.total(category, True))} "
            f"| {kept} |"
        )
    lines += [
        "",
        "| left-out set | verdict accuracy, rules | verdict accuracy, rules OR kept models |",
        "|---|---:|---:|",
    ]
    for fold in result.folds:
        rules, combined = fold.verdict_rules / fold.posts, fold.verdict_combined / fold.posts
        lines.append(f"| {fold.test} | {rules:.3f} | {combined:.3f} |")
    lines.append(f"| **all** | {result.verdict_accuracy(False):.3f} | {result.verdict_accuracy(True):.3f} |")
    lines.append("")
    lines.append(f"Training and evaluation took {seconds:.1f} s (pure Python, one core).")
    return "\n".join(lines)


def write_doc(table: str) -> None:
    section = (
        f"## Post review: model\n\nMeasured {dt.date.today().isoformat()} with `bench/review_model.py` "
        "(leave one organization out; docs/adr/0054). *Rules* is the rule-based reviewer alone; "
        "*rules OR model* adds a logistic model per category, trained on the other "
        "sets with its threshold chosen inside them. Post-level counts.\n\n" + table + "\n"
    )
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    pattern = re.compile(r"## Post review: model\n.*?(?=\n## |\Z)", re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: section.rstrip("\n"), text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOC.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-doc", action="store_true", help="print only, leave docs/benchmarks.md alone")
    args = parser.parse_args()
    started = time.perf_counter()
    sets = labelled_sets()
    examples = {s.name: examples_of(s) for s in sets}
    blocked = {s.name: name_tokens(s.org) for s in sets}
    result = leave_one_org_out(examples, blocked, Settings(), CANDIDATES, CATEGORIES)
    table = report(result, time.perf_counter() - started)
    print(table)
    if not args.no_doc:
        write_doc(table)


if __name__ == "__main__":
    main()
