"""What a subject access export holds, independent of where it was read from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

OTHER_PARTY = "another person"
"""Shown instead of a colleague's pseudonym in a mail row: their data is not the requester's."""


@dataclass(frozen=True)
class PeriodRows:
    period: str
    pseudonym: str | None
    status: str
    """``exported``, ``key destroyed`` (rows unlinkable, none can be found), ``sealed`` or ``no key``."""
    web: tuple[dict[str, Any], ...] = ()
    mail: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class SubjectAccess:
    person_id: str
    name: str
    department: str
    organization: str
    language: str
    made_on: dt.date
    periods: tuple[PeriodRows, ...]
    cases: tuple[dict[str, Any], ...]
    approvals_held: str | None
    """``None`` when no post approval or acknowledgement is stored at all."""
    held_where: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def row_count(self) -> int:
        return sum(len(p.web) + len(p.mail) for p in self.periods)

    def as_dict(self) -> dict[str, Any]:
        return {
            "person": {"id": self.person_id, "name": self.name, "department": self.department},
            "organization": self.organization,
            "made_on": self.made_on.isoformat(),
            "periods": [
                {
                    "period": p.period,
                    "pseudonym": p.pseudonym,
                    "status": p.status,
                    "web": [_plain(r) for r in p.web],
                    "mail": [_plain(r) for r in p.mail],
                }
                for p in self.periods
            ],
            "cases": list(self.cases),
            "post_approvals_and_acknowledgements": self.approvals_held
            or "none held: mediacode stores no post approval requests or acknowledgements",
            "held_where": [{"what": what, "where": where} for what, where in self.held_where],
        }


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date | dt.datetime) else v for k, v in row.items()}


def mask_mail_row(row: dict[str, Any], pseudonym: str) -> dict[str, Any]:
    """The row with the other internal party masked and the message hash left out."""
    masked = {k: v for k, v in row.items() if k != "message"}
    for column in ("sender", "recipient"):
        value = masked.get(column)
        if value is not None and value != pseudonym:
            masked[column] = OTHER_PARTY
    return masked
