"""A report as the pages show it: per control and period a bar chart (inline SVG) and its table.

Suppressed cells carry the word "suppressed" in the page's language, never a
number; the chart draws no bar for them. The table is the accessible
alternative to the chart (the chart is labelled by its caption).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from mediacode.i18n import Gettext
from mediacode.monitoring.reports.formats.cells import cell
from mediacode.monitoring.reports.formats.svg_chart import bar_chart
from mediacode.monitoring.reports.report import TOTAL, UNKNOWN, Report, ReportRow


@dataclass(frozen=True)
class TableRow:
    department: str
    cells: tuple[str, ...]
    suppressed: bool
    total: bool


@dataclass(frozen=True)
class ChartTable:
    control: str
    period: str
    title: str
    svg: Markup
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]


def department_label(row: ReportRow, gettext: Gettext) -> str:
    if row.total or row.department == TOTAL:
        return gettext("All departments")
    if row.department == UNKNOWN:
        return gettext("Unknown accounts")
    return row.department


def chart_tables(report: Report, gettext: Gettext) -> list[ChartTable]:
    suppressed = gettext("suppressed")
    tables: list[ChartTable] = []
    for control in report.controls:
        names = report.figure_names[control]
        for period in report.periods:
            rows = [r for r in report.rows if r.control == control and r.period == period]
            if not rows:
                continue
            title = gettext("{control}: {figure} per department, {period}").format(
                control=control, figure=names[0], period=period
            )
            bars = [
                (department_label(r, gettext), None if r.suppressed else float(r.figures[names[0]]))
                for r in rows
                if not r.total
            ]
            svg = Markup(bar_chart(f"chart-{control}-{period}", title, bars, suppressed))  # noqa: S704 - escaped by bar_chart  # nosec B704  # bar_chart escapes every text
            table_rows = tuple(
                TableRow(
                    department_label(r, gettext),
                    tuple(suppressed if r.suppressed else cell(r, n) for n in (*names, "users")),
                    r.suppressed,
                    r.total,
                )
                for r in rows
            )
            tables.append(ChartTable(control, period, title, svg, (*names, "users"), table_rows))
    return tables
