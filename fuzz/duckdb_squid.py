"""atheris harness: the DuckDB squid path gives exactly what the reference parser gives for any file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.outcomes import check_web

    from mediacode.errors import InputError
    from mediacode.monitoring.engines import duckdb_squid
    from mediacode.monitoring.sources import files, squid

FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-duckdb-squid-"))
PATH = FOLDER / "access.log"


def one_input(data: bytes) -> None:
    PATH.write_bytes(data)
    try:
        engine = list(duckdb_squid.parse_file(PATH, threads=1))
    except InputError as refused:  # a file neither path can read (broken gzip): both say so, clearly
        try:
            list(squid.parse(files.read_lines(PATH)))
        except InputError as also:
            assert str(also) == str(refused), "the two paths refuse the file differently"
            return
        raise AssertionError("the DuckDB path refused a file the reference parser reads") from refused
    reference = list(squid.parse(files.read_lines(PATH)))
    check_web(engine, max(len(reference), 1))
    assert engine == reference, "the DuckDB path and the reference parser disagree"


if __name__ == "__main__":
    harness.run(one_input)
