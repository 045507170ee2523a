"""Retention arithmetic: what is still kept on a day, and when a day or a key period expires.

With ``retention_days`` R, a day d is kept while ``today - d <= R`` and goes
on day ``d + R + 1``; a period's key goes once its last day has gone. Without
a retention period in the policy nothing expires (lint rule P13 reports that).
"""

from __future__ import annotations

import datetime as dt

from mediacode.monitoring.periods import period_bounds


def keep_from(today: dt.date, retention_days: int | None) -> dt.date | None:
    """The oldest day still kept on ``today``; ``None`` when nothing expires."""
    if retention_days is None:
        return None
    return today - dt.timedelta(days=retention_days)


def day_expires_on(day: dt.date, retention_days: int | None) -> dt.date | None:
    if retention_days is None:
        return None
    return day + dt.timedelta(days=retention_days + 1)


def period_expires_on(period: str, retention_days: int | None) -> dt.date | None:
    """The day the period's key is destroyed: when its last day expires."""
    return day_expires_on(period_bounds(period)[1], retention_days)


def is_day_expired(day: dt.date, first_kept: dt.date | None) -> bool:
    return first_kept is not None and day < first_kept


def is_period_expired(period: str, first_kept: dt.date | None) -> bool:
    """Whether the whole period lies before the first kept day."""
    return first_kept is not None and period_bounds(period)[1] < first_kept
