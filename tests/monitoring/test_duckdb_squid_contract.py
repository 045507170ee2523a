# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""Contract: the DuckDB Squid path gives exactly the records and rejects of the reference parser (ADR 0078)."""

from __future__ import annotations

import gzip
import random
from collections import Counter
from pathlib import Path

import pytest

from mediacode.monitoring.engines import duckdb_squid
from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources import files, squid
from mediacode.monitoring.sources.reject import Reject
from tests.conftest import SHARED

REAL_SQUID = SHARED / "data" / "real-logs" / "squid"
S = "1709539200.123"
TAIL = "- HIER_NONE/- -"
HIER = "HIER_NONE/- -"

TRICKY_LINES: tuple[str, ...] = (
    # valid lines of every shape
    f"{S}    120 10.0.0.5 TCP_MISS/200 5120 GET http://www.example.com/secret/path?q=terms#frag jan.jansen HIER_DIRECT/93.184.216.34 text/html;charset=utf-8",
    f"{S}  45012 10.0.0.6 TCP_TUNNEL/200 88000 CONNECT mail.Example.org:443 - HIER_DIRECT/1.2.3.4 -",
    f"{S}      3 2001:db8::7 TCP_DENIED/407 3900 GET http://user:pw@intra.example:8080/a/b - HIER_NONE/- text/html",
    f"{S}      7 ::1 TCP_TUNNEL/200 10 CONNECT [2001:db8::1]:443 DOMAIN%5Cpiet HIER_DIRECT/- -",
    f"{S}      0 10.0.0.5 TCP_MISS_ABORTED/000 0 GET https://cdn.example.net/x.js?id=9 a HIER_NONE/- -",
    f"{S} 1 - /200 10 GET http://h.example {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example?x=1 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example#top {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://a@b@h.example:81/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://[::1]/x {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://[::1]:/x {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://fe80::1/x {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example:0/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example:65535/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 get http://H.EXAMPLE/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ u HIER_NONE/- TEXT/HTML;Charset=X",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ u HIER_NONE/- ;x",
    f"{S} 1 10.0.0.5 TCP_MISS/200/7 10 GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ a%2Bb%zz%4 {HIER}",
    "1709539200 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "1709539200. 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "1709539200.5 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "0000000001.001 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    # past the common start (ADR 0078, update 4): GLOB decides these, and the URL's first "/" before "://"
    "4294967295.999 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    f"{S} 1 10.0.0.5 TCP_MISS/200 999999999999999999 GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 1234567890123456789 GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10  GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET a/b://h.example:8080/x {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http:/x://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http:// {TAIL}",
    # round 4: one split of result/status and of host:port, the stamp through a double, the common ports
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT h.example:80 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT h.example:0443 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT h.example:65536 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT h.example: {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT fe80::1:443 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT h.example {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example:443/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example:80:80/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS//200 10 GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 /200/ 10 GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/ 10 GET http://h.example/ {TAIL}",
    "2147483647.999 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "2147483648.001 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "1099511627.775 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "0000000000.000 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "4294967294.001 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    # handed to the reference parser line by line, same answer
    "1709539200.123456 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "1.7e9 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "1_709_539_200 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "99999999999 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    "4294967296.5 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -",
    f"{S} 1 10.0.0.5 TCP_MISS/200 123456789012345678901 GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ jos%C3%A9 {HIER}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ bad%FF {HIER}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ josé {HIER}",
    f"{S}\t1\t10.0.0.5\tTCP_MISS/200\t10\tGET\thttp://h.example/\t-\tHIER_NONE/-\t-",
    f"  {S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ {TAIL}  ",
    f"{S} 1 10.0.0.5  TCP_MISS/200 10 GET http://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/-\u00a0-",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://ünï.example/ {TAIL}",
    # every reject reason
    "",
    "   ",
    "# a comment",
    "# a comment that happens to have ten words in it, see",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ -",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ - HIER_NONE/- - [Host: h]",
    "yesterday 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ - HIER_NONE/- -",
    "1e999 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ - HIER_NONE/- -",
    "1.2.3 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ - HIER_NONE/- -",
    f"{S} 1 10.0.0.5 TCP_MISS 10 GET http://h/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/2000 10 GET http://h/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/2x0 10 GET http://h/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 -12 GET http://h/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 1.5 GET http://h/ {TAIL}",
    f"{S} 1 10.0.0.5 NONE/405 3364 CONNECT error:method-not-allowed - HIER_NONE/- text/html",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET /relative/path {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT host:99999 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT host:12ab {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT host:443/x {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT user@host:443 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT :443 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT []:443 {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 CONNECT [::1]x {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http:///nohost {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET ://h.example/ {TAIL}",
    f"{S} 1 10.0.0.5 TCP_MISS/200 10 GET http://user@/x {TAIL}",
)


def reference(path: Path) -> list[WebRecord | Reject]:
    return list(squid.parse(files.read_lines(path)))


def assert_same(path: Path) -> list[WebRecord | Reject]:
    fast = list(duckdb_squid.parse_file(path, threads=1))
    expected = reference(path)
    assert len(fast) == len(expected)
    for ours, theirs in zip(fast, expected, strict=True):
        assert ours == theirs
    return fast


def write(path: Path, text: str, *, encoding: str = "utf-8", compress: bool = False) -> Path:
    data = text.encode(encoding)
    path.write_bytes(gzip.compress(data, mtime=0) if compress else data)
    return path


@pytest.mark.parametrize("line", TRICKY_LINES)
def test_each_tricky_line_alone(tmp_path: Path, line: str) -> None:
    assert_same(write(tmp_path / "access.log", line + "\n"))


def test_all_tricky_lines_in_one_file_keep_their_line_numbers(tmp_path: Path) -> None:
    items = assert_same(write(tmp_path / "access.log", "\n".join(TRICKY_LINES) + "\n"))
    reasons = Counter(item.reason for item in items if isinstance(item, Reject))
    assert reasons["no_host"] >= 10 and reasons["bad_timestamp"] == 3
    assert sum(isinstance(item, WebRecord) for item in items) >= 30


@pytest.mark.parametrize(
    ("name", "text", "encoding", "compress"),
    [
        ("lf", "{a}\n{b}\n", "utf-8", False),
        ("no final newline", "{a}\n{b}", "utf-8", False),
        ("blank lines", "\n\n{a}\n\n{b}\n\n", "utf-8", False),
        ("crlf", "{a}\r\n{b}\r\n", "utf-8", False),
        ("lone cr", "{a}\r{b}\n", "utf-8", False),
        ("bom", "\ufeff{a}\n{b}\n", "utf-8", False),
        ("utf-16", "\ufeff{a}\n{b}\n", "utf-16-le", False),
        ("gzip", "{a}\n{b}\n", "utf-8", True),
        ("gzip crlf", "{a}\r\n{b}\n", "utf-8", True),
        ("empty", "", "utf-8", False),
        ("only a newline", "\n", "utf-8", False),
    ],
)
def test_files_of_every_kind(tmp_path: Path, name: str, text: str, encoding: str, compress: bool) -> None:
    a, b = TRICKY_LINES[0], TRICKY_LINES[1]
    assert_same(write(tmp_path / "access.log", text.format(a=a, b=b), encoding=encoding, compress=compress))


def test_invalid_utf8_is_read_as_the_reference_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "access.log"
    path.write_bytes(
        TRICKY_LINES[0].encode() + b"\n" + TRICKY_LINES[1].encode().replace(b"mail", b"m\xffil") + b"\n"
    )
    items = assert_same(path)
    assert isinstance(items[1], WebRecord) and "\ufffd" in items[1].host


@pytest.mark.parametrize("sample", sorted(p.name for p in REAL_SQUID.glob("*.log")))
def test_real_samples(sample: str) -> None:
    assert_same(REAL_SQUID / sample)


def test_batches_carry_no_line_text_and_no_marker(tmp_path: Path) -> None:
    path = write(tmp_path / "access.log", "\n".join(TRICKY_LINES) + "\n")
    batches = list(duckdb_squid.record_batches(path, threads=1, rows=7))
    assert "raw" not in batches[0].schema.names
    reasons = {reason for batch in batches for reason in batch.column("reason").to_pylist()}
    assert duckdb_squid.PYTHON not in reasons
    numbers = [n for batch in batches for n in batch.column("line_number").to_pylist()]
    assert numbers == list(range(1, len(TRICKY_LINES) + 1))
    text = repr([batch.to_pylist() for batch in batches])
    for secret in ("secret", "q=terms", "frag", "relative", "x.js", "id=9"):
        assert secret not in text


def test_demo_access_log(tmp_path: Path) -> None:
    from mediacode.org.demo import build_demo_folder
    from mediacode.org.demo.log_month import LogMonth
    from mediacode.org.demo.proxy_log import access_log

    path = write(tmp_path / "access.log", access_log(build_demo_folder().people, LogMonth(2026, 10)))
    items = assert_same(path)
    assert Counter(item.reason for item in items if isinstance(item, Reject)) == {"no_host": 3}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_stamps_keep_their_milliseconds(tmp_path: Path, seed: int) -> None:
    """The stamp goes through a double (ADR 0078, round 4): every millisecond below 2**32 s comes back exact."""
    draw = random.Random(seed)
    stamps = [draw.randrange(0, 4_294_967_296_000) for _ in range(3_000)]
    stamps += [4_294_967_295_999 - n for n in range(50)] + list(range(50))
    lines = [
        f"{ms // 1000:010d}.{ms % 1000:03d} 1 10.0.0.5 TCP_MISS/200 10 GET http://h/ {TAIL}" for ms in stamps
    ]
    items = assert_same(write(tmp_path / "access.log", "\n".join(lines) + "\n"))
    assert all(isinstance(item, WebRecord) for item in items)
