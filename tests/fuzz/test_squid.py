"""Fuzzing ``sources.squid.parse``: any line gives a record or a known reject, never a path or query."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.monitoring.sources import squid
from tests.fuzz.lines import host, line_lists, url
from tests.fuzz.outcomes import check_web
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

squid_line = st.builds(
    lambda stamp, ms, client, code, size, method, target, user, mime: (
        f"{stamp}.{ms:03d} {7:6d} {client} TCP_MISS/{code} {size} {method} {target} {user} "
        f"HIER_DIRECT/192.0.2.1 {mime}"
    ),
    st.integers(0, 2**33),
    st.integers(0, 999),
    st.sampled_from(("192.0.2.7", "-", "2001:db8::1")),
    st.integers(0, 1000),
    st.integers(0, 10**19),
    st.sampled_from(("GET", "POST", "HEAD")),
    url,
    st.sampled_from(("-", "alice", "bob%20smith", "%ff%fe", "a/b")),
    st.sampled_from(("-", "text/html", "text/html;charset=utf-8")),
)
connect_line = st.builds(
    lambda h, port: f"1700000000.123 {1:6d} 192.0.2.7 TCP_TUNNEL/200 3 CONNECT {h}{port} - HIER_NONE/- -",
    host,
    st.sampled_from((":443", "", ":0", ":65536", ":abc", "/x", "@y")),
)


@FUZZ
@given(line_lists(st.one_of(squid_line, connect_line)))
def test_squid_never_raises_and_keeps_no_path(lines: list[str]) -> None:
    check_web(squid.parse(lines), len(lines))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "empty"),
        ("# a comment", "comment"),
        ("1.0 1 - TCP_MISS/200", "too_few_fields"),
        ("x 1 - TCP_MISS/200 1 GET http://a.example/ - H/- -", "bad_timestamp"),
        ("9" * 400 + " 1 - TCP_MISS/200 1 GET http://a.example/ - H/- -", "bad_timestamp"),
        ("1.0 1 - TCP_MISS/2000 1 GET http://a.example/ - H/- -", "bad_status"),
        ("1.0 1 - TCP_MISS/200 1" + "0" * 18 + " GET http://a.example/ - H/- -", "bad_bytes"),
        ("1.0 1 - TCP_MISS/200 1 GET /relative - H/- -", "no_host"),
    ],
)
def test_squid_edge_lines_are_counted_rejects(line: str, reason: str) -> None:
    assert [item.reason for item in squid.parse([line])] == [reason]  # type: ignore[union-attr]


def test_a_valid_line_keeps_the_host_and_drops_the_path() -> None:
    line = "1700000000.123      5 192.0.2.7 TCP_MISS/200 10 GET http://a.example/pathSECRET?q - H/- text/html"
    (record,) = check_web(squid.parse([line]), 1)
    assert record.host == "a.example"


@pytest.mark.parametrize(
    "target",
    ["b.example#frag", "b.example?q=1", "b.example:443#x", "b.exCEC%\ufffd#"],
)
def test_a_connect_target_with_a_query_or_fragment_names_no_host(target: str) -> None:
    """Found by atheris: a CONNECT target with ``#`` kept it in the host."""
    line = f"1700000001.000 1 192.0.2.8 TCP_TUNNEL/200 3 CONNECT {target} - HIER_DIRECT/192.0.2.2 -"
    assert [getattr(item, "reason", None) for item in squid.parse([line])] == ["no_host"]
