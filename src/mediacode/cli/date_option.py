"""Dates on the command line: ``YYYY-MM-DD`` or a usage error (exit 2) that says how to write it."""

from __future__ import annotations

import datetime as dt

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
