"""The report as data: rows per control, period and department, flags, and how it was made."""

from __future__ import annotations

from dataclasses import dataclass, field

Number = int | float

TOTAL = "(all)"
"""The department label of a total row."""
UNKNOWN = "(unknown account)"
"""The department label of accounts that resolve to nobody in people.csv."""


@dataclass
class ReportRow:
    control: str
    period: str
    department: str
    users: int
    figures: dict[str, Number]
    total: bool = False
    suppressed: bool = False
    suppression: str | None = None
    """``primary`` (fewer people than the minimum) or ``secondary`` (would reveal a primary one)."""
    raw_department: str | None = None
    """The stored department (None for unknown accounts and for the total)."""

    def as_dict(self, figure_names: tuple[str, ...]) -> dict[str, object]:
        row: dict[str, object] = {
            "control": self.control,
            "department": self.department,
            "period": self.period,
            "total": self.total,
        }
        for name in figure_names:
            row[name] = None if self.suppressed else self.figures.get(name)
        row["users"] = None if self.suppressed else self.users
        row["suppressed"] = self.suppressed
        return row


@dataclass(frozen=True)
class FlagEntry:
    """A pseudonym far above its department's median: a reason to consider a case, never a verdict."""

    control: str
    period: str
    pseudonym: str
    times_department_median: float
    action: str

    def as_dict(self) -> dict[str, object]:
        return {
            "control": self.control,
            "period": self.period,
            "pseudonym": self.pseudonym,
            "times_department_median": self.times_department_median,
            "action": self.action,
        }


@dataclass(frozen=True)
class PrivacyNote:
    epsilon: float
    """ε spent per control and period by this report."""
    remaining: dict[str, float]
    """ε left per period after this report."""


@dataclass
class Report:
    organization: str
    purpose: str
    purpose_description: str
    controls: tuple[str, ...]
    figure_names: dict[str, tuple[str, ...]]
    period: str | None
    periods: tuple[str, ...]
    min_group_size: int
    engine: str
    rows: list[ReportRow] = field(default_factory=list)
    flags: list[FlagEntry] = field(default_factory=list)
    privacy: PrivacyNote | None = None

    def all_figure_names(self) -> tuple[str, ...]:
        names: list[str] = []
        for control in self.controls:
            names += [n for n in self.figure_names[control] if n not in names]
        return tuple(names)
