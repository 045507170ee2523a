"""Fuzzing the directory files alone: ``read_csv_table``, ``load_people``, ``load_relations``,
``load_confidential`` on arbitrary bytes return rows and problems that each name the file."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.errors import Problem
from mediacode.org.confidential import load_confidential
from mediacode.org.csv_table import read_csv_table
from mediacode.org.people import load_people
from mediacode.org.relations import load_relations
from tests.fuzz.org_folder import DEMO_FILES
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

Loader = Callable[[Path, str], tuple[object, list[Problem]]]


def _table(path: Path, shown_as: str) -> tuple[object, list[Problem]]:
    return read_csv_table(path, shown_as, ("id", "name"), ("email",))


LOADERS: dict[str, tuple[Loader, str]] = {
    "csv_table": (_table, "people.csv"),
    "people": (load_people, "people.csv"),
    "relations": (load_relations, "relations.csv"),
    "confidential": (load_confidential, "confidential.txt"),
}


def _valid_prefix(name: str) -> st.SearchStrategy[bytes]:
    text = DEMO_FILES[name].encode("utf-8")
    return st.builds(lambda cut, tail: text[:cut] + tail, st.integers(0, len(text)), st.binary(max_size=64))


def _check(kind: str, data: bytes) -> None:
    loader, shown_as = LOADERS[kind]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / shown_as
        path.write_bytes(data)
        _rows, problems = loader(path, shown_as)
    for problem in problems:
        assert problem.file == shown_as, problem
        assert problem.message


@FUZZ
@given(st.sampled_from(sorted(LOADERS)), st.binary(max_size=400))
def test_arbitrary_bytes_give_named_problems(kind: str, data: bytes) -> None:
    _check(kind, data)


@FUZZ
@given(
    st.sampled_from(sorted(LOADERS)).flatmap(lambda k: st.tuples(st.just(k), _valid_prefix(LOADERS[k][1])))
)
def test_truncated_files_give_named_problems(case: tuple[str, bytes]) -> None:
    _check(*case)


@pytest.mark.parametrize("kind", sorted(LOADERS))
@pytest.mark.parametrize(
    "data",
    [b"", b"\xef\xbb\xbf", b'id,name\n"unclosed', b"id,name\n" + b"x" * 200_000 + b",y\n", b"\x00\r\r\n"],
)
def test_edge_files_give_named_problems(kind: str, data: bytes) -> None:
    _check(kind, data)
