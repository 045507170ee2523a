"""``report --format text``: a readable table per control; suppressed cells read "suppressed"."""

from __future__ import annotations

from mediacode.monitoring.reports.formats.cells import cell
from mediacode.monitoring.reports.report import Report


def render_text(report: Report) -> str:
    lines = [
        f"{report.organization} — purpose {report.purpose}: {report.purpose_description}",
        f"minimum group size {report.min_group_size}; engine {report.engine}",
    ]
    if report.privacy is not None:
        left = ", ".join(f"{p}: {e:g}" for p, e in report.privacy.remaining.items())
        lines.append(
            f"differential privacy: ε {report.privacy.epsilon:g} per control and period (left {left})"
        )
    if not report.periods:
        lines.append("no stored data for the period asked")
    for control in report.controls:
        names = report.figure_names[control]
        header = ["period", "department", *names, "users"]
        body = [
            [row.period, row.department, *(cell(row, n) for n in names), cell(row, "users")]
            for row in report.rows
            if row.control == control
        ]
        lines += ["", f"{control}"]
        lines += _table(header, body)
    if report.flags:
        lines += ["", "flags (pseudonyms only; a flag can only open a case):"]
        lines += [
            f"  {f.period} {f.control} {f.pseudonym} {f.times_department_median:g}× the department median"
            for f in report.flags
        ]
    return "\n".join(lines) + "\n"


def _table(header: list[str], body: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        parts = [
            c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  " + "  ".join(parts).rstrip()

    rule = "  " + "  ".join("-" * w for w in widths)
    return [line(header), rule, *(line(r) for r in body)] if body else [line(header), rule, "  (no rows)"]
