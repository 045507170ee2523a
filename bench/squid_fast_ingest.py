"""The DuckDB Squid path end to end, as ``bench/ingest.py`` times it in its own process.

    python bench/squid_fast_ingest.py ACCESS_LOG OUT_DIR

Parse in DuckDB (``engines.duckdb_squid.record_batches``), keep the records,
pseudonymise each distinct account once per batch with HMAC-SHA-256 under a
random key (``monitoring.pseudonym.account_pseudonym``), and write the stored
web columns to Parquet, one file per day. Accounts are not resolved against a
directory and hosts get no category here: both are per distinct value too, so
they would add little; the figure shows what the vectorised path costs.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from mediacode.monitoring.engines.duckdb_squid import record_batches
from mediacode.monitoring.pseudonym import account_pseudonym

SCHEMA = pa.schema(
    [
        ("at", pa.timestamp("us")),
        ("day", pa.date32()),
        ("period", pa.string()),
        ("person", pa.string()),
        ("known", pa.bool_()),
        ("department", pa.string()),
        ("host", pa.string()),
        ("port", pa.int32()),
        ("method", pa.string()),
        ("status", pa.int32()),
        ("bytes", pa.int64()),
        ("content_type", pa.string()),
        ("category", pa.string()),
        ("denied", pa.bool_()),
    ]
)


def main(source: Path, out: Path) -> int:
    key = secrets.token_bytes(32)
    cache: dict[str, str] = {}
    writers: dict[str, pq.ParquetWriter] = {}
    out.mkdir(parents=True, exist_ok=True)
    read = rejected = 0
    for batch in record_batches(source):
        read += batch.num_rows
        records = batch.filter(pc.is_null(batch.column("reason")))
        rejected += batch.num_rows - records.num_rows
        if records.num_rows == 0:
            continue
        users = pc.if_else(
            pc.is_null(records.column("user")), records.column("client_ip"), records.column("user")
        )
        encoded = pc.dictionary_encode(users)
        names = encoded.dictionary.to_pylist()
        for name in names:
            if name not in cache:
                cache[name] = account_pseudonym(key, name or "")
        persons = pc.take(pa.array([cache[name] for name in names], pa.string()), encoded.indices)
        at = records.column("at")
        day = pc.cast(at, pa.date32())
        count = records.num_rows
        table = pa.table(
            {
                "at": at,
                "day": day,
                "period": pc.strftime(at, format="%Y-%m"),
                "person": persons,
                "known": pa.array([False] * count),
                "department": pa.nulls(count, pa.string()),
                "host": records.column("host"),
                "port": records.column("port"),
                "method": records.column("method"),
                "status": records.column("status"),
                "bytes": records.column("bytes"),
                "content_type": records.column("content_type"),
                "category": pa.nulls(count, pa.string()),
                "denied": pc.fill_null(pc.equal(records.column("cache_result"), "TCP_DENIED"), False),
            },
            schema=SCHEMA,
        )
        days = pc.unique(day).to_pylist()
        for one in days:
            part = table.filter(pc.equal(day, pa.scalar(one, pa.date32())))
            label = one.isoformat()
            writer = writers.get(label)
            if writer is None:
                folder = out / f"day={label}"
                folder.mkdir(exist_ok=True)
                writer = pq.ParquetWriter(folder / "part.parquet", SCHEMA, compression="zstd")
                writers[label] = writer
            writer.write_table(part)
    for writer in writers.values():
        writer.close()
    print(f"read {read} rejected {rejected} days {len(writers)} pseudonyms {len(cache)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
