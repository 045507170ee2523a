"""``scripts/run-demo.sh`` (``make run``): valid bash, strict mode, and wired into the Makefile."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "run-demo.sh"


def test_the_script_parses() -> None:
    result = subprocess.run(["bash", "-n", str(SCRIPT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("needle", "where"),
    [
        ("set -euo pipefail", SCRIPT),
        ("policy lint", SCRIPT),
        ("policy status", SCRIPT),
        ("policy render", SCRIPT),
        ("policy blocklist", SCRIPT),
        ("review --org", SCRIPT),
        ("$(RUN) bash scripts/run-demo.sh", ROOT / "Makefile"),
    ],
)
def test_the_script_runs_each_step(needle: str, where: Path) -> None:
    assert needle in where.read_text(encoding="utf-8")
