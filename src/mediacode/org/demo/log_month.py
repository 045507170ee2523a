"""The month the demo's logs cover, and the working-hours rhythm both logs follow.

The logs cover one calendar month, by default the month before the day the
demo is written: after the regulation's publication (so the monitoring gate
lets them in) and well inside the 90 days of retention. Times are UTC.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

_HOURLY_WEIGHT: tuple[int, ...] = (
    # 00 01 02 03 04 05 06 07  08  09  10  11  12  13  14  15  16  17 18 19 20 21 22 23
    0, 0, 0, 0, 0, 0, 1, 6, 14, 18, 19, 16, 10, 15, 18, 17, 12, 5, 2, 1, 1, 1, 0, 0
)  # fmt: skip
"""Relative activity per hour of a working day: start at eight, a dip at lunch, gone by six."""
_LUNCH_HOUR = 12


@dataclass(frozen=True, slots=True)
class LogMonth:
    year: int
    month: int

    @classmethod
    def before(cls, today: dt.date) -> LogMonth:
        """The calendar month before ``today``'s month."""
        first = today.replace(day=1) - dt.timedelta(days=1)
        return cls(first.year, first.month)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def days(self) -> tuple[dt.date, ...]:
        day = self.first_day
        result = []
        while day.month == self.month:
            result.append(day)
            day += dt.timedelta(days=1)
        return tuple(result)

    @property
    def working_days(self) -> tuple[dt.date, ...]:
        return tuple(day for day in self.days if day.weekday() < 5)

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def working_moment(rng: random.Random, day: dt.date) -> dt.datetime:
    """A moment of ``day`` drawn from the working-hours rhythm (UTC)."""
    hour = rng.choices(range(24), weights=_HOURLY_WEIGHT)[0]
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC) + dt.timedelta(
        seconds=rng.randrange(3600), milliseconds=rng.randrange(1000)
    )


def lunch_moment(rng: random.Random, day: dt.date) -> dt.datetime:
    """A moment of the lunch break or just after work, when private browsing is allowed."""
    hour = rng.choice((_LUNCH_HOUR, _LUNCH_HOUR, 17, 18))
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC) + dt.timedelta(
        seconds=rng.randrange(3600), milliseconds=rng.randrange(1000)
    )


def off_hours_moment(rng: random.Random, day: dt.date) -> dt.datetime:
    """A moment in the evening or at night (an update check, a laptop left on)."""
    hour = rng.choice((6, 19, 20, 21, 22, 23))
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC) + dt.timedelta(
        seconds=rng.randrange(3600), milliseconds=rng.randrange(1000)
    )
