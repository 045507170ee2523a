"""A log file whose gzip data is broken is a clear error naming the file, and nothing is stored."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from mediacode.services.demo import create_demo


@pytest.mark.parametrize("source", ["squid", "postfix"])  # the sources the demo declares
@pytest.mark.parametrize(
    "data",
    [b"\x1f\x8b\x09\x00" + b"\x00" * 8, gzip.compress(b"line one\nline two\n" * 200)[:-40]],
    ids=["unknown-method", "truncated"],
)
def test_broken_gzip_input_is_refused_clearly(cli: Any, tmp_path: Path, source: str, data: bytes) -> None:
    org = tmp_path / "demo"
    create_demo(org)
    log = tmp_path / "access.log.gz"
    log.write_bytes(data)
    result = cli("ingest", "--org", str(org), "--source", source, str(log))
    assert result.code == 2
    assert "gzip data is broken" in result.err and str(log) in result.err
    assert "Traceback" not in result.err
    data_dir = org / ".mediacode" / "data"
    assert not data_dir.exists() or not any(data_dir.rglob("*.parquet"))
