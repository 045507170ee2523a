"""Key periods: which period a day belongs to, and the first and last day of a period.

A period id is ``YYYY-MM`` (month), ``YYYY-Www`` (ISO week) or ``YYYY-Qn``
(quarter). Ids sort in time order within one kind, and the kind can be read
back from the id, so a key file's name is enough to know which days it covers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

PeriodKind = Literal["week", "month", "quarter"]

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_WEEK = re.compile(r"^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


class BadPeriodError(ValueError):
    """A text that is not a period id."""


def period_of(day: dt.date, kind: PeriodKind) -> str:
    """The id of the period of ``kind`` that ``day`` falls in."""
    if kind == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if kind == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def kind_of(period: str) -> PeriodKind:
    """The kind of a period id; ``BadPeriodError`` when it is none."""
    if _MONTH.match(period):
        return "month"
    if _WEEK.match(period):
        return "week"
    if _QUARTER.match(period):
        return "quarter"
    raise BadPeriodError(f"{period!r} is not a period (YYYY-MM, YYYY-Www or YYYY-Qn)")


def is_period(text: str) -> bool:
    try:
        kind_of(text)
    except BadPeriodError:
        return False
    return True


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of ``period`` (both inclusive)."""
    kind = kind_of(period)
    year = int(period[:4])
    if kind == "month":
        month = int(period[5:7])
        start = dt.date(year, month, 1)
        end = _first_of_next_month(start) - dt.timedelta(days=1)
    elif kind == "quarter":
        quarter = int(period[6])
        start = dt.date(year, 3 * quarter - 2, 1)
        end = _first_of_next_month(dt.date(year, 3 * quarter, 1)) - dt.timedelta(days=1)
    else:
        week = int(period[6:8])
        try:
            start = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise BadPeriodError(f"{period!r}: {year} has no ISO week {week}") from None
        end = start + dt.timedelta(days=6)
    return start, end


def _first_of_next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)
