"""Squid native ``access.log`` parsed inside DuckDB: the bulk path, bound to ``sources.squid`` (ADR 0078).

The file is read as one VARCHAR column per line (``read_csv`` with a
delimiter and quote that never split a line), split with ``string_split``
and ``split_part`` (no regular expression with capture groups), and every
reject reason of the reference parser is computed per line in SQL. The rows
are exactly the records and rejects ``sources.squid.parse`` gives for the same
lines; a contract test holds the two together.

What SQL cannot decide cheaply and exactly goes to the reference parser, line
by line, under its own line number: lines with bytes outside printable ASCII
(tabs and other whitespace Python's ``str.split`` knows, non-ASCII text), time
stamps that are not ``digits[.ddd]`` below 2**32, user names with non-ASCII
percent escapes. A file DuckDB would read differently from Python (carriage
returns, invalid UTF-8, UTF-16) is parsed by the reference parser as a whole.
Paths and queries are cut off in SQL and never leave the engine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from mediacode.monitoring.engines.file_check import FileCheck as FileCheck  # re-exported: Postfix uses it
from mediacode.monitoring.engines.file_check import check_file as check_file
from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources import files, squid
from mediacode.monitoring.sources.reject import Reject

BATCH_ROWS = 262_144
MEMORY_LIMIT = "512MB"
"""DuckDB streams the file in small chunks; the cap keeps the whole ingest far under 1 GB."""
PYTHON = "?python"
"""The reason column's marker for a line the reference parser must read."""
RECORD_COLUMNS: tuple[str, ...] = WebRecord._fields


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _digits(expression: str) -> str:
    """ASCII digits only, at least one (what ``str.isdigit`` says of an ASCII string)."""
    return f"({expression} <> '' AND NOT ({expression} GLOB '*[!0-9]*'))"


_HEAD = r"^[0-9]{10}[.][0-9]{3} +[^ ]+ [^ ]+ [^ /]*/[0-9]{3} [0-9]{1,18} "
"""The common start of a line (time stamp, elapsed, client, result/status, size), tested in one pass of
RE2's automaton: a line that has it passes the time stamp, status and size tests below, which GLOB
(dearer per line) then decides only for the lines that do not."""


