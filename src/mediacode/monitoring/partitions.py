"""Which day folders hold a table's data, and which of them a report period needs.

Layout (ADR 0070): ``DIR/.mediacode/data/<table>/day=YYYY-MM-DD/*.parquet``.
A report for one month lists only that month's day folders, so the other
months' files are never opened (partition pruning by path, before any engine
sees a file).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

DAY_FOLDER = re.compile(r"^day=(\d{4})-(\d{2})-(\d{2})$")
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def data_dir(state_dir: Path) -> Path:
    return state_dir / "data"


def day_folders(data: Path, table: str) -> dict[dt.date, Path]:
    """Every ``day=`` folder of ``table`` by its date; names that are not a valid day are ignored."""
    folder = data / table
    if not folder.is_dir():
        return {}
    found: dict[dt.date, Path] = {}
    for entry in folder.iterdir():
        match = DAY_FOLDER.match(entry.name)
        if match is None or not entry.is_dir():
            continue
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
        found[day] = entry
    return found


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def stored_months(data: Path, tables: tuple[str, ...]) -> list[str]:
    """The months (``YYYY-MM``) for which any of ``tables`` holds a day folder, in order."""
    return sorted({month_of(day) for table in tables for day in day_folders(data, table)})


def files_of_month(data: Path, table: str, month: str) -> list[Path]:
    """The Parquet files of ``table`` in the day folders of ``month`` only, in a stable order."""
    files: list[Path] = []
    for day, folder in sorted(day_folders(data, table).items()):
        if month_of(day) == month:
            files.extend(sorted(p for p in folder.iterdir() if p.suffix == ".parquet" and p.is_file()))
    return files


def is_month(text: str) -> bool:
    return bool(MONTH.match(text))
