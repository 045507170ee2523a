"""One table of a report: the rows of one control and period, built from the engine's answers."""

from __future__ import annotations

from collections.abc import Sequence

from mediacode.monitoring.controls.control import DIMENSION, USERS, Control, ControlRefusedError
from mediacode.monitoring.engines.engine import Row
from mediacode.monitoring.reports.report import TOTAL, UNKNOWN, Number, ReportRow

SHARE_DIGITS = 4


def build_table(
    control: Control, period: str, departments: Sequence[Row], totals: Sequence[Row]
) -> list[ReportRow]:
    """Department rows in name order (unknown accounts last), then the total when there is any row."""
    rows = [_row(control, period, found, total=False) for found in departments]
    rows.sort(key=lambda r: (r.raw_department is None, r.raw_department or ""))
    if rows:
        rows.extend(_row(control, period, found, total=True) for found in totals)
    for row in rows:
        derive_shares(control, row)
    return rows


def _row(control: Control, period: str, found: Row, total: bool) -> ReportRow:
    department = found.get(DIMENSION)
    if department is not None and not isinstance(department, str):
        department = str(department)
    users = found.get(USERS)
    figures: dict[str, Number] = {}
    for figure in control.queried_figures:
        value = found.get(figure.name)
        if value is None:
            value = 0
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ControlRefusedError(
                f"the control {control.name!r} returns {figure.name!r}, which is not a number; "
                f"a report only holds numbers"
            )
        figures[figure.name] = value
    return ReportRow(
        control=control.name,
        period=period,
        department=TOTAL if total else (department if department is not None else UNKNOWN),
        users=int(users) if isinstance(users, int | float) else 0,
        figures=figures,
        total=total,
        raw_department=None if total else department,
    )


def derive_shares(control: Control, row: ReportRow) -> None:
    for figure in control.figures:
        if figure.kind != "share" or figure.numerator is None or figure.denominator is None:
            continue
        numerator = row.figures.get(figure.numerator, 0)
        denominator = row.figures.get(figure.denominator, 0)
        share = numerator / denominator if denominator else 0.0
        row.figures[figure.name] = round(min(max(share, 0.0), 1.0), SHARE_DIGITS)
