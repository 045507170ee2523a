"""The ingest ledger: one small JSON file per ingested input, named by its content hash.

An entry is written last, after every partition of its input is published,
so an ingest killed before that is simply run again. Entries hold counts and
partition names only: no file name, no path, no identifier.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path


class Ledger:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, content_hash: str) -> Path:
        return self.folder / f"{content_hash}.json"

    def has(self, content_hash: str) -> bool:
        return self._path(content_hash).is_file()

    def record(self, content_hash: str, entry: dict[str, object]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f".{content_hash}.{secrets.token_hex(4)}.tmp"
        with temporary.open("w", encoding="utf-8") as stream:
            json.dump(entry, stream, sort_keys=True)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(self._path(content_hash))

    def entries(self) -> list[dict[str, object]]:
        if not self.folder.is_dir():
            return []
        found: list[dict[str, object]] = []
        for path in sorted(self.folder.glob("*.json")):
            found.append(json.loads(path.read_text(encoding="utf-8")))
        return found
