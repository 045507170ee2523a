"""What every atheris harness shares: the repository on ``sys.path`` and the libFuzzer entry point.

A harness defines ``one_input(data: bytes)`` that raises (an ``AssertionError`` or any
unexpected exception) only on a finding; atheris then stops and writes the input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402


def run(one_input: Callable[[bytes], None]) -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


def lines_of(data: bytes) -> list[str]:
    """What ``files.read_lines`` gives for these bytes: invalid UTF-8 replaced, line ends kept."""
    return data.decode("utf-8", errors="replace").splitlines(keepends=True)
