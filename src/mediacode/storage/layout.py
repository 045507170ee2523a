"""Where monitoring state lives under ``DIR/.mediacode`` (monitoring.md, ADR 0070)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import InputError

KEYS_DIR_SETTING = "MEDIACODE_KEYS_DIR"
DAY_PREFIX = "day="


@dataclass(frozen=True)
class StorageSettings:
    """Settings read once at the entrypoint; ``keys_dir`` moves the key folder (another disk, a key vault)."""

    keys_dir: Path | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> StorageSettings:
        value = environ.get(KEYS_DIR_SETTING, "").strip()
        return cls(Path(value).expanduser() if value else None)


@dataclass(frozen=True)
class StateLayout:
    """The folders of one organization's monitoring state."""

    root: Path
    keys_override: Path | None = None

    @classmethod
    def of(cls, root: Path, settings: StorageSettings | None = None) -> StateLayout:
        layout = cls(root, settings.keys_dir if settings else None)
        keys = layout.keys.resolve()
        data = layout.data.resolve()
        if keys == data or data in keys.parents:
            raise InputError(
                f"{KEYS_DIR_SETTING} points inside the data folder; keys must live apart from the data"
            )
        return layout

    @property
    def state(self) -> Path:
        return self.root / ".mediacode"

    @property
    def data(self) -> Path:
        return self.state / "data"

    @property
    def tmp(self) -> Path:
        return self.state / "tmp"

    @property
    def ledger(self) -> Path:
        return self.state / "ingest"

    @property
    def keys(self) -> Path:
        return self.keys_override if self.keys_override is not None else self.state / "keys"

    @property
    def lock_file(self) -> Path:
        return self.state / "ingest.lock"

    def table_dir(self, table: str) -> Path:
        return self.data / table

    def day_dir(self, table: str, day: dt.date) -> Path:
        return self.table_dir(table) / f"{DAY_PREFIX}{day.isoformat()}"
