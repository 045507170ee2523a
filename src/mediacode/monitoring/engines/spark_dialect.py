"""SQL written once in DuckDB's dialect, turned into Spark SQL by sqlglot (ADR 0075)."""

from __future__ import annotations

from functools import lru_cache

import sqlglot


@lru_cache(maxsize=256)
def to_spark(sql: str) -> str:
    """The Spark SQL text of one DuckDB statement."""
    return sqlglot.transpile(sql, read="duckdb", write="spark")[0]
