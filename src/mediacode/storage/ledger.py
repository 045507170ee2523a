"""The ingest ledger: one small JSON file per ingested input, named by its content hash.

An entry is written last, after every partition of its input is published,
so an ingest killed before that is simply run again. Entries hold counts and
partition names only: no file name, no path, no identifier.

Publishing is bracketed by an intent, ``<hash>.publishing`` (ADR 0100): it
names the files about to be moved into the data folder and is written before
the first of them, removed after the entry. While it exists, readers skip
those files (``pending_ingests``); the next run under the lock removes the
files of an intent that has no entry (``roll_back``), so an ingest killed
half-way through publishing is never half visible.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

PUBLISHING_SUFFIX = ".publishing"


class Ledger:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, content_hash: str) -> Path:
        return self.folder / f"{content_hash}.json"

    def has(self, content_hash: str) -> bool:
        return self._path(content_hash).is_file()

    def _intent(self, content_hash: str) -> Path:
        return self.folder / f"{content_hash}{PUBLISHING_SUFFIX}"

    def record(self, content_hash: str, entry: dict[str, object]) -> None:
        self._write(self._path(content_hash), entry)

    def begin_publish(self, content_hash: str, ingest_id: str, files: list[str]) -> None:
        """Before the first file of an input is published: which files are about to appear, and whose."""
        self._write(self._intent(content_hash), {"ingest_id": ingest_id, "files": files})

    def end_publish(self, content_hash: str) -> None:
        """After the entry is written: the input's files are plain committed data from now on."""
        self._intent(content_hash).unlink(missing_ok=True)

    def pending_ingests(self) -> set[str]:
        """Ingest ids whose files are being published (or whose run was killed at it): readers skip them."""
        return {str(intent["ingest_id"]) for _, intent in self._intents()}

    def roll_back(self, data: Path) -> int:
        """Under the lock, before anything else: undo every publish without an entry; how many were undone."""
        undone = 0
        for content_hash, intent in self._intents():
            if not self.has(content_hash):
                for name in intent["files"]:
                    target = data / str(name)
                    target.unlink(missing_ok=True)
                    with contextlib.suppress(OSError):
                        target.parent.rmdir()  # a day folder that held only this input's file
                undone += 1
            self.end_publish(content_hash)
        return undone

    def _intents(self) -> list[tuple[str, dict[str, list[str]]]]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob(f"*{PUBLISHING_SUFFIX}")):
            found.append((path.name[: -len(PUBLISHING_SUFFIX)], json.loads(path.read_text(encoding="utf-8"))))
        return found

    def _write(self, path: Path, value: dict[str, object]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
        with temporary.open("w", encoding="utf-8") as stream:
            json.dump(value, stream, sort_keys=True)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)

    def entries(self) -> list[dict[str, object]]:
        if not self.folder.is_dir():
            return []
        found: list[dict[str, object]] = []
        for path in sorted(self.folder.glob("*.json")):
            found.append(json.loads(path.read_text(encoding="utf-8")))
        return found
