"""The web app's database (SQLite) written in a loop and killed: whole writes only, audit intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.crash import harness
from tests.crash.conftest import World

pytestmark = [pytest.mark.crash, pytest.mark.slow]

MANY = 1_000_000
"""Operations asked of a writer that is going to be killed: it never gets to the end."""


def writer(org: Path, journal: Path, operations: int) -> list[str]:
    return [sys.executable, "-m", "tests.crash.db_writer", str(org), str(journal), str(operations)]


def journal_lines(journal: Path) -> list[str]:
    return journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []


def check_database(org: Path, journal: Path) -> None:
    """The file opens, passes integrity_check, and every logical write is all there or not at all."""
    connection = sqlite3.connect(org / ".mediacode" / "mediacode.db")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        requests = connection.execute("SELECT id, status, decided_at FROM approval_requests").fetchall()
        notes = connection.execute("SELECT request_id, kind FROM notifications").fetchall()
        users = connection.execute("SELECT disabled, password_hash FROM users").fetchall()
    finally:
        connection.close()
    kinds: dict[int, list[str]] = {}
    for request_id, kind in notes:
        kinds.setdefault(request_id, []).append(kind)
    for request_id, status, decided_at in requests:
        expected = ["approval.requested"] + ([] if status == "pending" else [f"approval.{status}"])
        assert sorted(kinds.pop(request_id, [])) == sorted(expected), f"request {request_id} is half written"
        assert (decided_at is None) == (status == "pending")
    assert not kinds, "notifications about requests that do not exist"
    for disabled, password_hash in users:
        assert bool(disabled) == (password_hash is None), "an account is half enabled"
    lines = journal_lines(journal)
    asked = {int(line.split()[1]) for line in lines if line.startswith("ask ")}
    decided = {int(line.split()[1]) for line in lines if line.startswith("decide ")}
    stored = {request_id for request_id, _, _ in requests}
    assert asked <= stored, "a request the writer saw committed is missing"
    assert len(stored - asked) <= 1, "more than the one write in flight is there without being journalled"
    assert decided <= {request_id for request_id, status, _ in requests if status != "pending"}


@pytest.fixture(scope="module")
def startup(world: World) -> float:
    """Seconds a writer needs to import, open the database and do its first few writes."""
    org = world.copy("db-startup")
    start = time.perf_counter()
    subprocess.run(writer(org, org / "journal", 4), cwd=harness.ROOT, check=True, timeout=120)
    return time.perf_counter() - start


def test_random_kills_leave_whole_writes_and_a_sound_database(world: World, startup: float) -> None:
    rng = harness.rng_for("database")
    org = world.copy("db-kills")
    journal = org.parent / "db-kills.journal"
    for trial in range(harness.kills()):
        delay = rng.uniform(startup * 0.8, startup * 0.8 + 3.0)
        process = subprocess.Popen(writer(org, journal, MANY), cwd=harness.ROOT, start_new_session=True)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        assert process.returncode == -signal.SIGKILL, f"trial {trial}: the writer ended by itself"
        written = len(journal_lines(journal))
        print(f"database writer killed after {delay:.3f} s (trial {trial}): {written} writes")
        check_database(org, journal)
        harness.check_audit(org, right_after_kill=True)
    assert journal_lines(journal), "no write was committed before the kills"
    # the killed database goes on working: a clean writer runs to its end
    done = subprocess.run(
        writer(org, journal, 8), cwd=harness.ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    check_database(org, journal)
    harness.check_audit(org)
