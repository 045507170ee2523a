"""atheris harness: ``read_csv_table``, ``load_people``, ``load_relations`` and ``load_confidential``
on arbitrary bytes give problems that each name the file (the first byte picks the loader)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.test_org_files import LOADERS

KINDS = sorted(LOADERS)
FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-org-files-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    loader, shown_as = LOADERS[KINDS[data[0] % len(KINDS)]]
    path = FOLDER / shown_as
    path.write_bytes(data[1:])
    _rows, problems = loader(path, shown_as)
    assert all(problem.file == shown_as and problem.message for problem in problems), problems


if __name__ == "__main__":
    harness.run(one_input)
