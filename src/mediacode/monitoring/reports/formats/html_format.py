"""``report --format html``: one standalone page, a bar chart per control and period, and the table itself.

Everything is inline (style and SVG); the page loads nothing from anywhere.
The table is the accessible alternative to each chart.
"""

from __future__ import annotations

from html import escape

from mediacode.monitoring.reports.formats.cells import cell
from mediacode.monitoring.reports.formats.svg_chart import bar_chart
from mediacode.monitoring.reports.report import Report

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
table { border-collapse: collapse; margin: 1rem 0 2rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.6rem; text-align: right; }
th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
.bar { fill: #2f6f9f; } .suppressed { fill: #666; font-style: italic; }
svg text { font-size: 13px; }
"""


def render_html(report: Report) -> str:
    title = f"{report.organization}: {report.purpose}"
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(report.purpose_description)}. Minimum group size {report.min_group_size}; rows behind "
        f"fewer people are shown as suppressed.</p>",
    ]
    if not report.periods:
        body.append("<p>No stored data for the period asked.</p>")
    for control in report.controls:
        names = report.figure_names[control]
        body.append(f"<h2>{escape(control)}</h2>")
        for period in report.periods:
            rows = [r for r in report.rows if r.control == control and r.period == period]
            if not rows:
                continue
            chart_title = f"{control}, {names[0]} per department, {period}"
            bars = [
                (r.department, None if r.suppressed else float(r.figures[names[0]]))
                for r in rows
                if not r.total
            ]
            body.append(f"<figure>{bar_chart(f'{control}-{period}', chart_title, bars)}")
            body.append(
                f"<figcaption>{escape(chart_title)} (the table below holds the same figures)</figcaption>"
            )
            body.append("</figure>")
            head = "".join(
                f"<th scope='col'>{escape(h)}</th>" for h in ["period", "department", *names, "users"]
            )
            lines = [
                "<tr>"
                + "".join(f"<td>{escape(v)}</td>" for v in [r.period, r.department])
                + "".join(f"<td>{escape(cell(r, n))}</td>" for n in (*names, "users"))
                + "</tr>"
                for r in rows
            ]
            body.append(f"<table><caption>{escape(chart_title)}</caption><thead><tr>{head}</tr></thead>")
            body.append("<tbody>" + "".join(lines) + "</tbody></table>")
    if report.flags:
        body.append("<h2>Flags</h2><p>Pseudonyms only; a flag can only open a case.</p><ul>")
        body += [
            f"<li>{escape(f.period)} {escape(f.control)} {escape(f.pseudonym)}: "
            f"{f.times_department_median:g}× the department median</li>"
            for f in report.flags
        ]
        body.append("</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