def squid_sql(path: Path, check: FileCheck) -> str:
    """One SELECT over the file, in line order: ``reason`` (null for a record), the record's columns,
    and ``raw`` (the line's text, only where the reference parser must read it).

    With printable ASCII only, a space is the only whitespace, so dropping the empty pieces of a
    split on single spaces is exactly Python's ``str.split()``. Only the common forms are decided
    here (``%ts`` with ten digits and milliseconds, ``host[:port]`` without brackets); the rest
    goes to the reference parser.

    Each field is cut once: ``result/status`` and ``host:port`` by one ``string_split`` each (DuckDB's
    ``substr`` counts characters from the start on every call). The stamp goes through a DOUBLE: with
    three decimals and below 2**32 s, the double times 10**6 lies within 0.49 of the exact microseconds,
    so the rounding cast gives them exactly, as ``fromtimestamp(float(stamp))`` does (ADR 0078, round 4).
    """
    source = (
        f"read_csv({_literal(str(path))}, columns = {{'line': 'VARCHAR'}}, delim = '\\x01', quote = '',"
        " escape = '', header = false, auto_detect = false, null_padding = true, strict_mode = false,"
        f" new_line = '\\n', compression = {_literal(check.compression)})"
    )
    odd = (
        "FALSE"
        if check.only_printable_ascii
        else "(strlen(raw) <> length(raw) OR regexp_matches(raw, '[^ -~]'))"
    )
    return f"""
WITH parted AS (
    SELECT raw, {odd} AS odd, list_filter(string_split(raw, ' '), lambda x: x <> '') AS p
    FROM (SELECT coalesce(line, '') AS raw FROM {source})
), fields AS (
    SELECT raw, odd, len(p) AS n, p[1] AS stamp, p[3] AS client, p[4] AS code, p[5] AS size,
        p[6] AS method, p[7] AS url, p[8] AS account, p[10] AS mime, string_split(p[4], '/') AS result_status,
        CASE WHEN p[6] <> 'CONNECT' AND strpos(p[7], '://') > 1 THEN
            CASE WHEN strpos(p[7], '/') = strpos(p[7], '://') + 1 THEN string_split(p[7], '/')[3]
                 ELSE split_part(substr(p[7], strpos(p[7], '://') + 3), '/', 1) END END AS rest,
        regexp_matches(raw, {_literal(_HEAD)}) AS head
    FROM parted
), cut AS (
    SELECT *,
        CASE WHEN method = 'CONNECT'
             THEN CASE WHEN contains(url, '/') OR contains(url, '@')
                         OR contains(url, '?') OR contains(url, '#') THEN NULL ELSE url END
             WHEN rest IS NULL THEN NULL
             WHEN contains(rest, '?') OR contains(rest, '#') OR contains(rest, '@')
             THEN nullif(split_part(split_part(split_part(rest, '?', 1), '#', 1), '@', -1), '')
             ELSE nullif(rest, '')
        END AS authority
    FROM fields
), hosted AS (
    SELECT *, string_split(authority, ':') AS host_port, starts_with(authority, '[') AS bracket,
        len(result_status) = 2 AS one_slash, result_status[2] AS status_text
    FROM cut
), split_host AS (
    SELECT *, len(host_port) = 2 AND NOT bracket AS one_colon FROM hosted
), ported AS (
    SELECT *,
        CASE WHEN one_colon THEN nullif(host_port[1], '') ELSE authority END AS host_text,
        CASE WHEN one_colon THEN host_port[2] ELSE '' END AS port_text
    FROM split_host
), early AS (
    SELECT *,
        CASE WHEN NOT (head AND stamp < '4294967296') THEN CASE
            WHEN NOT (stamp GLOB '[0-9]*') THEN
                CASE WHEN starts_with(stamp, '#') THEN 'comment' ELSE 'bad_timestamp' END
            WHEN NOT (stamp GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9].[0-9][0-9][0-9]'
                      AND stamp < '4294967296') THEN '{PYTHON}'
            WHEN NOT (one_slash AND status_text GLOB '[0-9][0-9][0-9]') THEN 'bad_status'
            WHEN NOT {_digits("size")} OR length(size) > {squid.MAX_BYTES_DIGITS} THEN 'bad_bytes'
        END END AS early_reason
    FROM ported
), reasoned AS (
    SELECT *,
        CASE
            WHEN odd THEN '{PYTHON}'
            WHEN n <> 10 THEN CASE WHEN n = 0 THEN 'empty' WHEN starts_with(stamp, '#') THEN 'comment'
                                   WHEN n < 10 THEN 'too_few_fields' ELSE 'custom_format' END
            WHEN early_reason IS NOT NULL THEN early_reason
            WHEN bracket THEN '{PYTHON}'
            WHEN host_text IS NULL THEN 'no_host'
            WHEN port_text NOT IN ('', '443', '80')
                 AND NOT ({_digits("port_text")} AND length(port_text) <= 5
                          AND TRY_CAST(port_text AS INTEGER) <= 65535) THEN 'no_host'
            WHEN contains(account, '%') AND regexp_matches(account, '%[89A-Fa-f][0-9A-Fa-f]') THEN '{PYTHON}'
        END AS reason
    FROM early
)
SELECT reason,
    CASE WHEN reason IS NULL
         THEN make_timestamp(CAST(CAST(stamp AS DOUBLE) * 1000000 AS BIGINT)) END AS at,
    CASE WHEN reason IS NULL AND account <> '-' THEN
        CASE WHEN contains(account, '%') THEN url_decode(account) ELSE account END END AS "user",
    CASE WHEN reason IS NULL THEN nullif(client, '-') END AS client_ip,
    CASE WHEN reason IS NULL THEN lower(host_text) END AS host,
    CASE WHEN reason IS NULL AND port_text <> '' THEN
        CASE port_text WHEN '443' THEN 443 WHEN '80' THEN 80
             ELSE TRY_CAST(port_text AS INTEGER) END END AS port,
    CASE WHEN reason IS NULL THEN method END AS method,
    CASE WHEN reason IS NULL THEN TRY_CAST(status_text AS INTEGER) END AS status,
    CASE WHEN reason IS NULL THEN TRY_CAST(size AS BIGINT) END AS bytes,
    CASE WHEN reason IS NULL AND mime <> '-' THEN
        CASE WHEN contains(mime, ';') THEN lower(split_part(mime, ';', 1)) ELSE lower(mime) END
    END AS content_type,
    CASE WHEN reason IS NULL THEN nullif(result_status[1], '') END AS cache_result,
    CASE WHEN reason = '{PYTHON}' THEN raw END AS raw
FROM reasoned
"""  # noqa: S608 - only the path is interpolated, as a quoted literal  # nosec B608  # the path is a quoted literal


def _connect(threads: int | None) -> duckdb.DuckDBPyConnection:
    config: dict[str, str | bool | int | float | list[str]] = {
        "memory_limit": MEMORY_LIMIT,
        "threads": threads or os.cpu_count() or 1,
    }
    con = duckdb.connect(":memory:", config=config)
    con.execute("SET TimeZone = 'UTC'").fetchall()
    con.execute("SET enable_progress_bar = false").fetchall()  # it would write into the command's output
    return con


