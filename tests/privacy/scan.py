"""The raw identifiers of the inputs, and every readable view of a file that could hold one.

A file is read as bytes and, where its format compresses or encodes text, also
decoded: Parquet through pyarrow (every value of every column), SQLite as an
SQL dump, DuckDB as the rows of every table, gzip decompressed. An identifier
counts as found when it stands alone (no letter or digit right before or
after it), so ``10.20.3.2`` is not found inside ``10.20.3.25``.
"""

from __future__ import annotations

import gzip
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


@dataclass(frozen=True)
class Identifier:
    kind: str
    """email, local_part, proxy_user, client_ip, url_path, url_query, subject, message_id, draft"""
    value: str
    owner: str | None = None
    """The person id (people.csv) it belongs to, when it is one person's."""

    def pattern(self) -> re.Pattern[bytes]:
        return re.compile(rb"(?<![A-Za-z0-9])" + re.escape(self.value.encode()) + rb"(?![A-Za-z0-9])")


@dataclass(frozen=True)
class Hit:
    file: Path
    view: str
    identifier: Identifier


# ---- what the inputs hold -------------------------------------------------------------------------


def _url_parts(url: str) -> Iterator[tuple[str, str]]:
    """The path (with query) and the query of an ``http://host/path?query`` URL; nothing of a bare host."""
    if "://" not in url:
        return
    rest = url.split("://", 1)[1]
    slash = rest.find("/")
    if slash < 0:
        return
    target = rest[slash:]
    if len(target) > 1:
        yield "url_path", target
    path, _, query = target.partition("?")
    if len(path) > 1:
        yield "url_path", path
    if query:
        yield "url_query", query


def squid_identifiers(lines: Iterable[str], owners: dict[str, str]) -> Iterator[Identifier]:
    for line in lines:
        fields = line.split()
        if len(fields) < 8:
            continue
        yield Identifier("client_ip", fields[2])
        for kind, value in _url_parts(fields[6]):
            yield Identifier(kind, value)
        if fields[7] != "-":
            yield Identifier("proxy_user", fields[7], owners.get(fields[7].lower()))


def combined_identifiers(lines: Iterable[str], owners: dict[str, str]) -> Iterator[Identifier]:
    for line in lines:
        fields = line.split()
        yield Identifier("client_ip", fields[0])
        if fields[2] != "-":
            yield Identifier("proxy_user", fields[2], owners.get(fields[2].lower()))
        quoted = re.findall(r'"([^"]*)"', line)
        for kind, value in _url_parts(quoted[0].split()[1]):
            yield Identifier(kind, value)
        for kind, value in _url_parts(quoted[1]):
            yield Identifier(kind, value)
        if quoted[2] != "-":
            yield Identifier("user_agent", quoted[2])


SUBJECT = re.compile(r"header Subject: (.*?) from \S+;")
MESSAGE_ID = re.compile(r"message-id=<([^>]+)>")
BRACKET_IP = re.compile(r"\[(\d+\.\d+\.\d+\.\d+)\]")


def postfix_identifiers(lines: Iterable[str]) -> Iterator[Identifier]:
    for line in lines:
        for address in EMAIL.findall(line):
            yield Identifier("email", address.lower())
        for ip in BRACKET_IP.findall(line):
            yield Identifier("client_ip", ip)
        for message_id in MESSAGE_ID.findall(line):
            yield Identifier("message_id", message_id)
        for subject in SUBJECT.findall(line):
            yield Identifier("subject", subject)


def m365_identifiers(rows: Iterable[dict[str, str]]) -> Iterator[Identifier]:
    for row in rows:
        for address in EMAIL.findall(row["sender"] + " " + row["recipients"]):
            yield Identifier("email", address.lower())
        yield Identifier("subject", row["subject"])
        yield Identifier("message_id", row["message_id"].strip("<>"))
        yield Identifier("message_id", row["network"])
        yield Identifier("client_ip", row["ip"])


def with_local_parts(identifiers: Iterable[Identifier], owners: dict[str, str]) -> set[Identifier]:
    """The identifiers, owners filled in by e-mail address, and the local part of every address.

    A local part is scanned on its own when it is personal (it has a ``.``, ``-``
    or ``_``, as ``first.last`` does); a role address's local part (``info``,
    ``administratie``) is an ordinary word and is scanned only as the whole
    address.
    """
    found: set[Identifier] = set()
    for identifier in identifiers:
        owner = identifier.owner or owners.get(identifier.value.lower())
        found.add(Identifier(identifier.kind, identifier.value, owner))
        if identifier.kind == "email":
            local = identifier.value.split("@", 1)[0]
            if re.search(r"[._-]", local):
                found.add(Identifier("local_part", local, owner))
    return found


# ---- every view of a file -----------------------------------------------------------------------


def views(path: Path) -> Iterator[tuple[str, bytes]]:
    raw = path.read_bytes()
    yield "bytes", raw
    if raw.startswith(b"PAR1"):
        yield "parquet", _parquet_text(path)
    elif raw.startswith(b"SQLite format 3\x00"):
        yield "sqlite dump", _sqlite_dump(path)
    elif raw[8:12] == b"DUCK":
        yield "duckdb rows", _duckdb_rows(path)
    elif raw.startswith(b"\x1f\x8b"):
        yield "gunzip", gzip.decompress(raw)


def _parquet_text(path: Path) -> bytes:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    parts = [str(table.schema)]
    for column in table.columns:
        parts.extend(repr(value) for value in column.to_pylist())
    parts.append(repr(pq.ParquetFile(path).metadata.metadata))
    return "\n".join(parts).encode()


def _sqlite_dump(path: Path) -> bytes:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump()).encode()
    finally:
        connection.close()


def _duckdb_rows(path: Path) -> bytes:
    import duckdb

    connection = duckdb.connect(str(path), read_only=True)
    try:
        parts = []
        for (name,) in connection.execute("SELECT table_name FROM information_schema.tables").fetchall():
            parts.extend(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"').fetchall())
        return "\n".join(parts).encode()
    finally:
        connection.close()


def scan(files: Iterable[Path], identifiers: Iterable[Identifier]) -> list[Hit]:
    """Every (file, view, identifier) where the identifier stands in that view of the file."""
    compiled = [(identifier, identifier.pattern()) for identifier in identifiers]
    # One quick pass per view: only identifiers whose bytes occur at all get the boundary check.
    hits: list[Hit] = []
    for file in files:
        for view, blob in views(file):
            for identifier, pattern in compiled:
                if identifier.value.encode() in blob and pattern.search(blob):
                    hits.append(Hit(file, view, identifier))
    return hits
