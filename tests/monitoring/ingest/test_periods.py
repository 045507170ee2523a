from __future__ import annotations

import datetime as dt

import pytest

from mediacode.monitoring.periods import BadPeriodError, PeriodKind, kind_of, period_bounds, period_of
from mediacode.monitoring.retention import is_period_expired, keep_from, period_expires_on

D = dt.date


@pytest.mark.parametrize(
    ("day", "kind", "period", "start", "end"),
    [
        (D(2026, 3, 19), "month", "2026-03", D(2026, 3, 1), D(2026, 3, 31)),
        (D(2024, 2, 29), "month", "2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        (D(2026, 12, 31), "month", "2026-12", D(2026, 12, 1), D(2026, 12, 31)),
        (D(2026, 3, 19), "quarter", "2026-Q1", D(2026, 1, 1), D(2026, 3, 31)),
        (D(2026, 10, 1), "quarter", "2026-Q4", D(2026, 10, 1), D(2026, 12, 31)),
        (D(2026, 3, 19), "week", "2026-W12", D(2026, 3, 16), D(2026, 3, 22)),
        # ISO weeks cross the turn of the year
        (D(2027, 1, 1), "week", "2026-W53", D(2026, 12, 28), D(2027, 1, 3)),
        (D(2024, 12, 30), "week", "2025-W01", D(2024, 12, 30), D(2025, 1, 5)),
    ],
)
def test_period_of_and_bounds(
    day: dt.date, kind: PeriodKind, period: str, start: dt.date, end: dt.date
) -> None:
    assert period_of(day, kind) == period
    assert kind_of(period) == kind
    assert period_bounds(period) == (start, end)
    assert start <= day <= end


@pytest.mark.parametrize("text", ["2026-13", "2026-3", "2026-W54", "2026-Q5", "../2026-03", "", "2025-W53"])
def test_bad_period(text: str) -> None:
    with pytest.raises(BadPeriodError):
        period_bounds(text)


@pytest.mark.parametrize(
    ("period", "today", "days", "expired", "expires_on"),
    [
        ("2026-03", D(2026, 6, 29), 90, False, D(2026, 6, 30)),
        ("2026-03", D(2026, 6, 30), 90, True, D(2026, 6, 30)),
        ("2026-W12", D(2026, 4, 1), 10, False, D(2026, 4, 2)),
        ("2026-W12", D(2026, 4, 2), 10, True, D(2026, 4, 2)),
        ("2026-Q1", D(2030, 1, 1), None, False, None),
    ],
)
def test_period_expiry(
    period: str, today: dt.date, days: int | None, expired: bool, expires_on: dt.date | None
) -> None:
    assert is_period_expired(period, keep_from(today, days)) is expired
    assert period_expires_on(period, days) == expires_on
