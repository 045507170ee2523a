"""Post-review benchmark: accuracy, span recall, speed, start-up and memory of ``mediacode review``.

Runs on the labelled dev set (``shared/eval/posts-dev.jsonl`` with its
organization) and prints verdict accuracy, per-category precision/recall/F1
at post level, span recall, the verdict confusion, warm single-core
throughput, the wall-clock of one ``mediacode review`` call and the memory of
a reviewer for a synthetic 5,000-person organization. When
``bench/review_presidio.py`` is present its figures are printed beside ours.
The figures are written to ``docs/benchmarks.md`` under "Post review".
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category, Severity
from mediacode.review import Reviewer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POSTS = SHARED / "eval" / "posts-dev.jsonl"
DEV_ORG = SHARED / "eval" / "dev-org"
DOC = ROOT / "docs" / "benchmarks.md"
MIN_REVIEWS = 5000
VERDICTS = [s.value for s in Severity]


def load_posts() -> list[dict[str, Any]]:
    return [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def accuracy(posts: list[dict[str, Any]], reviewer: Reviewer) -> dict[str, Any]:
    counts = {c: [0, 0, 0] for c in Category}
    confusion = {g: dict.fromkeys(VERDICTS, 0) for g in VERDICTS}
    right = found = total = 0
    for post in posts:
        decision = reviewer.review(post["text"], post["author"])
        confusion[post["verdict"]][decision.verdict.value] += 1
        right += decision.verdict.value == post["verdict"]
        gold = set(post["categories"])
        for c in Category:
            got, want = c in decision.categories, c.value in gold
            counts[c][0] += got and want
            counts[c][1] += got and not want
            counts[c][2] += want and not got
        for span in post["spans"]:
            total += 1
            starts = [m.start() for m in re.finditer(re.escape(span["text"]), post["text"])]
            found += any(
                f.category.value == span["category"]
                and f.start is not None
                and f.end is not None
                and f.start < s + len(span["text"])
                and s < f.end
                for s in starts
                for f in decision.findings
            )
    return {
        "verdict_accuracy": round(right / len(posts), 3),
        "categories": {c.value: _prf(*counts[c]) for c in Category},
        "span_recall": round(found / total, 3) if total else 0.0,
        "confusion": confusion,
    }


def throughput(posts: list[dict[str, Any]], reviewer: Reviewer) -> dict[str, float]:
    """Warm, one process, one core: the dev set repeated to at least MIN_REVIEWS reviews.

    Measured in CPU seconds of this process (``time.process_time``), the same way as the Presidio
    peer: on a shared 2-core machine wall-clock time counts other people's work, CPU time does not.
    """
    pairs = [(p["text"], p["author"]) for p in posts]
    for text, author in pairs:
        reviewer.review(text, author)
    rounds = math.ceil(MIN_REVIEWS / len(pairs))
    started = time.process_time()
    for _ in range(rounds):
        for text, author in pairs:
            reviewer.review(text, author)
    seconds = time.process_time() - started
    reviews = rounds * len(pairs)
    return {
        "posts_per_second": round(reviews / seconds, 1),
        "ms_per_post": round(1000 * seconds / reviews, 3),
        "reviews": reviews,
    }


def cli_wall_clock(runs: int = 5) -> float:
    """Median seconds of ``mediacode review`` on one text, start-up included."""
    exe = shutil.which("mediacode") or str(Path(sys.executable).parent / "mediacode")
    text = "Need Priya from IT? Just call her mobile: +31 6 5839 2741"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [exe, "review", "--org", str(DEV_ORG), "--author", "E010", text], check=True, capture_output=True
        )
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 3)


def synthetic_org(folder: Path, size: int = 5000) -> Path:
    """An organization of ``size`` made-up people (names combined at random), relations and terms."""
    rng = random.Random(7)
    firsts = [
        "Anna",
        "Bas",
        "Carla",
        "Dirk",
        "Els",
        "Frank",
        "Gijs",
        "Hanna",
        "Ivo",
        "Jet",
        "Kees",
        "Loes",
        "Maarten",
        "Nina",
        "Olaf",
        "Petra",
        "Quinten",
        "Rosa",
        "Stijn",
        "Tessa",
        "Ugo",
        "Vera",
        "Wout",
        "Xander",
        "Yara",
        "Zoë",
        "Amir",
        "Bilal",
        "Chen",
        "Dewi",
    ]
    lasts = [
        "Aalbers",
        "Boersma",
        "Claassen",
        "Dijkman",
        "Evers",
        "Feenstra",
        "Gerritsen",
        "Hofman",
        "Jonker",
        "Kramer",
        "Lammers",
        "Meijer",
        "Nijhuis",
        "Oosterhuis",
        "Prins",
        "Roelofs",
        "Schouten",
        "Terpstra",
        "Veenstra",
        "Wolters",
        "van Beek",
        "de Lange",
        "van der Meer",
        "ter Horst",
        "El Idrissi",
    ]
    depts = ["Sales", "Finance", "IT", "HR", "Productie", "Inkoop", "Logistiek", "Service"]
    rows = ["id,name,email,role,department,manager,groups"]
    for i in range(size):
        first, last = rng.choice(firsts), rng.choice(lasts)
        role = "director" if i == 0 else ("manager" if i < 200 else "employee")
        manager = "" if i == 0 else f"S{rng.randrange(0, min(i, 200)):05d}"
        email = f"{first[0]}.{last.replace(' ', '')}{i}@example.org".lower()
        rows.append(f"S{i:05d},{first} {last},{email},{role},{rng.choice(depts)},{manager},")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    relations = ["name,kind,aliases"] + [
        f"Relatie {i} BV,{'customer' if i % 2 else 'supplier'},R{i}" for i in range(300)
    ]
    (folder / "relations.csv").write_text("\n".join(relations) + "\n", encoding="utf-8")
    (folder / "confidential.txt").write_text(
        "\n".join(f"Project Codenaam{i}" for i in range(200)) + "\n", encoding="utf-8"
    )
    (folder / "policy.yaml").write_text(
        "organization:\n  name: Synthetisch Bedrijf\n  aliases: [SynBV]\n", encoding="utf-8"
    )
    return folder


def memory_5000() -> dict[str, float]:
    """Memory held by the loaded organization and its reviewer (tracemalloc), and the RSS growth."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic_org(Path(tmp) / "org")
        gc.collect()
        rss_before = _rss_mb()
        tracemalloc.start()
        org = load_organization(folder)
        reviewer = Reviewer(org)
        reviewer.review("Lunch met Anna Aalbers van Sales", "S00001")
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = _rss_mb()
        return {
            "people": len(org.people),
            "traced_mb": round(current / 2**20, 1),
            "traced_peak_mb": round(peak / 2**20, 1),
            "rss_delta_mb": round(rss_after - rss_before, 1),
        }


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs (nproc), {cpu}, Python {platform.python_version()}"


