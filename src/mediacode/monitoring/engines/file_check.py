"""The byte scan before DuckDB reads a log: does DuckDB see the same lines as Python (ADR 0078)?

Standard library only, so that ``services.ingest`` can start it beside the
content hash before the engines (DuckDB, PyArrow: about half a second of
imports) are loaded.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from mediacode.monitoring.sources import files

_PRINTABLE = bytes(range(0x20, 0x7F)) + b"\n"
_CHUNK = 1 << 24


@dataclass(frozen=True, slots=True)
class FileCheck:
    """What a byte scan of the file found before DuckDB reads it."""

    duckdb_readable: bool
    """Plain UTF-8 with ``\\n`` line ends: DuckDB sees the same lines as Python."""
    only_printable_ascii: bool
    """No line needs the per-line test for odd bytes."""
    compression: str


def check_file(path: Path) -> FileCheck:
    """Scan ``path`` once (decompressed if gzip) for bytes that make DuckDB and Python disagree."""
    try:
        return _check_file(path)
    except files.BROKEN_COMPRESSION as error:
        raise files.broken_file(path, error) from None


def _check_file(path: Path) -> FileCheck:
    compressed = files.is_gzip(path)
    with path.open("rb") as raw:
        stream = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
        head = stream.read(_CHUNK)
        if files.detect_encoding(head[:4]) not in ("utf-8", "utf-8-sig"):
            return FileCheck(False, False, "gzip" if compressed else "none")
        printable = True
        decoder_tail = b""
        chunk = head.removeprefix(b"\xef\xbb\xbf")
        while chunk:
            odd = chunk.translate(None, _PRINTABLE)
            if odd:
                printable = False
                if b"\r" in odd:
                    return FileCheck(False, False, "gzip" if compressed else "none")
                if any(byte >= 0x80 for byte in odd):
                    data = decoder_tail + chunk
                    cut = _utf8_boundary(data)
                    try:
                        data[:cut].decode("utf-8")
                    except UnicodeDecodeError:
                        return FileCheck(False, False, "gzip" if compressed else "none")
                    decoder_tail = data[cut:]
                else:
                    decoder_tail = b""
            chunk = stream.read(_CHUNK)
        if decoder_tail:
            try:
                decoder_tail.decode("utf-8")
            except UnicodeDecodeError:
                return FileCheck(False, False, "gzip" if compressed else "none")
    return FileCheck(True, printable, "gzip" if compressed else "none")


def _utf8_boundary(data: bytes) -> int:
    """The length of ``data`` without an incomplete UTF-8 sequence at its end."""
    cut = len(data)
    back = 0
    while cut > 0 and back < 4 and data[cut - 1] & 0xC0 == 0x80:
        cut -= 1
        back += 1
    if cut > 0 and data[cut - 1] >= 0xC0:
        return cut - 1
    return len(data)
