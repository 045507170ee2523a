"""SQL literals built from policy values, quoted by sqlglot so no value can change the statement."""

from __future__ import annotations

from collections.abc import Iterable

from sqlglot import exp


def string(value: str) -> str:
    return exp.Literal.string(value).sql(dialect="duckdb")


def membership(column: str, values: Iterable[str]) -> str:
    """``column IN ('a', 'b')``, or a false condition for no values."""
    listed = sorted(set(values))
    if not listed:
        return "1 = 0"
    return f"{column} IN ({', '.join(string(v) for v in listed)})"