def presidio(posts: list[dict[str, Any]]) -> dict[str, Any] | None:
    path = Path(__file__).with_name("review_presidio.py")
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("review_presidio", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules["review_presidio"] = module
    try:
        spec.loader.exec_module(module)
        return dict(module.presidio_figures(posts, DEV_ORG))
    except ImportError as exc:
        print(f"(Presidio side skipped: {exc})")
        return None


def paired(posts: list[dict[str, Any]], reviewer: Reviewer) -> dict[str, Any] | None:
    """Alternating rounds of mediacode and Presidio's regex setup (``review_presidio.alternating``)."""
    module = sys.modules.get("review_presidio")
    if module is None:
        return None
    return dict(module.alternating(posts, DEV_ORG, lambda: throughput(posts, reviewer)["posts_per_second"]))


def report(ours: dict[str, Any], peers: dict[str, Any] | None) -> str:
    lines = [
        f"verdict accuracy   {ours['verdict_accuracy']:.3f}",
        f"span recall        {ours['span_recall']:.3f}",
    ]
    lines.append("category           precision recall  F1")
    for c, m in ours["categories"].items():
        lines.append(f"  {c:16} {m['precision']:.3f}     {m['recall']:.3f}   {m['f1']:.3f}")
    lines.append("confusion (rows gold, columns ours): " + " ".join(v[:8] for v in VERDICTS))
    for gold, row in ours["confusion"].items():
        lines.append(f"  {gold:18} " + " ".join(f"{row[v]:8d}" for v in VERDICTS))
    t = ours["throughput"]
    lines.append(
        f"throughput         {t['posts_per_second']:,.0f} posts per CPU-second "
        f"({t['ms_per_post']:.3f} ms/post, "
        f"{t['reviews']} warm reviews, one core)"
    )
    lines.append(
        f"CLI one text       {ours['cli_seconds']:.3f} s wall-clock (median of 5, start-up included)"
    )
    m = ours["memory"]
    lines.append(
        f"memory, {m['people']} people: {m['traced_mb']} MB held (tracemalloc), "
        f"peak {m['traced_peak_mb']} MB, "
        f"RSS +{m['rss_delta_mb']} MB"
    )
    if peers:
        lines.append("")
        lines.append("side by side            mediacode | " + " | ".join(peers))
        rows = [
            ("verdict accuracy", "verdict_accuracy", "{:.3f}"),
            ("span recall", "span_recall", "{:.3f}"),
            ("posts/second", "posts_per_second", "{:,.0f}"),
        ]
        for label, key, fmt in rows:
            ours_value = ours[key] if key in ours else ours["throughput"][key]
            cells = []
            for name in peers:
                value = peers[name].get(key)
                ratio = f" (x{ours_value / value:.1f})" if isinstance(value, (int, float)) and value else ""
                cells.append((fmt.format(value) if value is not None else "-") + ratio)
            lines.append(f"  {label:21} {fmt.format(ours_value):>9} | " + " | ".join(cells))
        for c in next(iter(peers.values()))["categories"]:
            cells = [f"{peers[n]['categories'][c]['f1']:.3f}" for n in peers]
            lines.append(f"  F1 {c:18} {ours['categories'][c]['f1']:>9.3f} | " + " | ".join(cells))
        lines.append("  (ratios: mediacode / peer; Presidio covers only some categories, see its notes)")
    alt = ours.get("alternating")
    if alt:
        lines.append(
            f"alternating rounds ({alt['rounds']} each, one process, posts per CPU-second): "
            f"mediacode {alt['ours']:,.0f}, Presidio regex {alt['regex_denylist']:,.0f}; "
            f"ratio median x{alt['ratio_median']:.2f} ({alt['ratio_min']:.2f}-{alt['ratio_max']:.2f})"
        )
    return "\n".join(lines)


def write_doc(text: str) -> None:
    section = (
        f"## Post review\n\nMeasured {dt.date.today().isoformat()} on {machine()} with `make bench` "
        f"(`bench/review.py`), dev set of {len(load_posts())} posts.\n\n```\n{text}\n```\n"
    )
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    pattern = re.compile(r"## Post review\n.*?(?=\n## |\Z)", re.DOTALL)
    if pattern.search(current):
        current = pattern.sub(lambda _: section.rstrip("\n"), current)
    else:
        current = current.rstrip("\n") + "\n\n" + section
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(current.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    posts = load_posts()
    reviewer = Reviewer(load_organization(DEV_ORG))
    ours = accuracy(posts, reviewer)
    ours["throughput"] = throughput(posts, reviewer)
    ours["cli_seconds"] = cli_wall_clock()
    ours["memory"] = memory_5000()
    peers = presidio(posts)
    if peers:
        ours["alternating"] = paired(posts, reviewer)
    text = report(ours, peers)
    print(f"Post review on {machine()}")
    print(text)
    write_doc(text)


if __name__ == "__main__":
    main()
