"""The state of one re-identification case, as the services hand it to the rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class CaseStatus(StrEnum):
    """``open`` -> ``approved`` -> ``revealed`` -> ``closed``; ``refused`` when an approver says no."""

    OPEN = "open"
    APPROVED = "approved"
    REFUSED = "refused"
    REVEALED = "revealed"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Approval:
    approver: str
    """Person id of the approver."""
    role: str
    """The role of ``reidentification_approvers`` this approval fills."""
    approved: bool
    comment: str | None
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    pseudonym: str
    purpose: str
    reason: str
    from_on: dt.date
    to_on: dt.date
    covert: bool
    dpia: str | None
    opened_by: str
    opened_at: dt.datetime
    status: CaseStatus
    approvals: tuple[Approval, ...] = ()
    revealed_on: dt.date | None = None
    notified_on: dt.date | None = None
    discussed_on: dt.date | None = None
    closed_on: dt.date | None = None
    outcome: str | None = None

    @property
    def granted(self) -> tuple[Approval, ...]:
        return tuple(a for a in self.approvals if a.approved)
