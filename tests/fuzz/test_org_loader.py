"""Fuzzing ``load_organization``: mutated folders load or raise ``OrgFolderError`` naming a file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from mediacode.errors import OrgFolderError
from mediacode.org import load_organization
from tests.fuzz.lines import ODD_CHARACTERS
from tests.fuzz.org_folder import DEMO_FILES, write_demo
from tests.fuzz.settings import FUZZ_SLOW

pytestmark = pytest.mark.fuzz

FILES = ("policy.yaml", "people.csv", "relations.csv", "confidential.txt")


@st.composite
def mutated_bytes(draw: st.DrawFn, name: str) -> bytes:
    """The file's bytes with random flips, inserts and a possible truncation."""
    data = bytearray(DEMO_FILES[name].encode("utf-8"))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(("flip", "insert", "truncate", "delete")))
        if action == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "insert":
            piece = draw(st.one_of(st.binary(max_size=4), st.sampled_from(ODD_CHARACTERS).map(str.encode)))
            data[at:at] = piece
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            del data[at:]
    return bytes(data)


_yaml_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20), st.dates())
random_yaml = st.recursive(
    _yaml_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
).map(lambda value: yaml.safe_dump(value, allow_unicode=True).encode("utf-8"))


def _load(replace: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_demo(Path(folder), replace)
        try:
            load_organization(root)
        except OrgFolderError as error:
            assert error.problems, "an OrgFolderError must say what is wrong"
            for problem in error.problems:
                assert problem.file, problem
                assert problem.file in FILES or problem.file.startswith(str(root)) or "/" not in problem.file


@FUZZ_SLOW
@given(st.sampled_from(FILES).flatmap(lambda name: st.tuples(st.just(name), mutated_bytes(name))))
def test_a_mutated_file_loads_or_is_named(mutation: tuple[str, bytes]) -> None:
    name, data = mutation
    _load({name: data})


@FUZZ_SLOW
@given(random_yaml)
def test_a_random_policy_yaml_loads_or_is_named(data: bytes) -> None:
    _load({"policy.yaml": data})


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe\x00", b"{", b"- - -", b"a: &x [*x]", b"!!python/object:os.system {}", b"\x00" * 10],
)
def test_hostile_policy_yaml_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(OrgFolderError) as caught, tempfile.TemporaryDirectory() as folder:
        load_organization(write_demo(Path(folder), {"policy.yaml": data}))
    assert all(problem.file for problem in caught.value.problems)


def test_the_unmutated_demo_folder_loads() -> None:
    _load({})
