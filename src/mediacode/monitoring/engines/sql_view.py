"""The SELECTs that expose a stored table as exactly its columns, in their stored types."""

from __future__ import annotations

from collections.abc import Sequence

from mediacode.monitoring.stored import Table

SPARK_TYPES = {"VARCHAR": "STRING"}
"""Stored type names Spark SQL spells differently."""


def stored_projection(table: Table, quote: str = '"', types: dict[str, str] | None = None) -> str:
    """``CAST(col AS TYPE) AS col, ...``: nothing else in the files is visible to a control.

    Names are quoted with ``quote`` (``"`` for DuckDB, a backtick for Spark): ``at`` is a keyword.
    """
    spelled = types or {}
    return ", ".join(
        f"CAST({quote}{c.name}{quote} AS {spelled.get(c.type, c.type)}) AS {quote}{c.name}{quote}"
        for c in table.columns
    )


def empty_select(columns: Sequence[tuple[str, str]]) -> str:
    """A SELECT of no rows with the given (name, type) columns; both engines run it."""
    cast = ", ".join(f'CAST(NULL AS {sql_type}) AS "{name}"' for name, sql_type in columns)
    return f"SELECT {cast} WHERE 1 = 0"


def quoted(text: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
