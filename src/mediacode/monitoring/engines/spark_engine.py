"""The scale engine: PySpark over the same Parquet day files, the same SQL transpiled by sqlglot.

The session is built on first use, never at import: ``local[2]`` with the UI
off and the driver bound to the loopback address, and kept for the life of
the process because starting a JVM costs seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mediacode.monitoring.engines.engine import EngineError, Row
from mediacode.monitoring.engines.spark_dialect import to_spark
from mediacode.monitoring.engines.sql_view import SPARK_TYPES, stored_projection
from mediacode.monitoring.engines.values import plain
from mediacode.monitoring.stored import Table

_lock = threading.Lock()
_session: Any = None


def spark_session() -> Any:
    """The process's Spark session, built on first call."""
    global _session
    with _lock:
        if _session is None:
            from pyspark.sql import SparkSession

            _session = (
                SparkSession.builder.master("local[2]")
                .appName("mediacode")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.ansi.enabled", "false")
                .getOrCreate()
            )
            _session.sparkContext.setLogLevel("ERROR")
        return _session


class SparkEngine:
    name = "spark"

    def __init__(self) -> None:
        self._spark = spark_session()

    def register(self, table: Table, files: Sequence[Path]) -> None:
        try:
            self._register(table, files)
        except Exception as exc:  # Py4J and Spark analysis errors share no base class worth naming
            raise EngineError.wrap(exc) from None

    def _register(self, table: Table, files: Sequence[Path]) -> None:
        if files:
            frame = self._spark.read.parquet(*(str(path) for path in files))
            frame.createOrReplaceTempView(f"{table.name}__files")
            projection = stored_projection(table, "`", SPARK_TYPES)
            select = f"SELECT {projection} FROM {table.name}__files"  # noqa: S608 - names from stored.py  # nosec B608  # names from stored.py
            self._spark.sql(select).createOrReplaceTempView(table.name)
        else:
            self.register_rows(table.name, [(c.name, c.type) for c in table.columns], [])

    def register_rows(
        self, name: str, columns: Sequence[tuple[str, str]], rows: Sequence[tuple[object, ...]]
    ) -> None:
        schema = ", ".join(
            f"`{column}` {SPARK_TYPES.get(sql_type, sql_type)}" for column, sql_type in columns
        )
        self._spark.createDataFrame(list(rows), schema=schema).createOrReplaceTempView(name)

    def query(self, sql: str) -> list[Row]:
        try:
            rows = self._spark.sql(to_spark(sql)).collect()
        except Exception as exc:  # Py4J and Spark analysis errors share no base class worth naming
            raise EngineError.wrap(exc) from None
        return [{k: plain(v) for k, v in row.asDict().items()} for row in rows]

    def close(self) -> None:
        for name in [t.name for t in self._spark.catalog.listTables() if t.isTemporary]:
            self._spark.catalog.dropTempView(name)
