"""A full disk at the Parquet write, the publish, the ledger: a clear error, nothing half stored."""

from __future__ import annotations

import errno
import os
import pathlib
from typing import Any

import pytest

from mediacode.storage.disk_full import is_disk_full
from mediacode.storage.ledger import Ledger
from mediacode.storage.parquet.writer import DayPartitionWriter
from tests.crash import harness
from tests.crash.conftest import World

pytestmark = [pytest.mark.crash, pytest.mark.slow]

ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
ARROW_ENOSPC = OSError("IOError: error writing to file: No space left on device")
"""How PyArrow reports it: a plain OSError without errno."""


def fail_write(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    def write(self: DayPartitionWriter, *args: Any) -> None:
        raise error

    monkeypatch.setattr(DayPartitionWriter, "_write", write)


def fail_publish(monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    """The ``after+1``-th move into the data folder finds the disk full (the first ones went through)."""
    original = pathlib.Path.replace
    calls = {"n": 0}

    def replace(self: pathlib.Path, target: Any) -> pathlib.Path:
        if "/.mediacode/data/" in str(target):
            calls["n"] += 1
            if calls["n"] > after:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        return original(self, target)

    monkeypatch.setattr(pathlib.Path, "replace", replace)


def fail_ledger(monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    original = Ledger.record
    calls = {"n": 0}

    def record(self: Ledger, content_hash: str, entry: dict[str, object]) -> None:
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        original(self, content_hash, entry)

    monkeypatch.setattr(Ledger, "record", record)


CASES = [
    ("write", lambda m: fail_write(m, ENOSPC), ".mediacode/tmp"),
    ("write-arrow", lambda m: fail_write(m, ARROW_ENOSPC), ".mediacode/tmp"),
    ("publish-first", lambda m: fail_publish(m, 3), ".mediacode/data/web"),
    ("publish-second", lambda m: fail_publish(m, 25), ".mediacode/data/web"),
    ("ledger-first", lambda m: fail_ledger(m, 0), ".mediacode/ingest"),
    ("ledger-second", lambda m: fail_ledger(m, 1), ".mediacode/ingest"),
]


@pytest.fixture(scope="module")
def clean(world: World) -> harness.Snapshot:
    org = world.copy("disk-clean")
    code, _, err = harness.cli(*world.ingest_args(org, "squid"))
    assert code == 0, err
    return harness.Snapshot.of(org)


@pytest.mark.parametrize(("name", "fill", "place"), CASES, ids=[case[0] for case in CASES])
def test_a_full_disk_is_a_clear_error_and_a_rerun_gives_the_clean_figures(
    world: World, clean: harness.Snapshot, monkeypatch: pytest.MonkeyPatch, name: str, fill: Any, place: str
) -> None:
    org = world.copy(f"disk-{name}")
    args = world.ingest_args(org, "squid")
    with monkeypatch.context() as patch:
        fill(patch)
        code, out, err = harness.cli(*args)
    assert code == 2, out + err
    assert "Traceback" not in err
    assert "the disk is full" in err and place in err, err
    assert "run the same ingest again" in err
    harness.check_reader_view(org)
    assert harness.ledger(org).pending_ingests() == set(), "a publish intent outlived its failed run"
    committed = harness.committed_files(org)
    visible = {p.relative_to(org / ".mediacode" / "data").as_posix() for p in harness.parquet_files(org)}
    assert visible == committed, "files of the input that hit the full disk stayed in the data folder"
    assert harness.leftovers(org) == []
    harness.check_audit(org)
    # space freed: the same command again
    code, _, err = harness.cli(*args)
    assert code == 0, err
    harness.assert_same(harness.Snapshot.of(org), clean, f"full disk at {name}, then rerun")
    harness.check_audit(org)


@pytest.mark.parametrize(
    ("error", "full"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), True),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), True),
        (ARROW_ENOSPC, True),
        (OSError(errno.EACCES, "Permission denied"), False),
        (OSError("IOError: unexpected end of stream"), False),
    ],
)
def test_what_counts_as_a_full_disk(error: OSError, full: bool) -> None:
    assert is_disk_full(error) is full
