"""``report --format csv``: one line per row; a suppressed row has empty figures and ``users``."""

from __future__ import annotations

import csv
import io

from mediacode.monitoring.reports.report import Report


def render_csv(report: Report) -> str:
    figures = report.all_figure_names()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["purpose", "control", "period", "department", "total", *figures, "users", "suppressed"])
    for row in report.rows:
        values = ["" if row.suppressed else row.figures.get(name, "") for name in figures]
        users = "" if row.suppressed else row.users
        writer.writerow(
            [
                report.purpose,
                row.control,
                row.period,
                row.department,
                row.total,
                *values,
                users,
                row.suppressed,
            ]
        )
    return out.getvalue()
