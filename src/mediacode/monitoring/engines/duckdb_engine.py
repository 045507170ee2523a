"""The default engine: DuckDB embedded in the process, reading the Parquet day files directly."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

from mediacode.monitoring.engines.engine import EngineError, Row
from mediacode.monitoring.engines.sql_view import empty_select, quoted, stored_projection
from mediacode.monitoring.engines.values import plain
from mediacode.monitoring.stored import Table


class DuckDBEngine:
    name = "duckdb"

    def __init__(self) -> None:
        self._con = duckdb.connect(":memory:", config={"threads": 2})
        self._con.execute("SET TimeZone = 'UTC'")

    def register(self, table: Table, files: Sequence[Path]) -> None:
        if files:
            listed = ", ".join(quoted(str(path)) for path in files)
            projection = stored_projection(table)
            source = f"SELECT {projection} FROM read_parquet([{listed}], hive_partitioning = false)"  # noqa: S608  # nosec B608  # paths quoted as literals, columns from stored.py
        else:
            source = empty_select([(c.name, c.type) for c in table.columns])
        try:
            self._con.execute(f"CREATE OR REPLACE TEMP VIEW {table.name} AS {source}")
        except duckdb.Error as exc:
            raise EngineError.wrap(exc) from None

    def register_rows(
        self, name: str, columns: Sequence[tuple[str, str]], rows: Sequence[tuple[object, ...]]
    ) -> None:
        declared = ", ".join(f'"{column}" {sql_type}' for column, sql_type in columns)
        self._con.execute(f"CREATE OR REPLACE TEMP TABLE {name} ({declared})")
        if rows:
            marks = ", ".join("?" for _ in columns)
            insert = f"INSERT INTO {name} VALUES ({marks})"  # noqa: S608 - values are bound parameters  # nosec B608  # values are bound parameters
            self._con.executemany(insert, [list(row) for row in rows])

    def query(self, sql: str) -> list[Row]:
        try:
            cursor = self._con.execute(sql)
            names = [d[0] for d in cursor.description or ()]
            found = cursor.fetchall()
        except duckdb.Error as exc:
            raise EngineError.wrap(exc) from None
        return [{n: plain(v) for n, v in zip(names, row, strict=True)} for row in found]

    def close(self) -> None:
        self._con.close()
