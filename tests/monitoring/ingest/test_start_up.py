"""What ``mediacode ingest`` loads and reads before the gate, and what it loads at all (ADR 0078, round 3).

The engines (PyArrow, DuckDB) are imported only after the gate, while the first
input is hashed; the gate decides before any input byte is read; Rich is loaded
only for a terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest

from mediacode.services import ingest as ingest_service
from mediacode.storage.content_hash import content_hash
from tests.conftest import CliResult
from tests.monitoring.ingest.conftest import EPOCH_MARCH_19, squid_line, write_log

Run = Callable[..., CliResult]
HEAVY = ("pyarrow", "duckdb", "numpy", "rich")


def _loaded_after(code: str) -> set[str]:
    """Top-level packages of ``HEAVY`` imported by ``code`` in a fresh interpreter."""
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize(
    ("code", "loaded"),
    [
        ("import mediacode.services.ingest", set()),
        ("import mediacode.cli.ingest_progress", set()),
        (
            "from mediacode.services.ingest import _load_engines; _load_engines('combined')",
            {"pyarrow", "numpy"},
        ),
        (
            "from mediacode.services.ingest import _load_engines; _load_engines('squid')",
            {"pyarrow", "numpy", "duckdb"},
        ),
        (
            "import io\nfrom mediacode.cli.ingest_progress import RichProgress\n"
            "with RichProgress.when_terminal(io.StringIO()) as shown: assert shown is None",
            set(),
        ),
    ],
)
def test_engines_and_rich_load_only_when_needed(code: str, loaded: set[str]) -> None:
    assert _loaded_after(code) == loaded


def _pool_after(code: str, chosen: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if chosen is not None:
        env["ARROW_DEFAULT_MEMORY_POOL"] = chosen
    probe = f"{code}\nimport pyarrow\nprint(pyarrow.default_memory_pool().backend_name)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    return done.stdout.strip()


HAS_JEMALLOC = _pool_after("import pyarrow; pyarrow.jemalloc_memory_pool()", "system") == "system"
LOAD = "from mediacode.services.ingest import _load_engines; _load_engines({!r})"


@pytest.mark.skipif(not HAS_JEMALLOC, reason="this PyArrow build has no jemalloc")
@pytest.mark.parametrize(
    ("code", "chosen", "pool"),
    [
        (LOAD.format("squid"), None, "jemalloc"),
        (LOAD.format("postfix"), None, "jemalloc"),
        (LOAD.format("combined"), None, "jemalloc"),
        (LOAD.format("squid"), "system", "system"),  # the user's choice is kept
        (LOAD.format("squid"), "mimalloc", "mimalloc"),
        ("import pyarrow", None, "mimalloc"),  # PyArrow's own default, for other commands
    ],
)
def test_bulk_ingest_prefers_jemalloc_unless_the_user_chose(code: str, chosen: str | None, pool: str) -> None:
    assert _pool_after(code, chosen) == pool


class Watched:
    """Stands in for ``HashAhead`` and remembers which files were read."""

    read: ClassVar[list[Path]] = []

    def __init__(self, path: Path, source: str) -> None:
        Watched.read.append(path)
        self._found = ingest_service._hash_and_check(path, source)

    def join(self) -> None:
        return None

    def result(self) -> tuple[str, object]:
        return self._found


@pytest.mark.parametrize(("gate_open", "read"), [(False, 0), (True, 1)])
def test_the_gate_decides_before_any_input_is_read(
    request: pytest.FixtureRequest,
    example_org: Path,
    run: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    gate_open: bool,
    read: int,
) -> None:
    org = request.getfixturevalue("org") if gate_open else example_org  # without consent the gate says no
    log = write_log(tmp_path / "access.log", [squid_line(EPOCH_MARCH_19 + 3600, "p.smit")])
    monkeypatch.setattr(ingest_service, "HashAhead", Watched)
    monkeypatch.setattr(Watched, "read", [])
    result = run("ingest", "--org", org, "--source", "squid", log)
    assert result.code == (0 if gate_open else 2)
    assert Watched.read == [log] * read


def test_only_the_first_file_is_hashed_ahead(
    org: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = EPOCH_MARCH_19 + 3600
    older = write_log(tmp_path / "access.log.1", [squid_line(day, "p.smit")])
    newer = write_log(tmp_path / "access.log", [squid_line(day + 86_400, "p.smit")])
    hashed: list[Path] = []
    monkeypatch.setattr(ingest_service, "HashAhead", Watched)
    monkeypatch.setattr(Watched, "read", [])

    def watched_hash(path: Path) -> str:
        hashed.append(path)
        return content_hash(path)

    monkeypatch.setattr(ingest_service, "content_hash", watched_hash)
    result = run("ingest", "--org", org, "--source", "squid", newer, older)
    assert result.code == 0
    assert Watched.read == [older]  # rotation order: the older file first
    assert hashed == [older, newer]  # the second through ``_hash_and_check`` in the loop
