"""Moving staged files into the data folder: one ``os.replace`` per file, so readers see whole files only.

A file's name is its ingest id (from the input's content hash), so publishing
the same input again replaces its files instead of adding to them.
"""

from __future__ import annotations

from pathlib import Path

from mediacode.storage.lock import publishing


def staged_names(staging: Path) -> list[str]:
    """The staged ``.parquet`` files' names relative to ``staging`` (and so to ``data``), in order."""
    return [staged.relative_to(staging).as_posix() for staged in sorted(staging.rglob("*.parquet"))]


def publish(staging: Path, data: Path) -> list[str]:
    """Move each staged ``.parquet`` file to the same place under ``data``; their relative names."""
    moved: list[str] = []
    with publishing(data.parent):  # no report reads while one input's files arrive
        for name in staged_names(staging):
            target = data / name
            target.parent.mkdir(parents=True, exist_ok=True)
            (staging / name).replace(target)
            moved.append(name)
    return moved
