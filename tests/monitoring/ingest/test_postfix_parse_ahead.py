"""``ingest --source postfix`` stores the same on every path: DuckDB, a parser process, in process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mediacode.services import ingest as ingest_service
from tests.monitoring.ingest.conftest import stored_rows
from tests.monitoring.ingest.test_ingest import Run, postfix_log


@pytest.mark.parametrize(("engine", "threshold"), [(False, 0), (False, 1 << 40), (True, 1 << 40)])
def test_every_path_stores_the_same_rows_and_summary(
    org: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: bool, threshold: int
) -> None:
    log = postfix_log(tmp_path / "maillog")
    twin = tmp_path / "twin"
    shutil.copytree(org, twin)
    with monkeypatch.context() as patch:  # the reference: the streaming parser in this process
        patch.setattr(ingest_service, "_fill_from_mail_engine", lambda *args: False)
        patch.setattr(ingest_service, "PARSE_AHEAD_BYTES", 1 << 40)
        first = run("ingest", "--org", org, "--source", "postfix", log, "--format", "json")
    assert first.code == 0, first.err
    shutil.copytree(org / ".mediacode" / "keys", twin / ".mediacode" / "keys", dirs_exist_ok=True)
    if not engine:
        monkeypatch.setattr(ingest_service, "_fill_from_mail_engine", lambda *args: False)
    monkeypatch.setattr(ingest_service, "PARSE_AHEAD_BYTES", threshold)
    second = run("ingest", "--org", twin, "--source", "postfix", log, "--format", "json")
    assert second.code == 0, second.err
    assert json.loads(second.out) == json.loads(first.out)
    assert json.loads(first.out)["rejected"]  # the log has unreadable lines: they are counted alike
    assert json.loads(first.out)["spared"]  # and privileged or private mail: spared alike
    assert stored_rows(twin, "mail") == stored_rows(org, "mail") != []


def test_a_file_sql_cannot_read_exactly_goes_to_the_reference_parser(
    org: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = postfix_log(tmp_path / "maillog")
    with log.open("a", encoding="utf-8") as stream:  # a leap day: its validity depends on the inferred year
        stream.write("Feb 29 10:00:00 mx postfix/qmgr[3]: LEAP01: removed\n")
    called: list[Path] = []
    reference = ingest_service._fill_from_parser

    def watched(*args: object) -> None:
        called.append(args[6])  # type: ignore[arg-type]
        reference(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_service, "_fill_from_parser", watched)
    result = run("ingest", "--org", org, "--source", "postfix", log, "--format", "json")
    assert result.code == 0, result.err
    assert called == [log]
    assert json.loads(result.out)["rows"]["mail"] > 0


def test_duckdb_spills_inside_the_organizations_tmp_and_leaves_nothing(
    org: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What DuckDB may spill holds log lines: it stays in the state folder that the next run empties."""
    from mediacode.monitoring.engines import duckdb_postfix

    log = postfix_log(tmp_path / "maillog")
    spills: list[Path] = []
    connect = duckdb_postfix._connect

    def watched(threads: int | None, spill: str) -> object:
        spills.append(Path(spill))
        assert Path(spill).is_dir()
        return connect(threads, spill)

    monkeypatch.setattr(duckdb_postfix, "_connect", watched)
    result = run("ingest", "--org", org, "--source", "postfix", log, "--format", "json")
    assert result.code == 0, result.err
    assert len(spills) == 1
    assert spills[0].parent == org / ".mediacode" / "tmp"
    assert not spills[0].exists()