def _reference(line: str, number: int) -> WebRecord | Reject:
    (item,) = squid.parse([line])
    if isinstance(item, Reject):
        return Reject(number, item.reason)
    return item


def record_batches(
    path: Path, *, threads: int | None = None, rows: int = BATCH_ROWS, check: FileCheck | None = None
) -> Iterator[pa.RecordBatch]:
    """Arrow batches in line order: ``line_number``, ``reason`` and the ``WebRecord`` columns.

    A row with a null ``reason`` is a record; any other is a rejected line.
    Lines the reference parser had to read are already resolved here, so no
    batch carries the ``?python`` marker or a line's text. Memory stays at a
    few batches whatever the file size. ``check`` is ``check_file(path)`` when the caller
    already has it (made while the file was hashed).
    """
    if check is None:
        check = check_file(path)
    if not check.duckdb_readable:
        yield from _reference_batches(path, rows)
        return
    con = _connect(threads)
    try:
        reader = con.sql(squid_sql(path, check)).to_arrow_reader(rows)
        ones = pa.array(range(1, rows + 1), pa.int64())
        read = 0
        for batch in reader:
            numbers = pc.add(ones.slice(0, batch.num_rows), read) if read else ones.slice(0, batch.num_rows)
            read += batch.num_rows
            yield _resolve_fallbacks(batch, numbers)
    finally:
        con.close()


_SCHEMA = pa.schema(
    [
        ("line_number", pa.int64()),
        ("reason", pa.string()),
        ("at", pa.timestamp("us")),
        ("user", pa.string()),
        ("client_ip", pa.string()),
        ("host", pa.string()),
        ("port", pa.int32()),
        ("method", pa.string()),
        ("status", pa.int32()),
        ("bytes", pa.int64()),
        ("content_type", pa.string()),
        ("cache_result", pa.string()),
    ]
)


def _rows_to_batch(rows: list[tuple[int, WebRecord | Reject]]) -> pa.RecordBatch:
    columns: dict[str, list[object]] = {name: [] for name in _SCHEMA.names}
    for number, item in rows:
        columns["line_number"].append(number)
        if isinstance(item, Reject):
            columns["reason"].append(item.reason)
            for name in RECORD_COLUMNS:
                columns[name].append(None)
        else:
            columns["reason"].append(None)
            for name, value in zip(RECORD_COLUMNS, item, strict=True):
                columns[name].append(value.replace(tzinfo=None) if isinstance(value, datetime) else value)
    return pa.RecordBatch.from_pydict(columns, schema=_SCHEMA)


def _reference_batches(path: Path, rows: int) -> Iterator[pa.RecordBatch]:
    pending: list[tuple[int, WebRecord | Reject]] = []
    for number, item in enumerate(squid.parse(files.read_lines(path)), 1):
        pending.append((item.line_number if isinstance(item, Reject) else number, item))
        if len(pending) >= rows:
            yield _rows_to_batch(pending)
            pending = []
    if pending:
        yield _rows_to_batch(pending)


def _resolve_fallbacks(batch: pa.RecordBatch, numbers: pa.Array) -> pa.RecordBatch:
    """The batch with its line numbers, and the lines SQL left to the reference parser parsed by it."""
    raw = batch.column("raw")
    columns = [numbers, *batch.columns[:-1]]
    if raw.null_count < len(raw):
        mask = pc.is_valid(raw)
        lines = pc.filter(raw, mask).to_pylist()
        fallback = pc.filter(numbers, mask).to_pylist()
        parsed = _rows_to_batch(
            [(number, _reference(line, number)) for number, line in zip(fallback, lines, strict=True)]
        )
        columns = [numbers] + [
            pc.replace_with_mask(column.cast(field.type), mask, parsed.column(field.name))
            for column, field in zip(batch.columns[:-1], list(_SCHEMA)[1:], strict=True)
        ]
    return pa.RecordBatch.from_arrays(
        [column.cast(field.type) for column, field in zip(columns, _SCHEMA, strict=True)], schema=_SCHEMA
    )


def parse_file(path: Path, *, threads: int | None = None) -> Iterator[WebRecord | Reject]:
    """The same items, in the same order, as ``squid.parse(files.read_lines(path))``."""
    for batch in record_batches(path, threads=threads):
        for row in batch.to_pylist():
            if row["reason"] is not None:
                yield Reject(row["line_number"], row["reason"])
                continue
            values = [row[name] for name in RECORD_COLUMNS]
            values[0] = values[0].replace(tzinfo=UTC)
            yield WebRecord(*values)
