"""Fuzzing the DuckDB squid path: any file gives exactly what the reference parser gives, never raises."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.monitoring.engines import duckdb_squid
from mediacode.monitoring.sources import files, squid
from tests.fuzz.lines import ODD_CHARACTERS, mutated
from tests.fuzz.outcomes import check_web
from tests.fuzz.settings import FUZZ_SLOW
from tests.fuzz.test_squid import connect_line, squid_line

pytestmark = pytest.mark.fuzz

_line = st.one_of(squid_line, connect_line, mutated(squid_line))
_text = st.lists(_line, max_size=8).map("\n".join)
_odd = st.lists(st.sampled_from([c.encode() for c in ODD_CHARACTERS] + [b"\xff", b"\r\n", b"\xef\xbb\xbf"]))
content = st.builds(
    lambda text, extra, where: text.encode()[:where] + b"".join(extra) + text.encode()[where:],
    _text,
    _odd,
    st.integers(0, 2000),
)


@FUZZ_SLOW
@given(content, st.booleans())
def test_duckdb_squid_agrees_with_the_reference_parser(data: bytes, compress: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("access.log.gz" if compress else "access.log")
        path.write_bytes(gzip.compress(data) if compress else data)
        engine = list(duckdb_squid.parse_file(path, threads=1))
        reference = list(squid.parse(files.read_lines(path)))
        lines = max(len(reference), 1)
        check_web(engine, lines)
        assert engine == reference


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n\n",
        b"\xff\xfe" + "x".encode("utf-16-le"),
        b"1.0 1 - TCP_MISS/200 \xc2\xb2 GET http://a.example/ - H/- -",
    ],
)
def test_duckdb_squid_odd_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "access.log"
    path.write_bytes(data)
    assert list(duckdb_squid.parse_file(path, threads=1)) == list(squid.parse(files.read_lines(path)))


def test_duckdb_squid_connect_with_a_fragment(tmp_path: Path) -> None:
    """The atheris finding on the reference parser holds for the DuckDB path too."""
    path = tmp_path / "access.log"
    path.write_text(
        "1700000001.000 1 192.0.2.8 TCP_TUNNEL/200 3 CONNECT b.example#x - HIER_DIRECT/192.0.2.2 -\n"
    )
    assert list(duckdb_squid.parse_file(path, threads=1)) == list(squid.parse(files.read_lines(path)))
    assert [getattr(item, "reason", None) for item in duckdb_squid.parse_file(path, threads=1)] == ["no_host"]


@pytest.mark.parametrize(
    "data",
    [b"\x1f\x8b\x09\x00" + b"\x00" * 8, gzip.compress(b"1.0 1 - TCP_MISS/200 1")[:-6]],
    ids=["unknown-method", "truncated"],
)
def test_a_broken_gzip_file_is_a_clear_error(tmp_path: Path, data: bytes) -> None:
    """Regression of an atheris finding: BadGzipFile escaped as a traceback."""
    from mediacode.errors import InputError

    path = tmp_path / "access.log.gz"
    path.write_bytes(data)
    with pytest.raises(InputError, match="gzip data is broken"):
        list(duckdb_squid.parse_file(path, threads=1))
    with pytest.raises(InputError, match="gzip data is broken"):
        list(files.read_lines(path))
