"""How a figure is written in text, CSV and HTML: suppressed cells say so, numbers are grouped."""

from __future__ import annotations

from mediacode.monitoring.reports.report import ReportRow

SUPPRESSED = "suppressed"


def cell(row: ReportRow, name: str) -> str:
    if row.suppressed:
        return SUPPRESSED
    if name == "users":
        return f"{row.users:,}"
    value = row.figures.get(name)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return f"{value:,}"
