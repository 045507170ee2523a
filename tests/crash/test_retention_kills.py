"""``retention apply`` killed with SIGKILL, then run again: expired data and keys gone, the rest intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.crash import harness
from tests.crash.conftest import World

pytestmark = [pytest.mark.crash, pytest.mark.slow]

RETENTION_TODAY = "2027-01-10"
"""90 days' retention: every day before 2026-10-12 expires, and with September the key of 2026-09."""
FIRST_KEPT = dt.date(2026, 10, 12)


@pytest.fixture(scope="module")
def stored(world: World) -> Path:
    """The base organization with both months of both sources ingested."""
    org = world.copy("retention-base")
    for source in ("squid", "postfix"):
        code, _, err = harness.cli(*world.ingest_args(org, source))
        assert code == 0, err
    return org


def retention_args(org: Path) -> list[str]:
    return ["retention", "apply", "--org", str(org), "--today", RETENTION_TODAY]


@pytest.fixture(scope="module")
def clean(world: World, stored: Path) -> tuple[harness.Snapshot, float]:
    org = harness.copy_org(stored, world.scratch / "retention-clean")
    seconds = harness.timed_clean_run(retention_args(org))
    snapshot = harness.Snapshot.of(org)
    assert "2026-09.destroyed" in snapshot.keys and "2026-09.key" not in snapshot.keys
    assert "2026-10.key" in snapshot.keys
    assert snapshot.files and all(day_of(name) >= FIRST_KEPT for name in snapshot.files)
    return snapshot, seconds


def day_of(name: str) -> dt.date:
    return dt.date.fromisoformat(name.split("/")[1].removeprefix("day="))


def check_whole_days(org: Path, stored: Path) -> None:
    """Right after a kill: each day folder holds all its files or is gone, never a part."""
    before: dict[str, set[str]] = {}
    for path in harness.parquet_files(stored):
        before.setdefault(path.parent.relative_to(stored).as_posix(), set()).add(path.name)
    after: dict[str, set[str]] = {}
    for path in harness.parquet_files(org):
        after.setdefault(path.parent.relative_to(org).as_posix(), set()).add(path.name)
    for folder, names in after.items():
        assert names == before[folder], f"{folder} is partly removed"


def recover_and_compare(stored: Path, org: Path, expected: harness.Snapshot, what: str) -> None:
    check_whole_days(org, stored)
    harness.check_reader_view(org)
    harness.check_audit(org, right_after_kill=True)
    harness.run_to_end(retention_args(org))
    assert harness.leftovers(org) == [], f"{what}: files past retention survived the rerun under tmp/"
    harness.assert_same(harness.Snapshot.of(org), expected, what)
    harness.check_audit(org)


def test_random_kills_then_rerun_remove_exactly_what_expired(
    world: World, stored: Path, clean: tuple[harness.Snapshot, float]
) -> None:
    expected, seconds = clean
    rng = harness.rng_for("retention")
    delays = harness.Delays(rng, seconds)
    for trial in range(harness.kills()):
        delay = delays.next()
        org = harness.copy_org(stored, world.scratch / f"retention-random-{trial}")
        kill = harness.kill_after(retention_args(org), delay)
        what = f"retention killed after {delay:.3f} s (trial {trial}, clean run {seconds:.2f} s)"
        print(what, "(ended before the kill)" if kill.finished_first else "")
        if kill.finished_first:
            delays.ended_before(delay)
        recover_and_compare(stored, org, expected, what)


@pytest.mark.parametrize(
    ("point", "at"),
    [
        ("remove", 1),  # regression: the first expired day renamed to tmp/ but not deleted
        ("remove", 30),
        ("after-destroy", 1),  # key destroyed, no audit entry yet
        ("before-audit", 1),
    ],
)
def test_kill_at_a_point_then_rerun_removes_exactly_what_expired(
    world: World, stored: Path, clean: tuple[harness.Snapshot, float], point: str, at: int
) -> None:
    org = harness.copy_org(stored, world.scratch / f"retention-{point}-{at}")
    kill = harness.kill_at_point(retention_args(org), point, at)
    assert not kill.finished_first, f"retention never reached {point} #{at}"
    recover_and_compare(stored, org, clean[0], f"retention killed at {point} #{at}")
