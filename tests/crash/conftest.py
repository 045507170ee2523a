"""One world per session: rotated demo logs of two months and an organization holding their keys."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.crash import harness


@dataclass(frozen=True)
class World:
    inputs: harness.Inputs
    base: Path
    """Consented demo organization, nothing stored, with the keys of September and October already made
    (so that every copy pseudonymises alike and stored rows can be compared across copies)."""
    scratch: Path

    def copy(self, name: str) -> Path:
        return harness.copy_org(self.base, self.scratch / name)

    def ingest_args(self, org: Path, source: str) -> list[str]:
        files = self.inputs.squid if source == "squid" else self.inputs.postfix
        return ["ingest", "--org", str(org), "--source", source, *map(str, files), "--today", harness.TODAY]


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("crash")
    inputs = harness.make_inputs(folder / "inputs")
    base = harness.make_org(folder / "base")
    keys_from = harness.copy_org(base, folder / "keys-maker")
    made = World(inputs, base, folder)
    for source in ("squid", "postfix"):
        code, _, err = harness.cli(*made.ingest_args(keys_from, source))
        assert code == 0, err
    shutil.copytree(keys_from / ".mediacode" / "keys", base / ".mediacode" / "keys")
    shutil.rmtree(keys_from)
    return made
