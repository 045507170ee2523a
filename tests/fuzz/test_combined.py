"""Fuzzing ``sources.combined.parse`` (Apache/NCSA combined, common, vhost_combined)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.monitoring.sources import combined
from tests.fuzz.lines import host, line_lists, path, url
from tests.fuzz.outcomes import check_web
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

_stamp = st.builds(
    lambda day, month, year, hour, zone: f"{day:02d}/{month}/{year}:{hour:02d}:55:36 {zone}",
    st.integers(0, 40),
    st.sampled_from(("Jan", "Oct", "Feb", "Xyz")),
    st.integers(0, 99999),
    st.integers(0, 30),
    st.sampled_from(("+0200", "-0000", "+9999", "Z", "")),
)
combined_line = st.builds(
    lambda vhost, stamp, method, target, status, size: (
        f'{vhost}192.0.2.7 - alice [{stamp}] "{method} {target} HTTP/1.1" {status} {size} '
        f'"http://ref.example{path}" "Mozilla/5.0 (X11)"'
    ),
    st.sampled_from(("", "www.example:443 ", "[2001:db8::1]:80 ")),
    _stamp,
    st.sampled_from(("GET", "POST", "CONNECT", "G3T")),
    st.one_of(url, path, host.map(lambda h: h + ":443")),
    st.integers(0, 1200),
    st.one_of(st.just("-"), st.integers(0, 10**20).map(str)),
)


@FUZZ
@given(line_lists(combined_line))
def test_combined_never_raises_and_keeps_no_path(lines: list[str]) -> None:
    check_web(combined.parse(lines), len(lines))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("   ", "empty"),
        ("# note", "comment"),
        ("192.0.2.7 - - 10/Oct/2026", "too_few_fields"),
        (
            '192.0.2.7 - - [99/Oct/2026:13:55:36 +0200] "GET http://a.example/ HTTP/1.1" 200 1',
            "bad_timestamp",
        ),
        ('192.0.2.7 - - [10/Oct/2026:13:55:36 +0200] "GET /x HTTP/1.1" 200 1', "no_host"),
        ('192.0.2.7 - - [10/Oct/2026:13:55:36 +0200] "GET http://a.example/ HTTP/1.1" 2000 1', "bad_status"),
    ],
)
def test_combined_edge_lines_are_counted_rejects(line: str, reason: str) -> None:
    assert [item.reason for item in combined.parse([line])] == [reason]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "vhost", ["wMw.ext/2026:13:55:ample:443", "a.example?x:443", "a.example#f", "u@a.example:80"]
)
def test_a_vhost_with_a_path_query_or_userinfo_names_no_host(vhost: str) -> None:
    """Found by atheris: a ``vhost_combined`` field with ``/`` kept it in the host."""
    line = f'{vhost} 192.0.2.7 - - [10/Oct/2026:13:55:36 -0000] "GET /p HTTP/1.1" 304 - "-" "-"'
    assert [getattr(item, "reason", None) for item in combined.parse([line])] == ["no_host"]


@pytest.mark.parametrize(
    ("size", "reason"), [("5" * 28, "bad_bytes"), ("9" * 19, "bad_bytes"), ("9" * 18, None)]
)
def test_a_byte_count_past_bigint_is_rejected(size: str, reason: str | None) -> None:
    """Found by atheris: a 28-digit byte count became a record that no BIGINT column holds."""
    line = f'192.0.2.7 - - [10/Oct/2026:13:55:36 +0200] "CONNECT b.example:443 HTTP/1.1" 200 {size}'
    assert [getattr(item, "reason", None) for item in combined.parse([line])] == [reason]
