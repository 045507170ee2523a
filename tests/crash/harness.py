"""The crash-consistency harness: organizations, killed subprocesses, snapshots and the checks after a kill.

A trial copies a prepared organization, starts a ``mediacode`` command as a
subprocess (through ``tests.crash.kill_at``), kills it with SIGKILL, looks at
what a reader would see right then, runs the command again to completion and
compares the result with one clean run.

Kills come in two kinds:
- at a random moment: a seeded delay between 0 and 1.1 times the clean run's
  duration (Python start-up included), so kills land in start-up, parse,
  write, publish, ledger and audit in proportion to the time each takes;
- at a named internal point (``kill_at`` points), for the short windows a
  random delay rarely hits (between two renames of a publish, between the
  ledger entry and the audit entry).

``MEDIACODE_CRASH_KILLS`` (default 3) sets the random kills per command and
``MEDIACODE_CRASH_SEED`` (default 20261128) the seed; both are printed, so a
failure can be replayed with the same numbers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from mediacode.audit.verify import APPENDED
from mediacode.cli.main import main
from mediacode.services.audit import audit_log
from mediacode.services.demo import create_demo
from mediacode.storage.ledger import Ledger

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-28"
"""The demo's logs cover September and October 2026; with 90 days' retention all of it is kept on this day."""
SEPTEMBER_DEMO_TODAY = dt.date(2026, 10, 15)
OCTOBER_DEMO_TODAY = dt.date(2026, 11, 28)
PURPOSES = ("security", "capacity", "private_use")
DEFAULT_KILLS = 3
DEFAULT_SEED = 20261128
KILL_TIMEOUT = 120


def kills() -> int:
    return int(os.environ.get("MEDIACODE_CRASH_KILLS", str(DEFAULT_KILLS)))


def seed() -> int:
    return int(os.environ.get("MEDIACODE_CRASH_SEED", str(DEFAULT_SEED)))


def rng_for(name: str) -> random.Random:
    """A random source per test, from the run's seed and the test's name (printed for replay)."""
    value = seed()
    print(f"crash harness: {name}: MEDIACODE_CRASH_SEED={value} MEDIACODE_CRASH_KILLS={kills()}")
    return random.Random(f"{value}:{name}")


# organizations and inputs


@dataclass(frozen=True)
class Inputs:
    """Rotated demo logs of two months, outside the organization folder."""

    squid: tuple[Path, ...]
    postfix: tuple[Path, ...]


def make_inputs(folder: Path) -> Inputs:
    """September's demo logs as ``*.1`` (rotated) and October's as the current files."""
    logs = folder / "logs"
    logs.mkdir(parents=True)
    months = (("september", SEPTEMBER_DEMO_TODAY, ".1"), ("october", OCTOBER_DEMO_TODAY, ""))
    for month, today, suffix in months:
        demo = folder / month
        create_demo(demo, today=today)
        for name in ("access.log", "maillog"):
            shutil.copyfile(demo / "logs" / name, logs / f"{name}{suffix}")
        shutil.rmtree(demo)
    return Inputs((logs / "access.log.1", logs / "access.log"), (logs / "maillog.1", logs / "maillog"))


def make_org(folder: Path) -> Path:
    """The October demo organization (consented, published) without its logs (they are in ``Inputs``)."""
    create_demo(folder, today=OCTOBER_DEMO_TODAY)
    shutil.rmtree(folder / "logs")
    return folder


def copy_org(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


# running mediacode


def cli(*args: str | Path) -> tuple[int, str, str]:
    """``mediacode`` in this process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def command(args: list[str], point: str = "none", at: int = 1) -> list[str]:
    return [sys.executable, "-m", "tests.crash.kill_at", point, str(at), "--", *args]


def run_to_end(args: list[str]) -> subprocess.CompletedProcess[str]:
    """The command as a subprocess, to its end; asserts exit 0 and no traceback."""
    done = subprocess.run(command(args), cwd=ROOT, capture_output=True, text=True, timeout=KILL_TIMEOUT)
    assert done.returncode == 0, f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr
    return done


@dataclass
class Kill:
    """What happened to one killed run."""

    delay: float | None
    point: str
    finished_first: bool
    """The command ended before the kill came (a random delay past its end): nothing to recover."""
    returncode: int


