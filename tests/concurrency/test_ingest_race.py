"""Two ``mediacode ingest`` of one organization at once, and ``retention apply`` beside an ingest or another.

The organization's lock lets one run at a time: the other stops at once with
exit 2 and a message naming what is busy (no traceback, nothing written).
Rerunning the loser afterwards gives exactly the figures of one clean ingest of
each file: nothing lost, nothing counted twice.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from mediacode.services import ingest as ingest_service
from mediacode.storage.layout import StorageSettings
from tests.concurrency.conftest import Finished, assert_clean, audit_actions, together
from tests.concurrency.traffic import TODAY, squid_log, traffic_org

pytestmark = pytest.mark.slow
BUSY = "still busy"


def _rows(root: Path) -> list[tuple[object, ...]]:
    """Every stored row, sorted: the figures any report is made from."""
    rows: list[tuple[object, ...]] = []
    for path in sorted((root / ".mediacode" / "data").rglob("*.parquet")):
        table = pq.read_table(path)
        rows.extend(zip(*(table.column(i).to_pylist() for i in range(table.num_columns)), strict=True))
    return sorted(rows, key=repr)


def _ingest_args(root: Path, log: Path) -> list[str | Path]:
    return ["ingest", "--org", root, "--source", "squid", "--today", TODAY, log]


def _clean_rows(root: Path, logs: list[Path]) -> list[tuple[object, ...]]:
    """The rows of one clean, sequential ingest of ``logs`` with the same keys."""
    shutil.rmtree(root / ".mediacode" / "data")
    shutil.rmtree(root / ".mediacode" / "ingest")
    for log in logs:
        ingest_service.ingest(root, "squid", [log], dt.date.fromisoformat(TODAY), StorageSettings())
    return _rows(root)


def _check_losers(results: list[Finished]) -> None:
    for result in results:
        assert_clean(result)
        if result.code == 2:
            assert BUSY in result.err, result.err


@pytest.mark.parametrize("same_file", [True, False], ids=["same-file", "different-files"])
def test_two_ingests_at_once(example_org: Path, tmp_path: Path, same_file: bool) -> None:
    root = traffic_org(example_org)
    first = squid_log(tmp_path / "a.log", root, range(1, 12), per_person=300)
    second = first if same_file else squid_log(tmp_path / "b.log", root, range(8, 20), per_person=300)
    results = together([_ingest_args(root, first), _ingest_args(root, second)])
    _check_losers(results)
    assert any(r.code == 0 for r in results)
    for result, log in zip(results, (first, second), strict=True):
        if result.code == 2:  # the loser, run again when the winner is done
            (rerun,) = together([_ingest_args(root, log)])
            assert rerun.code == 0, rerun.err
    ingests = [e for e in audit_actions(root) if e["action"] == "ingest"]
    assert len(ingests) == 2  # a loser that stopped at the lock recorded nothing
    assert _rows(root) == _clean_rows(root, sorted({first, second}))  # nothing lost, nothing twice


def test_retention_during_an_ingest_and_two_retentions_at_once(example_org: Path, tmp_path: Path) -> None:
    root = traffic_org(example_org)
    log = squid_log(tmp_path / "a.log", root, range(1, 20), per_person=300)
    retention = ["retention", "apply", "--org", root, "--today", TODAY]
    results = together([_ingest_args(root, log), retention])
    _check_losers(results)
    assert results[0].code == 0 or results[1].code == 0
    if results[0].code == 2:
        (rerun,) = together([_ingest_args(root, log)])
        assert rerun.code == 0, rerun.err
    two = together([retention, retention])
    _check_losers(two)
    assert any(r.code == 0 for r in two)
    stored = _rows(root)
    assert stored == _clean_rows(root, [log])
    assert audit_actions(root)  # verifies
