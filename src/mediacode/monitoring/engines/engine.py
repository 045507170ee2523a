"""The port every engine implements, and the factory that opens one by name.

An engine knows nothing of controls or purposes: it is told which Parquet
files make up each stored table (only the partitions a report needs, so a
period filter prunes whole day folders) and runs SQL written once in DuckDB's
dialect. Rows come back as plain dicts with Python values.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol

from mediacode.errors import InputError, MediacodeError
from mediacode.monitoring.stored import Table

EngineName = Literal["duckdb", "spark"]
ENGINE_NAMES: tuple[EngineName, ...] = ("duckdb", "spark")

Row = dict[str, object]


class EngineError(MediacodeError):
    """The engine could not read the stored partitions or run a control (e.g. a damaged file)."""

    @classmethod
    def wrap(cls, exc: Exception) -> EngineError:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return cls(f"the engine could not read the stored data or run the control: {first}")


class Engine(Protocol):
    name: str

    def register(self, table: Table, files: Sequence[Path]) -> None:
        """Make ``table`` queryable as exactly its stored columns over ``files`` (none: an empty table)."""

    def register_rows(
        self, name: str, columns: Sequence[tuple[str, str]], rows: Sequence[tuple[object, ...]]
    ) -> None:
        """A small helper relation from Python rows; ``columns`` are (name, SQL type) pairs."""

    def query(self, sql: str) -> list[Row]:
        """Run ``sql`` (DuckDB dialect) and return its rows."""

    def close(self) -> None:
        """Release what the engine holds (a connection; a shared Spark session stays up)."""


def open_engine(name: str) -> Engine:
    """A fresh engine by name; the engine's library is imported here, never at module import."""
    if name == "duckdb":
        from mediacode.monitoring.engines.duckdb_engine import DuckDBEngine

        return DuckDBEngine()
    if name == "spark":
        from mediacode.monitoring.engines.spark_engine import SparkEngine

        return SparkEngine()
    raise InputError(f"unknown engine {name!r}: use {' or '.join(ENGINE_NAMES)}")
