"""A CSV file of the organization folder read into rows that remember their line number."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import Problem
from mediacode.org.text_file import read_utf8


@dataclass(frozen=True, slots=True)
class CsvRow:
    line: int
    values: dict[str, str]


def read_csv_table(
    path: Path, shown_as: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> tuple[list[CsvRow], list[Problem]]:
    """Rows of a CSV file whose header names the ``required`` columns.

    Rows with the wrong number of columns are reported and skipped; blank lines
    are skipped. Every problem of the file is returned, not only the first.
    """
    text, problem = read_utf8(path, shown_as)
    if problem is not None or text is None:
        return [], [problem] if problem else []
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], [
            Problem(shown_as, 1, None, None, "is empty", f"start with the header {','.join(required)}")
        ]
    except csv.Error as exc:
        return [], [Problem(shown_as, 1, None, None, f"is not valid CSV: {exc}", None)]
    columns = [name.strip() for name in header]
    missing = [name for name in required if name not in columns]
    unknown = [name for name in columns if name not in required and name not in optional]
    if missing:
        problems.append(
            Problem(
                shown_as,
                1,
                None,
                None,
                f"header lacks the column(s) {', '.join(missing)}",
                f"the header must be {','.join(required)}",
            )
        )
    for name in unknown:
        problems.append(
            Problem(
                shown_as,
                1,
                columns.index(name) + 1,
                name,
                "unknown column",
                f"use only {','.join(required + optional)}",
            )
        )
    if missing:
        return [], problems
    rows: list[CsvRow] = []
    line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(shown_as, reader.line_num, None, None, f"is not valid CSV: {exc}", None))
            break
        line = reader.line_num
        if not values or all(not value.strip() for value in values):
            continue
        if len(values) != len(columns):
            problems.append(
                Problem(
                    shown_as,
                    line,
                    None,
                    None,
                    f"has {len(values)} columns, the header has {len(columns)}",
                    "check for a missing or extra comma; quote values that contain a comma",
                )
            )
            continue
        rows.append(CsvRow(line, {name: value.strip() for name, value in zip(columns, values, strict=True)}))
    return rows, problems
