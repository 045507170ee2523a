"""Dates on the command line: ``YYYY-MM-DD`` or a usage error (exit 2) that says how to write it."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer


def parse_date(value: str | dt.date) -> dt.date:
    """Typer ``parser`` for a date option."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01"
        ) from None


def today_or(value: dt.date | None) -> dt.date:
    return value or dt.date.today()


TodayOption = Annotated[
    dt.date | None,
    typer.Option("--today", help="Act as if today were this date (YYYY-MM-DD).", parser=parse_date),
]
"""The ``--today`` option every dated command shares (tests and back-dated records move the clock)."""
