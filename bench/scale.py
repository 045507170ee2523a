"""How ingest and a one-month report grow with stored volume: 1x, 4x and 16x months of Squid logs (issue 4).

    uv run python bench/scale.py [--lines N] [--quick]

A month of synthetic Squid native lines (``synthetic.write_squid``, N lines,
default 250,000) is the base volume; volume k is k consecutive months from
October 2026, one file per month, cached under build/bench/scale/. For each
volume, a fresh copy of the demo organization (retention stretched to cover
16 months, with a recorded justification, and consent recorded again) ingests
all its files in one ``mediacode ingest`` process under ``/usr/bin/time -v``
(wall clock, peak RSS); then the ``capacity`` report for October 2026 (the
first month, stored at every volume) is built in-process, cold and then
warm (best of three). Ingest should grow linearly (same lines/s at every
volume) and the one-month report should stay flat, since it reads only the
day partitions of its month. Results go to stdout and build/bench/scale.json.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import platform
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import count_lines, timed
from synthetic import BENCH_DIR, write_squid

VOLUMES = (1, 4, 16)
FIRST_MONTH = dt.date(2026, 10, 1)
REPORT_PERIOD = "2026-10"
PURPOSE = "capacity"
BASE_LINES = 250_000
RETENTION = (
    "  retention_days: 550\n  retention_justification: bench/scale.py stores 16 months to show that a "
    "report reads only its own month.\n  backup_retention_days: 580\n"
)


@dataclass
class Volume:
    months: int
    lines: int
    ingest_s: float
    ingest_rss_mb: float
    report_cold_s: float
    report_warm_s: float
    stored_rows: int

    @property
    def rate(self) -> float:
        return self.lines / self.ingest_s if self.ingest_s else 0.0


def month_start(index: int) -> dt.date:
    year, month = divmod(FIRST_MONTH.month - 1 + index, 12)
    return dt.date(FIRST_MONTH.year + year, month + 1, 1)


def month_file(index: int, lines: int) -> Path:
    first = month_start(index)
    days = calendar.monthrange(first.year, first.month)[1]
    start = int(dt.datetime(first.year, first.month, 1, tzinfo=dt.UTC).timestamp())
    name = f"access-{first:%Y-%m}-{lines}.log"
    return write_squid(BENCH_DIR / "scale" / name, lines, seed=100 + index, start=start, days=days)


def fresh_org(months: int, today: dt.date) -> Path:
    from mediacode.services.demo import create_demo
    from mediacode.services.governance import record_consent

    org = BENCH_DIR / "scale" / f"org-x{months}"
    shutil.rmtree(org, ignore_errors=True)
    create_demo(org, today=FIRST_MONTH)
    policy = org / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    start = text.index("  retention_days:")
    end = text.index("\n", text.index("  backup_retention_days:")) + 1
    policy.write_text(text[:start] + RETENTION + text[end:], encoding="utf-8")
    record_consent(org, FIRST_MONTH, "bench/scale.py", today=today)
    return org


def ingest(org: Path, files: list[Path], lines: int, today: dt.date) -> tuple[float, float, int]:
    mediacode = shutil.which("mediacode") or "mediacode"
    out = BENCH_DIR / "scale" / f"{org.name}.json"
    command = [mediacode, "ingest", "--org", str(org), "--source", "squid", *map(str, files)]
    command += ["--format", "json", "--today", today.isoformat()]
    run = timed(f"scale ingest {org.name}", lines, command, stdout=out)
    if not run.ok:
        raise SystemExit(f"ingest failed: {run.note}")
    summary = json.loads(out.read_text(encoding="utf-8"))
    return run.wall, run.rss_mb, int(summary["rows"]["web"])


def report_times(org: Path, today: dt.date) -> tuple[float, float]:
    from mediacode.services.report import build_report, render

    times = []
    for _ in range(4):
        started = time.perf_counter()
        report = build_report(org, PURPOSE, None, REPORT_PERIOD, "duckdb", today=today)
        render(report, "json")
        times.append(time.perf_counter() - started)
    return times[0], min(times[1:])


def main() -> int:
    lines = BASE_LINES
    if "--lines" in sys.argv:
        lines = int(sys.argv[sys.argv.index("--lines") + 1])
    if "--quick" in sys.argv:
        lines = 25_000
    volumes = VOLUMES[:2] if "--quick" in sys.argv else VOLUMES
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    started = time.perf_counter()
    files = [month_file(index, lines) for index in range(max(volumes))]
    print(f"{len(files)} months of {lines:,} Squid lines ready in {time.perf_counter() - started:.1f} s")
    results: list[Volume] = []
    for months in volumes:
        chosen = files[:months]
        total = sum(count_lines(path) for path in chosen)
        today = month_start(months) + dt.timedelta(days=1)
        org = fresh_org(months, today)
        wall, rss, rows = ingest(org, chosen, total, today)
        cold, warm = report_times(org, today)
        results.append(Volume(months, total, wall, rss, cold, warm, rows))
        shutil.rmtree(org, ignore_errors=True)
    print(f"\n{'volume':>8} {'lines':>12} {'ingest s':>9} {'lines/s':>10} {'peak RSS MB':>12}"
          f" {'report cold s':>14} {'report warm s':>14}")  # fmt: skip
    for volume in results:
        print(
            f"{volume.months:>6}x {volume.lines:>12,} {volume.ingest_s:9.1f} {volume.rate:10,.0f}"
            f" {volume.ingest_rss_mb:12.0f} {volume.report_cold_s:14.2f} {volume.report_warm_s:14.2f}"
        )
    base = results[0]
    for volume in results[1:]:
        print(
            f"  {volume.months}x vs 1x: ingest time x{volume.ingest_s / base.ingest_s:.1f} for"
            f" x{volume.lines / base.lines:.0f} lines; one-month report (warm)"
            f" x{volume.report_warm_s / base.report_warm_s:.2f}"
        )
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    (BENCH_DIR / "scale.json").write_text(
        json.dumps(
            {
                "date": time.strftime("%Y-%m-%d"),
                "machine": f"{platform.platform()}, {os.cpu_count()} CPUs",
                "base_lines": lines,
                "volumes": [vars(volume) | {"rate": volume.rate} for volume in results],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
