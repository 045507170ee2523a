"""Bodies of the rooms' JSON API: reports, cases, the works council, the administrator."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class FlagOut(BaseModel):
    control: str
    period: str
    pseudonym: str
    times_department_median: float
    action: str


class ReportOut(BaseModel):
    """A purpose's report: suppressed rows have ``suppressed: true`` and null figures. Flags only
    for the privacy officer (empty for the works council)."""

    organization: str
    purpose: str
    controls: list[str]
    periods: list[str]
    min_group_size: int
    rows: list[dict[str, Any]]
    flags: list[FlagOut]


class CaseApprovalOut(BaseModel):
    approver: str
    role: str
    decision: Literal["approved", "refused"]
    comment: str | None
    at: str


class CaseOut(BaseModel):
    """A case with its pseudonym; ``subject`` (a person id, never a name) only for the privacy officer."""

    model_config = ConfigDict(populate_by_name=True)
    id: int
    status: Literal["open", "approved", "refused", "revealed", "closed"]
    pseudonym: str
    purpose: str
    reason: str
    from_: str = Field(alias="from")
    to: str
    covert: bool
    dpia: str | None
    opened_by: str
    opened_at: str
    approvals: list[CaseApprovalOut]
    approvals_needed: list[str]
    subject: str | None
    revealed_on: str | None
    notified_on: str | None
    discussed_on: str | None
    discuss_by: str | None
    overdue: bool
    closed_on: str | None
    outcome: str | None


class CaseOpenIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    pseudonym: str = Field(max_length=64)
    purpose: str = Field(max_length=200)
    reason: str = Field(max_length=4000)
    from_: dt.date = Field(alias="from")
    to: dt.date
    covert: bool = False
    dpia: str | None = Field(default=None, max_length=200)


class CaseDecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Literal["approve", "refuse"]
    comment: str | None = Field(default=None, max_length=2000)


class DayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    on: dt.date


class OutcomeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    outcome: str = Field(max_length=4000)


class RevealedOut(BaseModel):
    """The one answer that names a person: to the privacy officer, after two approvals."""

    case_id: int
    period: str
    person_id: str
    name: str
    department: str


class ConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    on: dt.date
    reference: str = Field(min_length=1, max_length=200)


class AccountOut(BaseModel):
    person_id: str
    roles: list[str]
    password_set: bool
    disabled: bool
