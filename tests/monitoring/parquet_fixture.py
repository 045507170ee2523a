"""Small Parquet partitions with exactly the stored schema, written the way ingest lays them out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from mediacode.monitoring.stored import MAIL, WEB, Table

ARROW_TYPES = {
    "TIMESTAMP": pa.timestamp("us", tz="UTC"),
    "DATE": pa.date32(),
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "BOOLEAN": pa.bool_(),
}


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.type], nullable=c.nullable) for c in table.columns])


def web_row(
    day: dt.date,
    person: str,
    department: str | None,
    host: str = "intranet.example",
    category: str | None = None,
    bytes_: int = 1000,
    denied: bool = False,
) -> dict[str, object]:
    return {
        "at": dt.datetime(day.year, day.month, day.day, 10, tzinfo=dt.UTC),
        "day": day,
        "period": f"{day:%Y-%m}",
        "person": person,
        "known": department is not None,
        "department": department,
        "host": host,
        "port": 443,
        "method": "CONNECT",
        "status": 403 if denied else 200,
        "bytes": bytes_,
        "content_type": None,
        "category": category,
        "denied": denied,
    }


def mail_row(
    day: dt.date,
    direction: str,
    internal: str,
    department: str,
    peer_domain: str | None,
    message: str = "m",
) -> dict[str, object]:
    inbound = direction == "inbound"
    return {
        "at": dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC),
        "day": day,
        "period": f"{day:%Y-%m}",
        "sender": None if inbound else internal,
        "sender_department": None if inbound else department,
        "recipient": internal if inbound else None,
        "recipient_department": department if inbound else None,
        "peer_domain": peer_domain,
        "direction": direction,
        "size": 2048,
        "status": "sent",
        "message": message,
    }


def write_partitions(state_dir: Path, table: Table, rows: Iterable[dict[str, object]]) -> list[Path]:
    """One file per day under ``state_dir/data/<table>/day=YYYY-MM-DD/``."""
    by_day: dict[dt.date, list[dict[str, object]]] = {}
    for row in rows:
        day = row["day"]
        assert isinstance(day, dt.date)
        by_day.setdefault(day, []).append(row)
    written: list[Path] = []
    schema = arrow_schema(table)
    for day, day_rows in sorted(by_day.items()):
        folder = state_dir / "data" / table.name / f"day={day.isoformat()}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "fixture.parquet"
        pq.write_table(pa.Table.from_pylist(day_rows, schema=schema), path)
        written.append(path)
    return written


def write_web(state_dir: Path, rows: Sequence[dict[str, object]]) -> list[Path]:
    return write_partitions(state_dir, WEB, rows)


def write_mail(state_dir: Path, rows: Sequence[dict[str, object]]) -> list[Path]:
    return write_partitions(state_dir, MAIL, rows)
