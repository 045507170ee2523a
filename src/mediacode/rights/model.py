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
class OwnRequest:
    """A post approval request the person made: their own draft and everything decided about it."""

    id: int
    text: str
    language: str
    verdict: str
    findings: tuple[dict[str, Any], ...]
    approver: str
    status: str
    comment: str | None
    created_at: dt.datetime
    decided_at: dt.datetime | None
    delete_after_on: dt.date | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "request": self.id,
            "text": self.text,
            "language": self.language,
            "verdict": self.verdict,
            "findings": list(self.findings),
            "approver": self.approver,
            "status": self.status,
            "comment": self.comment,
            "created_at": self.created_at.isoformat(),
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "delete_after_on": self.delete_after_on.isoformat() if self.delete_after_on else None,
        }


@dataclass(frozen=True)
class DecidedRequest:
    """A colleague's request the person was asked to decide: only that, never the colleague's draft."""

    id: int
    decided_on: dt.date | None
    """``None`` while it waits for the person's decision."""

    def as_dict(self) -> dict[str, Any]:
        return {"request": self.id, "decided_on": self.decided_on.isoformat() if self.decided_on else None}


@dataclass(frozen=True)
class Acknowledgement:
    document: str
    language: str
    document_hash: str
    monitoring_hash: str
    acknowledged_at: dt.datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "language": self.language,
            "document_hash": self.document_hash,
            "monitoring_hash": self.monitoring_hash,
            "acknowledged_at": self.acknowledged_at.isoformat(),
        }


@dataclass(frozen=True)
class Notification:
    kind: str
    request_id: int | None
    created_at: dt.datetime
    read_at: dt.datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "request": self.request_id,
            "created_at": self.created_at.isoformat(),
            "read_at": self.read_at.isoformat() if self.read_at else None,
        }


@dataclass(frozen=True)
class PostApprovals:
    """Everything of the post workflow held about one person."""

    own: tuple[OwnRequest, ...] = ()
    decided: tuple[DecidedRequest, ...] = ()
    acknowledgements: tuple[Acknowledgement, ...] = ()
    notifications: tuple[Notification, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": [r.as_dict() for r in self.own],
            "requests_to_decide": [r.as_dict() for r in self.decided],
            "acknowledgements": [a.as_dict() for a in self.acknowledgements],
            "notifications": [n.as_dict() for n in self.notifications],
        }


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
    posts: PostApprovals = field(default_factory=PostApprovals)
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
            "post_approvals": self.posts.as_dict(),
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
