"""Ingest speed against the peers, on the same synthetic files in the same run (issue 4, Targets).

    uv run python bench/ingest.py [--quick] [--no-peers]

Times, each as a separate process under ``/usr/bin/time -v`` (wall clock and
peak RSS): ``mediacode ingest`` end to end (gate, parse, minimise, resolve,
spare, pseudonymise, Parquet) on a fresh copy of the demo organization (Squid
goes through the DuckDB path of ADR 0078, Postfix through that of ADR 0079);
and the peers from Debian
(GoAccess, Calamaris, SARG, pflogsumm; LightSquid is skipped: its parser
drops every line after 2020). Results go to stdout and build/bench/ingest.json.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import BENCH_DIR, ensure_files

TODAY = "2026-11-28"
TIMEOUT = 900
SARG_TIMEOUT = 300
"""SARG writes about 1 GB of per-user pages and needs minutes; past this it is stopped and shown as slower."""
SQUID_TARGET = 400_000
POSTFIX_TARGET = 200_000
GOACCESS_FORMAT = "%x.%^ %~%L %h %^/%s %b %m %U %e %^ %M"


@dataclass
class Run:
    name: str
    lines: int
    wall: float
    rss_mb: float
    ok: bool
    note: str = ""

    @property
    def rate(self) -> float:
        return self.lines / self.wall if self.wall else 0.0


def timed(
    name: str,
    lines: int,
    command: list[str],
    *,
    stdout: Path | None = None,
    stdin: Path | None = None,
    cwd: Path | None = None,
    timeout: int = TIMEOUT,
) -> Run:
    report = BENCH_DIR / f"{name}.time"
    out = stdout.open("wb") if stdout else subprocess.DEVNULL
    inp = stdin.open("rb") if stdin else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(
        ["/usr/bin/time", "-v", "-o", str(report), *command],
        stdout=out,
        stdin=inp,
        stderr=subprocess.PIPE,
        cwd=cwd,
        start_new_session=True,  # a timeout stops the tool too, not only /usr/bin/time
    )
    try:
        _, stderr = process.communicate(timeout=timeout)
        wall = time.perf_counter() - start
        ok = process.returncode == 0
        errors = stderr.decode(errors="replace").strip().splitlines()
        note = "" if ok else (errors[-1][:120] if errors else f"exit code {process.returncode}")
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return Run(
            name,
            lines,
            float(timeout),
            0.0,
            False,
            f"stopped after {timeout} s (< {lines / timeout:,.0f} lines/s)",
        )
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
        if stdin:
            inp.close()  # type: ignore[union-attr]
    text = report.read_text(errors="replace") if report.exists() else ""
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    rss = int(match.group(1)) / 1024 if match else 0.0
    return Run(name, lines, wall, rss, ok, note)


def count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 24), b""))


def fresh_org(name: str) -> Path:
    from mediacode.services.demo import create_demo

    org = BENCH_DIR / name
    shutil.rmtree(org, ignore_errors=True)
    create_demo(org, today=__import__("datetime").date.fromisoformat(TODAY))
    return org


def mediacode_ingest(source: str, path: Path, lines: int) -> Run:
    org = fresh_org(f"org-{source}")
    mediacode = shutil.which("mediacode") or "mediacode"
    command = [
        mediacode,
        "ingest",
        "--org",
        str(org),
        "--source",
        source,
        str(path),
        "--format",
        "json",
        "--today",
        TODAY,
    ]
    return timed(
        f"mediacode ingest --source {source}", lines, command, stdout=BENCH_DIR / f"ingest-{source}.json"
    )


def peers_squid(path: Path, lines: int) -> list[Run]:
    runs = []
    if shutil.which("goaccess"):
        runs.append(
            timed(
                "GoAccess 1.7 (HTML)",
                lines,
                [
                    "goaccess",
                    str(path),
                    "--log-format",
                    GOACCESS_FORMAT,
                    "--datetime-format",
                    "%s",
                    "--date-format",
                    "%s",
                    "--time-format",
                    "%s",
                    "-o",
                    str(BENCH_DIR / "goaccess.html"),
                    "--no-progress",
                ],
            )
        )
    else:
        runs.append(Run("GoAccess", lines, 0, 0, False, "not installed (make bench installs it)"))
    if shutil.which("calamaris"):
        runs.append(
            timed(
                "Calamaris (-a -f squid -n -u, HTML)",
                lines,
                ["calamaris", "-a", "-f", "squid", "-n", "-u", "-F", "html"],
                stdin=path,
                stdout=BENCH_DIR / "calamaris.html",
            )
        )
    else:
        runs.append(Run("Calamaris", lines, 0, 0, False, "not installed"))
    if shutil.which("sarg"):
        out = BENCH_DIR / "sarg"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        command = ["sarg", "-l", str(path), "-o", str(out)]
        runs.append(timed("SARG 2.4 (defaults)", lines, command, timeout=SARG_TIMEOUT))
        shutil.rmtree(out, ignore_errors=True)  # about 1 GB of per-user pages
    else:
        runs.append(Run("SARG", lines, 0, 0, False, "not installed"))
    runs.append(
        Run("LightSquid", lines, 0, 0, False, "skipped: Debian's lightparser.pl drops every line after 2020")
    )
    return runs


def peers_postfix(path: Path, lines: int) -> list[Run]:
    if not shutil.which("pflogsumm"):
        return [Run("pflogsumm", lines, 0, 0, False, "not installed")]
    return [timed("pflogsumm 1.1.5", lines, ["pflogsumm", str(path)], stdout=BENCH_DIR / "pflogsumm.txt")]


def show(
    title: str, ours: list[Run], peers: list[Run], target: int, ratio_target: float, ratio_peer: str
) -> None:
    print(f"\n{title}")
    print(f"  {'':44} {'wall s':>8} {'lines/s':>10} {'peak RSS MB':>12}")
    for run in [*ours, *peers]:
        if run.wall and run.ok:
            print(f"  {run.name:44} {run.wall:8.1f} {run.rate:10,.0f} {run.rss_mb:12.0f}")
        else:
            print(f"  {run.name:44} {'-':>8} {'-':>10} {'-':>12}  {run.note}")
    reference = next((p for p in peers if p.name.startswith(ratio_peer) and p.ok and p.wall), None)
    for run in ours:
        if not (run.ok and run.wall):
            continue
        verdict = "meets" if run.rate >= target else "misses"
        line = f"  {run.name}: {run.rate:,.0f} lines/s {verdict} the {target:,} target"
        if reference is not None:
            ratio = run.rate / reference.rate
            line += f"; x{ratio:.1f} {reference.name.split()[0]} (target x{ratio_target:g})"
        line += f"; peak {run.rss_mb:.0f} MB ({'under' if run.rss_mb < 1024 else 'OVER'} 1 GB)"
        print(line)


def main() -> int:
    quick = "--quick" in sys.argv
    squid_file, postfix_file = ensure_files(0.1 if quick else 1.0)
    squid_lines, postfix_lines = count_lines(squid_file), count_lines(postfix_file)
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(
        f"squid {squid_file.name}: {squid_lines:,} lines;"
        f" postfix {postfix_file.name}: {postfix_lines:,} lines"
    )
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    ours_squid = [mediacode_ingest("squid", squid_file, squid_lines)]
    ours_postfix = [mediacode_ingest("postfix", postfix_file, postfix_lines)]
    with_peers = "--no-peers" not in sys.argv
    squid_peers = peers_squid(squid_file, squid_lines) if with_peers else []
    postfix_peers = peers_postfix(postfix_file, postfix_lines) if with_peers else []
    show("Squid native", ours_squid, squid_peers, SQUID_TARGET, 4, "GoAccess")
    show("Postfix maillog", ours_postfix, postfix_peers, POSTFIX_TARGET, 3, "pflogsumm")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.platform()}, {os.cpu_count()} CPUs",
        "runs": [
            asdict(run) | {"rate": run.rate}
            for run in [*ours_squid, *squid_peers, *ours_postfix, *postfix_peers]
        ],
    }
    (BENCH_DIR / "ingest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
