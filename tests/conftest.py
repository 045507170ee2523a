"""Fixtures shared by every test: the shared folder, an example organization, the CLI."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediacode.cli.main import main

pytest_plugins = ["tests.db_backends"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE_POLICY = SHARED / "spec" / "example-policy.yaml"
DEV_ORG = SHARED / "eval" / "dev-org"


@pytest.fixture
def example_org(tmp_path: Path) -> Path:
    """A writable copy of the spec's example policy with the dev-org directory files beside it."""
    org = tmp_path / "org"
    org.mkdir()
    for name in ("people.csv", "relations.csv", "confidential.txt"):
        shutil.copyfile(DEV_ORG / name, org / name)
    shutil.copyfile(EXAMPLE_POLICY, org / "policy.yaml")
    for path in org.iterdir():
        path.chmod(0o644)
    return org


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``mediacode`` in-process: ``cli("policy", "lint", "--org", str(path))``."""

    def invoke(*args: str) -> CliResult:
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke
