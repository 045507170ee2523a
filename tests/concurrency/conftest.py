"""Helpers of the concurrency suite: real ``mediacode`` processes started together, and the audit log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mediacode.services.audit import audit_log, verify_audit
from tests.cases.conftest import case_org
from tests.web.conftest import demo_template

__all__ = ["case_org", "demo_template"]  # fixtures of the cases and web suites, used here too

MEDIACODE = Path(sys.executable).with_name("mediacode")
"""The console script of the environment the tests run in."""
TIMEOUT = 600


@dataclass(frozen=True)
class Finished:
    code: int
    out: str
    err: str


def start(args: Sequence[str | Path], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """One ``mediacode`` process of this environment, its output captured."""
    return subprocess.Popen(
        [str(MEDIACODE), *(str(a) for a in args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def finish(process: subprocess.Popen[str]) -> Finished:
    out, err = process.communicate(timeout=TIMEOUT)
    return Finished(process.returncode, out, err)


def together(commands: Sequence[Sequence[str | Path]], env: dict[str, str] | None = None) -> list[Finished]:
    """Start every command at once (no waiting between the starts) and collect each one's outcome."""
    processes = [start(command, env) for command in commands]
    return [finish(process) for process in processes]


def assert_clean(result: Finished) -> None:
    """Won (exit 0) or lost with a clear message (exit 2, no traceback)."""
    assert result.code in (0, 2), (result.code, result.err[-2000:])
    assert "Traceback" not in result.err, result.err[-2000:]
    if result.code == 2:
        assert result.err.strip(), "a loser must say why"


def audit_actions(org: Path) -> list[dict[str, object]]:
    """Every audit entry as a dictionary, in order; the log verifies."""
    assert verify_audit(org).intact
    return [json.loads(line) for line in audit_log(org).lines()]


def wait_for(condition: object, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.01)
    raise AssertionError("timed out waiting")
