"""What a control is: SQL over the stored tables giving figures per department, and how to read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mediacode.errors import InputError
from mediacode.org.schema import FlagRule

FigureKind = Literal["count", "sum", "value", "share"]
"""``count``/``sum`` may get DP noise; ``value`` (avg, max …) may not; ``share`` is derived after noise."""

PEER_CATEGORY = "peer_category"
"""Helper relation (``peer_domain``, ``category``) the service registers for controls that look at mail."""
PEER_CATEGORY_COLUMNS: tuple[tuple[str, str], ...] = (("peer_domain", "VARCHAR"), ("category", "VARCHAR"))

DIMENSION = "department"
USERS = "users"


class ControlRefusedError(InputError):
    """A control that may not run: unbound, unknown, unsafe SQL, or judging a person automatically."""


@dataclass(frozen=True)
class Figure:
    name: str
    kind: FigureKind
    numerator: str | None = None
    denominator: str | None = None
    """For a ``share``: the two figures it is the ratio of."""
    bound: float | None = None
    """Most one person may add to the figure in a period under differential privacy (None: the default)."""


@dataclass(frozen=True)
class Control:
    """One analysis. ``sql`` is DuckDB SQL grouped by ``department`` with a ``users`` column."""

    name: str
    description: str
    sql: str
    figures: tuple[Figure, ...]
    builtin: bool = True
    flag: FlagRule | None = None
    peer_categories: tuple[str, ...] = ()
    """Categories whose mail peers the control needs in ``peer_category``."""

    @property
    def queried_figures(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.kind != "share")

    @property
    def flag_figure(self) -> Figure:
        """The figure a flag compares with the department median: the first one the SQL returns."""
        return self.queried_figures[0]
