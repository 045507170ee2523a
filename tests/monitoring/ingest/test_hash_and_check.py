"""The content hash and the byte scan (Squid, Postfix) made side by side give what each gives alone."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from mediacode.monitoring.engines import duckdb_squid
from mediacode.services.ingest import HashAhead, _hash_and_check
from mediacode.storage.content_hash import content_hash

LINE = (
    b"1791158400.123      5 10.0.0.1 TCP_MISS/200 512 GET http://example.org/ -"
    b" HIER_DIRECT/1.2.3.4 text/html\n"
)

FILES: dict[str, bytes] = {
    "plain": LINE * 50,
    "empty": b"",
    "non-ascii": LINE + "caf\u00e9 \u00fcber\n".encode() + LINE,
    "tab": LINE.replace(b" 10.0", b"\t10.0"),
    "crlf": LINE.replace(b"\n", b"\r\n") * 3,
    "invalid-utf8": LINE + b"\xff\xfe bad\n",
    "utf16": "text\n".encode("utf-16"),
    "gzip": gzip.compress(LINE * 20),
}


@pytest.mark.parametrize("source", ["squid", "postfix"])
@pytest.mark.parametrize("name", sorted(FILES))
def test_engine_sources_get_both_and_both_equal_the_separate_ones(
    tmp_path: Path, name: str, source: str
) -> None:
    path = tmp_path / "access.log"
    path.write_bytes(FILES[name])
    digest, check = _hash_and_check(path, source)
    assert digest == content_hash(path)
    assert check == duckdb_squid.check_file(path)


@pytest.mark.parametrize("source", ["combined", "m365"])
def test_other_sources_get_no_scan(tmp_path: Path, source: str) -> None:
    path = tmp_path / "input.log"
    path.write_bytes(LINE * 3)
    assert _hash_and_check(path, source) == (content_hash(path), None)


def test_broken_gzip_is_raised_by_the_hash_and_no_scan_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "access.log.gz"
    path.write_bytes(gzip.compress(LINE * 200)[:-40])
    with pytest.raises(Exception, match="gzip data is broken"):
        _hash_and_check(path, "squid")


@pytest.mark.parametrize("source", ["squid", "postfix", "combined"])
@pytest.mark.parametrize("name", sorted(FILES))
def test_hash_ahead_gives_what_hash_and_check_gives(tmp_path: Path, name: str, source: str) -> None:
    path = tmp_path / "access.log"
    path.write_bytes(FILES[name])
    ahead = HashAhead(path, source)
    assert ahead.result() == _hash_and_check(path, source)
    assert ahead.result() == _hash_and_check(path, source)  # asked twice, the same answer


def test_hash_ahead_raises_a_broken_gzip_when_asked_not_when_started(tmp_path: Path) -> None:
    path = tmp_path / "access.log.gz"
    path.write_bytes(gzip.compress(LINE * 200)[:-40])
    ahead = HashAhead(path, "squid")
    ahead.join()  # the thread has met the error and kept it
    for _ in range(2):
        with pytest.raises(Exception, match="gzip data is broken"):
            ahead.result()
