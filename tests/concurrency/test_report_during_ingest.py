"""An ingest while reports run: every report sees the stored data before or after a whole file, never half.

A log file spanning several days becomes one Parquet file per day, each
published with its own rename. A report listing the day folders between two
of those renames would count some days of the file and not others.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from mediacode.services import ingest as ingest_service
from mediacode.storage.layout import StorageSettings
from tests.concurrency.conftest import assert_clean, finish, start
from tests.concurrency.traffic import TODAY, answer, squid_log, traffic_org

WAIT = 3.0


def _ingest(root: Path, path: Path) -> None:
    ingest_service.ingest(root, "squid", [path], dt.date.fromisoformat(TODAY), StorageSettings())


def test_a_report_never_sees_half_a_published_file(
    example_org: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = traffic_org(example_org)
    _ingest(root, squid_log(tmp_path / "a.log", root, range(1, 5)))
    before = answer(root)
    half_published = threading.Event()
    reported = threading.Event()
    original = Path.replace
    data = root / ".mediacode" / "data"

    def replace_slowly(self: Path, target: str | Path) -> Path:
        """After the first day file of the second input is published, let a report run (or wait WAIT s)."""
        moved = original(self, target)
        if Path(target).suffix == ".parquet" and data in Path(target).parents and not half_published.is_set():
            half_published.set()
            reported.wait(WAIT)
        return moved

    monkeypatch.setattr(Path, "replace", replace_slowly)
    answers: list[str] = []

    def report() -> None:
        half_published.wait(60)
        answers.append(answer(root))
        reported.set()

    reader = threading.Thread(target=report)
    reader.start()
    _ingest(root, squid_log(tmp_path / "b.log", root, range(5, 12)))
    reader.join(60)
    after = answer(root)
    assert before != after
    assert answers == [after]  # the report waited for the whole file


@pytest.mark.slow
def test_reports_in_a_loop_while_an_ingest_process_runs(example_org: Path, tmp_path: Path) -> None:
    root = traffic_org(example_org)
    _ingest(root, squid_log(tmp_path / "a.log", root, range(1, 3)))
    before = answer(root)
    log = squid_log(tmp_path / "b.log", root, range(3, 25), per_person=400)
    process = start(["ingest", "--org", root, "--source", "squid", "--today", TODAY, log])
    answers = []
    while process.poll() is None:
        answers.append(answer(root))
    result = finish(process)
    assert_clean(result)
    assert result.code == 0, result.err
    after = answer(root)
    assert before != after
    assert len(answers) >= 2
    assert set(answers) <= {before, after}
