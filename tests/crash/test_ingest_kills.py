"""``mediacode ingest`` killed with SIGKILL, then run again: the figures of one clean run (issue 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crash import harness
from tests.crash.conftest import World

pytestmark = [pytest.mark.crash, pytest.mark.slow]

SOURCES = ("squid", "postfix")


@pytest.fixture(scope="module")
def clean(world: World) -> dict[str, tuple[harness.Snapshot, float]]:
    """One clean run per source (a subprocess, as the killed ones): its snapshot and its duration."""
    found = {}
    for source in SOURCES:
        org = world.copy(f"clean-{source}")
        seconds = harness.timed_clean_run(world.ingest_args(org, source))
        harness.check_audit(org)
        assert harness.leftovers(org) == []
        found[source] = (harness.Snapshot.of(org), seconds)
    return found


def recover_and_compare(world: World, org: Path, source: str, expected: harness.Snapshot, what: str) -> None:
    harness.check_reader_view(org)
    harness.check_audit(org, right_after_kill=True)
    harness.run_to_end(world.ingest_args(org, source))
    assert harness.leftovers(org) == [], f"{what}: leftovers of the killed run survived the rerun"
    assert harness.ledger(org).pending_ingests() == set(), f"{what}: a publish intent survived the rerun"
    harness.assert_same(harness.Snapshot.of(org), expected, what)
    harness.check_audit(org)


@pytest.mark.parametrize("source", SOURCES)
def test_random_kills_then_rerun_give_the_clean_figures(
    world: World, clean: dict[str, tuple[harness.Snapshot, float]], source: str
) -> None:
    expected, seconds = clean[source]
    rng = harness.rng_for(f"ingest-{source}")
    landed = 0
    delays = harness.Delays(rng, seconds)
    for trial in range(harness.kills()):
        delay = delays.next()
        org = world.copy(f"random-{source}-{trial}")
        kill = harness.kill_after(world.ingest_args(org, source), delay)
        what = f"ingest {source} killed after {delay:.3f} s (trial {trial}, clean run {seconds:.2f} s)"
        print(what, "(ended before the kill)" if kill.finished_first else "")
        if kill.finished_first:
            delays.ended_before(delay)
        landed += not kill.finished_first
        recover_and_compare(world, org, source, expected, what)
    assert landed or harness.kills() < 3, "no kill landed while the ingest ran"


POINTS = [
    ("squid", "publish", 1),  # first day file of the first input moved, the rest still staged
    ("squid", "publish", 30),  # inside the second input's publish
    ("squid", "after-ledger", 1),  # first input committed, second not begun
    ("squid", "after-ledger", 2),  # both committed, no audit entry yet
    ("postfix", "publish", 3),
    ("postfix", "before-ledger", 2),  # second input published, no ledger entry
]


@pytest.mark.parametrize(("source", "point", "at"), POINTS)
def test_kill_at_a_point_then_rerun_gives_the_clean_figures(
    world: World, clean: dict[str, tuple[harness.Snapshot, float]], source: str, point: str, at: int
) -> None:
    org = world.copy(f"point-{source}-{point}-{at}")
    kill = harness.kill_at_point(world.ingest_args(org, source), point, at)
    assert not kill.finished_first, f"the ingest never reached {point} #{at}"
    recover_and_compare(world, org, source, clean[source][0], f"ingest {source} killed at {point} #{at}")


def test_a_half_published_input_is_invisible_and_rolled_back(world: World) -> None:
    """Regression (ADR 0100): killed between two renames of a publish, the moved files were read by
    reports and stayed in the data folder with no ledger entry; now reports skip them and the next
    run removes them."""
    org = world.copy("half-published")
    args = world.ingest_args(org, "squid")
    args[args.index("--source") + 2 :] = [str(world.inputs.squid[0]), "--today", harness.TODAY]
    kill = harness.kill_at_point(args, "publish", 5)
    assert not kill.finished_first
    moved = harness.parquet_files(org)
    assert len(moved) == 5
    assert harness.ledger(org).pending_ingests() == {moved[0].stem}
    report = harness.report_rows(org)
    assert report["capacity"]["rows"] == [], "a report counted the half-published input"
    code, _, err = harness.cli("retention", "apply", "--org", org, "--today", harness.TODAY)
    assert code == 0, err
    assert harness.parquet_files(org) == []
    assert harness.ledger(org).pending_ingests() == set()
