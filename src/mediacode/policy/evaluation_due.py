"""When the regulation is next due for evaluation (``governance.evaluate_every_months``)."""

from __future__ import annotations

import calendar
import datetime as dt

from mediacode.org.schema import GovernanceSection


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def next_evaluation_on(governance: GovernanceSection) -> dt.date | None:
    """The last evaluation (or else the publication) plus the interval; None when either is unknown."""
    since = governance.last_evaluated_on or governance.published_on
    if since is None or governance.evaluate_every_months is None:
        return None
    return add_months(since, governance.evaluate_every_months)
