"""Primary and secondary cell suppression for one table: the departments of one control and period.

Primary: a row behind fewer than ``min_group_size`` people is suppressed.
Secondary (the standard rule for a table with a published total): when the
total is shown and the suppressed departments are exactly one, or together
still fewer than ``min_group_size`` people, the next smallest department is
suppressed too, until the total minus the shown rows only reveals a combined
figure of at least ``min_group_size`` people. When that cannot be reached,
the total is suppressed instead.
"""

from __future__ import annotations

from mediacode.monitoring.reports.report import ReportRow

PRIMARY = "primary"
SECONDARY = "secondary"


def suppress_table(rows: list[ReportRow], min_group_size: int) -> None:
    """Mark suppressed rows of one table in place (department rows and at most one total row)."""
    for row in rows:
        if row.users < min_group_size:
            _mark(row, PRIMARY)
    cells = [row for row in rows if not row.total]
    totals = [row for row in rows if row.total]
    if not any(c.suppressed for c in cells) or all(t.suppressed for t in totals):
        return
    while _derivable(cells, min_group_size):
        shown = sorted((c for c in cells if not c.suppressed), key=lambda c: (c.users, c.department))
        if not shown:
            break
        _mark(shown[0], SECONDARY)
    if _derivable(cells, min_group_size):
        for total in totals:
            _mark(total, SECONDARY)


def _derivable(cells: list[ReportRow], min_group_size: int) -> bool:
    hidden = [c for c in cells if c.suppressed]
    if not hidden:
        return False
    return len(hidden) == 1 or sum(c.users for c in hidden) < min_group_size


def _mark(row: ReportRow, reason: str) -> None:
    if not row.suppressed:
        row.suppressed = True
        row.suppression = reason