def kill_after(args: list[str], delay: float) -> Kill:
    """Start the command, SIGKILL it after ``delay`` seconds (if it still runs)."""
    process = subprocess.Popen(
        command(args), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        process.wait(timeout=delay)
        finished = True
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # its own session: the parse-ahead child goes too
        process.wait()
        finished = False
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if finished:
        assert process.returncode == 0, f"ended with {process.returncode} before the kill: {stderr[-2000:]}"
    return Kill(delay, "random", finished, process.returncode)


def kill_at_point(args: list[str], point: str, at: int) -> Kill:
    """Run the command until the ``at``-th call of ``point``; it kills itself there (or ends first)."""
    done = subprocess.run(
        command(args, point, at), cwd=ROOT, capture_output=True, text=True, timeout=KILL_TIMEOUT
    )
    finished = done.returncode == 0
    assert finished or done.returncode == -signal.SIGKILL, (
        f"{point}#{at}: exit {done.returncode}: {done.stderr[-2000:]}"
    )
    return Kill(None, point, finished, done.returncode)


class Delays:
    """Seeded kill delays in [0, bound): a run that ends before its kill lowers the bound to that delay,
    so that on a machine faster than the clean run measured the kills still land while the command runs."""

    def __init__(self, rng: random.Random, seconds: float) -> None:
        self.rng = rng
        self.bound = seconds * 1.1

    def next(self) -> float:
        return self.rng.uniform(0.0, self.bound)

    def ended_before(self, delay: float) -> None:
        self.bound = max(delay, 0.05)


def timed_clean_run(args: list[str]) -> float:
    start = time.perf_counter()
    run_to_end(args)
    return time.perf_counter() - start


# what is stored, and what a reader sees


def state(org: Path) -> Path:
    return org / ".mediacode"


def ledger(org: Path) -> Ledger:
    return Ledger(state(org) / "ingest")


def parquet_files(org: Path) -> list[Path]:
    data = state(org) / "data"
    return sorted(data.rglob("*.parquet")) if data.is_dir() else []


def stored_rows(org: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row per table, as sorted tuples of strings (order of files and row groups ignored)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for path in parquet_files(org):
        table = path.relative_to(state(org) / "data").parts[0]
        rows = found.setdefault(table, [])
        rows.extend(tuple(str(v) for v in row.values()) for row in pq.read_table(path).to_pylist())
    return {table: sorted(rows) for table, rows in sorted(found.items())}


def report_rows(org: Path, today: str = TODAY) -> dict[str, Any]:
    """The JSON rows and flags of every purpose's report (what a person reads)."""
    figures: dict[str, Any] = {}
    for purpose in PURPOSES:
        args = ("report", "--org", org, "--purpose", purpose, "--format", "json", "--today", today)
        code, out, err = cli(*args)
        assert code == 0, f"report {purpose} failed: {err}"
        assert "Traceback" not in err
        value = json.loads(out)
        figures[purpose] = {"periods": value["periods"], "rows": value["rows"], "flags": value["flags"]}
    return figures


def ledger_entries(org: Path) -> list[dict[str, object]]:
    return sorted(ledger(org).entries(), key=lambda entry: str(entry["ingest_id"]))


def key_files(org: Path) -> list[str]:
    keys = state(org) / "keys"
    return sorted(p.name for p in keys.iterdir() if not p.name.startswith(".")) if keys.is_dir() else []


@dataclass
class Snapshot:
    rows: dict[str, list[tuple[Any, ...]]]
    reports: dict[str, Any]
    ledger: list[dict[str, object]]
    keys: list[str]
    files: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, org: Path, today: str = TODAY) -> Snapshot:
        data = state(org) / "data"
        return cls(
            rows=stored_rows(org),
            reports=report_rows(org, today),
            ledger=ledger_entries(org),
            keys=key_files(org),
            files=[p.relative_to(data).as_posix() for p in parquet_files(org)],
        )


def committed_files(org: Path) -> set[str]:
    """Data files named by a ledger entry (the input's ingest finished)."""
    return {str(name) for entry in ledger(org).entries() for name in entry["files"]}  # type: ignore[attr-defined]


def check_reader_view(org: Path) -> None:
    """Right after a kill: every file a report reads is whole and belongs to a finished ingest."""
    data = state(org) / "data"
    hidden = ledger(org).pending_ingests()
    committed = committed_files(org)
    for path in parquet_files(org):
        pq.read_metadata(path)  # a whole Parquet file: its footer is there
        if path.stem in hidden:
            continue
        name = path.relative_to(data).as_posix()
        assert name in committed, f"a report would read {name}, which no finished ingest wrote"
    for purpose in PURPOSES:
        code, _, err = cli("report", "--org", org, "--purpose", purpose, "--format", "json", "--today", TODAY)
        assert code == 0, f"report {purpose} right after the kill failed: {err}"
        assert "Traceback" not in err


def check_audit(org: Path, right_after_kill: bool = False) -> None:
    """The audit log verifies. Right after a kill one more thing may be true: the entry being written
    when the kill came is in the log but its tree head is not yet (a kill between two fsyncs). Verify
    names it ("a write was interrupted") and the next write of mediacode covers it with an
    ``audit.recovered`` entry, so it must be exactly one entry, at the end, and nothing else."""
    result = audit_log(org).verify()
    damage = result.damage
    if right_after_kill and damage:
        assert [item.kind for item in damage] == [APPENDED], [item.message for item in damage]
        assert f"entries {result.size - 1}..{result.size - 1} come after" in damage[0].message
        code, out, err = cli("audit", "verify", "--org", org)
        assert code != 0 and "interrupted" in out + err
        return
    assert not damage, [item.message for item in damage]
    code, out, err = cli("audit", "verify", "--org", org)
    assert code == 0, out + err


def leftovers(org: Path) -> list[str]:
    """Files under ``tmp/`` (staging, removed day folders): none may survive a finished run."""
    tmp = state(org) / "tmp"
    if not tmp.is_dir():
        return []
    return sorted(p.relative_to(tmp).as_posix() for p in tmp.rglob("*") if p.is_file())


def assert_same(actual: Snapshot, expected: Snapshot, what: str) -> None:
    assert actual.files == expected.files, f"{what}: stored files differ"
    assert actual.rows == expected.rows, f"{what}: stored rows differ"
    assert actual.ledger == expected.ledger, f"{what}: ledger differs"
    assert actual.keys == expected.keys, f"{what}: keys differ"
    assert actual.reports == expected.reports, f"{what}: report figures differ"
