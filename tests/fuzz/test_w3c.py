"""Fuzzing W3C extended lines (``#Fields:`` layouts) through ``sources.combined.parse``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediacode.monitoring.sources import combined
from tests.fuzz.lines import host, mutated, odd_text, path, query, url
from tests.fuzz.outcomes import check_web
from tests.fuzz.settings import FUZZ

pytestmark = pytest.mark.fuzz

FIELD_NAMES = [
    "date",
    "time",
    "c-ip",
    "cs-username",
    "cs-method",
    "cs-uri-stem",
    "cs-uri-query",
    "sc-status",
    "sc-bytes",
    "cs-host",
    "cs-uri",
    "cs-uri-port",
    "rs(content-type)",
    "s-action",
    "cs(Referer)",
    "cs(User-Agent)",
]

directive = st.lists(st.sampled_from(FIELD_NAMES), min_size=1, max_size=12, unique=True).map(
    lambda names: "#Fields: " + " ".join(names)
)
_value = st.one_of(
    st.sampled_from(("2026-03-22", "2026-13-40", "08:00:01", "99:99:99", "-", "200", "12345", "GET")),
    host,
    path,
    query,
    url,
    st.integers(-10, 10**20).map(str),
)
data_line = st.lists(_value, min_size=0, max_size=14).map(" ".join)


@FUZZ
@given(st.lists(st.one_of(directive, data_line, mutated(data_line), odd_text), max_size=12))
def test_w3c_never_raises_and_keeps_no_path(lines: list[str]) -> None:
    check_web(combined.parse(lines), len(lines))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("2026-03-22 08:00:01 a.example", "too_few_fields"),
        ("2026-03-22 08:00:01 a.example GET /x 200 1 extra", "custom_format"),
        ("2026-13-22 08:00:01 a.example GET /x 200 1", "bad_timestamp"),
        ("2026-03-22 08:00:01 a.example GET /x 2000 1", "bad_status"),
        ("2026-03-22 08:00:01 a.example GET /x 200 -5", "bad_bytes"),
    ],
)
def test_w3c_edge_lines_are_counted_rejects(line: str, reason: str) -> None:
    layout = "#Fields: date time cs-host cs-method cs-uri-stem sc-status sc-bytes"
    assert [item.reason for item in combined.parse([layout, line])] == [reason]  # type: ignore[union-attr]


def test_w3c_valid_line_keeps_the_host_only() -> None:
    layout = "#Fields: date time cs-host cs-method cs-uri-stem cs-uri-query sc-status sc-bytes"
    line = "2026-03-22 08:00:01 a.example GET /pathSECRET ?querySECRET 200 10"
    (record,) = check_web(combined.parse([layout, line]), 2)
    assert record.host == "a.example"
