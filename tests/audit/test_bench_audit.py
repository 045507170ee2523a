"""bench/audit.py runs end to end on a small log (the benchmark itself is not timed here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "audit.py"


def test_the_audit_benchmark_builds_verifies_and_proves_a_small_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("bench_audit", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setattr(bench, "ROOT", tmp_path / "audit-org")
    monkeypatch.setattr(sys, "argv", ["audit.py", "2500"])
    bench.main()
    out = capsys.readouterr().out
    assert "intact: 2,500 entries" in out
    assert "check-head against the exported head" in out
