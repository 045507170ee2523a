"""The Arrow schema of each stored table, derived from ``monitoring.stored`` and nothing else."""

from __future__ import annotations

import pyarrow as pa  # type: ignore[import-untyped]

from mediacode.monitoring.stored import Table

ARROW_TYPES: dict[str, pa.DataType] = {
    "TIMESTAMP": pa.timestamp("us"),
    "DATE": pa.date32(),
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "BOOLEAN": pa.bool_(),
}
"""Timestamps are stored without a zone and hold UTC, which is what ``TIMESTAMP`` means in both engines."""


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.type], nullable=c.nullable) for c in table.columns])
