"""``ingest --source postfix`` with the parser in a second process stores what the one-process path stores."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mediacode.services import ingest as ingest_service
from tests.monitoring.ingest.conftest import stored_rows
from tests.monitoring.ingest.test_ingest import Run, postfix_log


@pytest.mark.parametrize("threshold", [0, 1 << 40])
def test_both_paths_store_the_same_rows_and_summary(
    org: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threshold: int
) -> None:
    log = postfix_log(tmp_path / "maillog")
    twin = tmp_path / "twin"
    shutil.copytree(org, twin)
    first = run("ingest", "--org", org, "--source", "postfix", log, "--format", "json")
    assert first.code == 0, first.err
    shutil.copytree(org / ".mediacode" / "keys", twin / ".mediacode" / "keys", dirs_exist_ok=True)
    monkeypatch.setattr(ingest_service, "PARSE_AHEAD_BYTES", threshold)
    second = run("ingest", "--org", twin, "--source", "postfix", log, "--format", "json")
    assert second.code == 0, second.err
    assert json.loads(second.out) == json.loads(first.out)
    assert json.loads(first.out)["rejected"]  # the log has unreadable lines: they are counted alike
    assert stored_rows(twin, "mail") == stored_rows(org, "mail") != []
