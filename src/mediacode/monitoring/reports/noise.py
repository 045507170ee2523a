"""Differential privacy for one table: per-person contributions bounded, Laplace noise added.

The privacy unit is a person (a pseudonym) in a period. Each figure is
recomputed from the per-person rows with every person's contribution clamped
to the figure's bound, so one person moves a department's figure by at most
the bound; Laplace noise of scale bound/ε_figure follows. A person counts in
their department row and in the total, and every figure is a release, so the
report's ε is split over 2 × figures. ``users`` stays exact: suppression
decides on it, and it is the disclosure-control dimension (ADR 0076).
"""

from __future__ import annotations

from collections.abc import Iterable

from mediacode.monitoring.controls.control import Control, ControlRefusedError, Figure
from mediacode.monitoring.engines.engine import Row
from mediacode.monitoring.reports.laplace import Noise
from mediacode.monitoring.reports.report import ReportRow
from mediacode.monitoring.reports.table import derive_shares

DEFAULT_BOUNDS = {"count": 100.0, "sum": 1e8}
"""Bounds for figures of the organization's own controls: 100 events or 100 MB per person and period."""


def bound_of(figure: Figure) -> float:
    return figure.bound if figure.bound is not None else DEFAULT_BOUNDS[figure.kind]


def check_noisable(control: Control) -> None:
    for figure in control.queried_figures:
        if figure.kind not in DEFAULT_BOUNDS:
            raise ControlRefusedError(
                f"the control {control.name!r} returns {figure.name!r}, which is neither COUNT nor SUM, "
                "so differential privacy cannot be applied to it; leave it out or switch differential "
                "privacy off"
            )


def add_noise(
    control: Control, rows: list[ReportRow], person_rows: Iterable[Row], epsilon: float, noise: Noise
) -> None:
    """Replace the figures of ``rows`` (one table) by noisy clamped sums, in place."""
    figures = control.queried_figures
    per_figure = epsilon / (2 * len(figures))
    sums: dict[tuple[bool, str | None], dict[str, float]] = {}
    for person in person_rows:
        department = person.get("department")
        key_department = department if isinstance(department, str) else None
        for figure in figures:
            value = person.get(figure.name)
            clamped = min(max(float(value), 0.0), bound_of(figure)) if isinstance(value, int | float) else 0.0
            for key in ((False, key_department), (True, None)):
                bucket = sums.setdefault(key, {})
                bucket[figure.name] = bucket.get(figure.name, 0.0) + clamped
    for row in rows:
        bucket = sums.get((row.total, row.raw_department if not row.total else None), {})
        for figure in figures:
            noisy = noise(bucket.get(figure.name, 0.0), bound_of(figure) / per_figure)
            row.figures[figure.name] = max(0, round(noisy))
        derive_shares(control, row)
