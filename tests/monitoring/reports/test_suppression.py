"""Primary and secondary suppression: no suppressed cell can be recovered by subtraction."""

from __future__ import annotations

import pytest

from mediacode.monitoring.reports.report import TOTAL, ReportRow
from mediacode.monitoring.reports.suppression import suppress_table

K = 10


def table(users: dict[str, int], total: int | None = None) -> list[ReportRow]:
    rows = [ReportRow("c", "2026-11", name, count, {"hits": count * 2}) for name, count in users.items()]
    total_users = sum(users.values()) if total is None else total
    rows.append(ReportRow("c", "2026-11", TOTAL, total_users, {"hits": total_users * 2}, total=True))
    suppress_table(rows, K)
    return rows


def hidden(rows: list[ReportRow]) -> dict[str, str | None]:
    return {r.department: r.suppression for r in rows if r.suppressed}


@pytest.mark.parametrize(
    ("users", "expected"),
    [
        ({"A": 12, "B": 15, "C": 11}, {}),
        # One cell below k: total − shown would give it away, so the next smallest goes too.
        ({"A": 12, "B": 15, "C": 3, "D": 11}, {"C": "primary", "D": "secondary"}),
        # Two small cells that together are still fewer than k people: keep adding.
        ({"A": 30, "B": 15, "C": 3, "D": 4, "E": 20}, {"C": "primary", "D": "primary", "B": "secondary"}),
        # Two small cells that together reach k: nothing more to hide.
        ({"A": 30, "B": 15, "C": 6, "D": 7}, {"C": "primary", "D": "primary"}),
        # Ties are broken by name, so the result never depends on input order.
        ({"B": 12, "A": 12, "C": 2}, {"C": "primary", "A": "secondary"}),
        # A single department: its row and the total are the same small group.
        ({"A": 4}, {"A": "primary", TOTAL: "primary"}),
    ],
)
def test_suppression(users: dict[str, int], expected: dict[str, str]) -> None:
    assert hidden(table(users)) == expected


@pytest.mark.parametrize(
    "users",
    [
        {"A": 12, "B": 15, "C": 3, "D": 11},
        {"A": 30, "B": 15, "C": 3, "D": 4, "E": 20},
        {"A": 11, "B": 2},
        {"A": 40, "B": 9, "C": 10, "D": 1},
    ],
)
def test_no_suppressed_cell_is_derivable_from_the_total(users: dict[str, int]) -> None:
    rows = table(users)
    total = next(r for r in rows if r.total)
    cells = [r for r in rows if not r.total]
    hidden_cells = [r for r in cells if r.suppressed]
    if total.suppressed or not hidden_cells:
        return
    shown = sum(int(r.figures["hits"]) for r in cells if not r.suppressed)
    derived = int(total.figures["hits"]) - shown
    assert len(hidden_cells) >= 2
    assert derived == sum(int(r.figures["hits"]) for r in hidden_cells)
    assert sum(r.users for r in hidden_cells) >= K


def test_a_published_row_never_has_fewer_users_than_k() -> None:
    rows = table({"A": 9, "B": 10, "C": 11, "D": 1})
    assert all(r.users >= K for r in rows if not r.suppressed)


def test_a_suppressed_total_needs_no_secondary_suppression() -> None:
    rows = table({"A": 3, "B": 4}, total=7)
    assert hidden(rows) == {"A": "primary", "B": "primary", TOTAL: "primary"}


def test_suppressed_rows_carry_no_figures_in_json() -> None:
    rows = table({"A": 12, "B": 3, "C": 14})
    data = [r.as_dict(("hits",)) for r in rows]
    for row in data:
        if row["suppressed"]:
            assert row["hits"] is None and row["users"] is None
        else:
            assert isinstance(row["users"], int) and row["users"] >= K
