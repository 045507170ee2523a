"""atheris harness: ``load_organization`` on the demo folder with one file replaced by the input.

The first input byte picks the file; the rest is its new content. The folder loads, or
``OrgFolderError`` lists problems that each name a file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.org_folder import DEMO_FILES, write_demo

    from mediacode.errors import OrgFolderError
    from mediacode.org import load_organization

FILES = ("policy.yaml", "people.csv", "relations.csv", "confidential.txt")
ROOT = write_demo(Path(tempfile.mkdtemp(prefix="fuzz-org-")))


def one_input(data: bytes) -> None:
    if not data:
        return
    name = FILES[data[0] % len(FILES)]
    (ROOT / name).write_bytes(data[1:])
    try:
        load_organization(ROOT)
    except OrgFolderError as error:
        assert error.problems, "an OrgFolderError without problems"
        assert all(problem.file for problem in error.problems), "a problem that names no file"
    finally:
        (ROOT / name).write_text(DEMO_FILES[name], encoding="utf-8")


if __name__ == "__main__":
    harness.run(one_input)
