"""The content hash of an input log: SHA-256 of its bytes after gzip is undone.

Hashing the decompressed content makes ``access.log.1`` and the same file
compressed later by logrotate (``access.log.2.gz``) one and the same input,
so the ledger skips it the second time.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path
from typing import BinaryIO

from mediacode.monitoring.sources.files import BROKEN_COMPRESSION, broken_file

GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 20


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as raw:
            stream: BinaryIO = raw
            if raw.peek(2)[:2] == GZIP_MAGIC:
                stream = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
    except BROKEN_COMPRESSION as error:
        raise broken_file(path, error) from None
    return digest.hexdigest()
