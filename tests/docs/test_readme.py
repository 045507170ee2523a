"""The README's commands exist: every ``mediacode ...`` line it shows answers ``--help``."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_paths() -> list[tuple[str, ...]]:
    """The command words of each ``mediacode`` line in the README's code blocks."""
    paths: list[tuple[str, ...]] = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            words = line.split("#", 1)[0].split()
            if not words or words[0] != "mediacode":
                continue
            path = tuple(w for w in words[1:] if re.fullmatch(r"[a-z][a-z-]*", w))
            path = path[: next((i for i, w in enumerate(words[1:]) if w.startswith("-")), len(path))]
            if path not in paths:
                paths.append(path)
    return paths


def test_readme_names_the_commands() -> None:
    assert ("policy", "lint") in command_paths()
    assert ("review",) in command_paths()


@pytest.mark.parametrize("path", command_paths(), ids=" ".join)
def test_every_readme_command_has_help(cli, path: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = cli(*path, "--help")
    assert result.code == 0, result.err
    assert "Usage" in result.out


@pytest.mark.parametrize("target", ["help", "run", "serve", "test", "check", "bench"])
def test_makefile_has_the_documented_targets(target: str) -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^{target}:", makefile, flags=re.M)


def test_make_help_lists_run_and_test() -> None:
    out = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "run" in out
    assert "test" in out


def test_console_script_is_installed() -> None:
    out = subprocess.run(
        [str(Path(ROOT / ".venv" / "bin" / "mediacode")), "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0
    assert "policy" in out.stdout
