"""Flags: pseudonyms whose figure is more than a factor times their department's median.

A flag names a pseudonym and a period, never a person, and only opens the way
to a case (P21). Departments whose row is suppressed raise no flags, since a
flag there would point into a group too small to report on.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable

from mediacode.monitoring.engines.engine import Row
from mediacode.monitoring.reports.report import FlagEntry

RATIO_DIGITS = 2


def find_flags(
    control: str,
    period: str,
    person_rows: Iterable[Row],
    figure: str,
    factor: float,
    action: str,
    shown_departments: set[str | None],
) -> list[FlagEntry]:
    values: dict[str | None, list[tuple[str, float]]] = defaultdict(list)
    for row in person_rows:
        department = row.get("department")
        value = row.get(figure)
        pseudonym = row.get("pseudonym")
        if not isinstance(value, int | float) or not isinstance(pseudonym, str):
            continue
        if department is None or isinstance(department, str):
            values[department].append((pseudonym, float(value)))
    flags: list[FlagEntry] = []
    for department, members in values.items():
        if department not in shown_departments:
            continue
        median = statistics.median(v for _, v in members)
        if median <= 0:
            continue
        for pseudonym, value in members:
            if value > factor * median:
                ratio = round(value / median, RATIO_DIGITS)
                flags.append(FlagEntry(control, period, pseudonym, ratio, action))
    return sorted(flags, key=lambda f: (f.period, f.control, f.pseudonym))
