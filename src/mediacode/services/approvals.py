"""Use cases of post approval: ask, list one's own requests, the approver's queue, decide.

Checking a post stores nothing; only asking for approval stores the draft,
with the findings of a fresh review, until the decision plus
``social_media.approval_retention_days``. Expired requests are deleted
whenever requests are listed or decided. A request somebody may not see is
``NotFoundError``: its existence is not confirmed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mediacode.errors import InputError, NotFoundError
from mediacode.org.app_roles import approver_of
from mediacode.org.organization import Organization
from mediacode.review.reviewer import reviewer_for
from mediacode.services import audit
from mediacode.services.access_errors import AlreadyDecidedError, NoApproverError
from mediacode.services.clock import utc_now
from mediacode.storage.db import approval_repository as store
from mediacode.storage.db.approval_tables import ApprovalRequestRow, NotificationRow
from mediacode.storage.db.database import Database

MAX_DRAFT_LENGTH = 20_000
MAX_COMMENT_LENGTH = 2_000


class Status(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ApprovalView:
    id: int
    author: str
    author_name: str
    approver: str
    approver_name: str
    text: str
    language: str
    verdict: str
    findings: tuple[dict[str, Any], ...]
    status: Status
    comment: str | None
    created_at: dt.datetime
    decided_at: dt.datetime | None
    delete_after_on: dt.date | None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "author": self.author,
            "author_name": self.author_name,
            "approver": self.approver,
            "approver_name": self.approver_name,
            "text": self.text,
            "language": self.language,
            "verdict": self.verdict,
            "findings": list(self.findings),
            "status": self.status.value,
            "comment": self.comment,
            "created_at": self.created_at.isoformat() + "Z",
            "decided_at": self.decided_at.isoformat() + "Z" if self.decided_at else None,
            "delete_after_on": self.delete_after_on.isoformat() if self.delete_after_on else None,
        }


def _name(org: Organization, person_id: str) -> str:
    person = org.find_person(person_id)
    return person.name if person else person_id


def _view(org: Organization, row: ApprovalRequestRow) -> ApprovalView:
    return ApprovalView(
        id=row.id,
        author=row.author,
        author_name=_name(org, row.author),
        approver=row.approver,
        approver_name=_name(org, row.approver),
        text=row.text,
        language=row.language,
        verdict=row.verdict,
        findings=tuple(json.loads(row.findings)),
        status=Status(row.status),
        comment=row.comment,
        created_at=row.created_at,
        decided_at=row.decided_at,
        delete_after_on=row.delete_after_on,
    )


def check_draft(text: str) -> str:
    if not text.strip():
        raise InputError("the text is empty; write the post you want to check")
    if len(text) > MAX_DRAFT_LENGTH:
        raise InputError(f"the text is too long; a post has at most {MAX_DRAFT_LENGTH} characters")
    return text


def ask_approval(db: Database, org: Organization, author_id: str, text: str) -> ApprovalView:
    """Store the draft for the author's approver, with the findings of a fresh review."""
    author = org.get_person(author_id)
    check_draft(text)
    approver = approver_of(org, author)
    if approver is None:
        raise NoApproverError(
            "nobody approves your posts under the policy (social_media.approver); ask the privacy officer"
        )
    decision = reviewer_for(org).review(text, author.id)
    data = decision.as_dict()
    row = ApprovalRequestRow(
        author=author.id,
        approver=approver.id,
        text=text,
        language=decision.language,
        verdict=decision.verdict.value,
        findings=json.dumps(data["findings"], ensure_ascii=False),
        status=Status.PENDING.value,
        created_at=utc_now(),
    )
    with db.transaction() as session:
        store.add_request(session, row)
        store.add_notification(
            session,
            NotificationRow(
                person_id=approver.id, kind="approval.requested", request_id=row.id, created_at=row.created_at
            ),
        )
        return _view(org, row)


def purge_expired(db: Database, today: dt.date | None = None) -> int:
    day = today or utc_now().date()
    with db.read() as session:  # the common case, nothing due, takes no write lock
        if not store.requests_due(session, day):
            return 0
    with db.transaction() as session:
        return store.delete_requests_due(session, day)


def my_requests(db: Database, org: Organization, author_id: str) -> list[ApprovalView]:
    purge_expired(db)
    with db.read() as session:
        return [_view(org, row) for row in store.requests_by(session, author_id)]


def approval_queue(db: Database, org: Organization, approver_id: str) -> list[ApprovalView]:
    """Requests whose approver is ``approver_id``: pending first, then decided ones still kept."""
    purge_expired(db)
    with db.read() as session:
        views = [_view(org, row) for row in store.requests_for(session, approver_id)]
    return sorted(views, key=lambda view: (view.status is not Status.PENDING, -view.id))


def get_request(db: Database, org: Organization, person_id: str, request_id: int) -> ApprovalView:
    """One request its author or approver may see; anyone else gets ``NotFoundError``."""
    with db.transaction() as session:
        row = store.find_request(session, request_id)
        if row is None or person_id not in (row.author, row.approver):
            raise NotFoundError(f"there is no approval request {request_id} for you")
        return _view(org, row)


def decide(
    db: Database, org: Organization, approver_id: str, request_id: int, approve: bool, comment: str | None
) -> ApprovalView:
    """Approve or reject a pending request; the author is notified in the app."""
    comment = (comment or "").strip() or None
    if comment is not None and len(comment) > MAX_COMMENT_LENGTH:
        raise InputError(f"the comment is too long; write at most {MAX_COMMENT_LENGTH} characters")
    now = utc_now()
    status = Status.APPROVED if approve else Status.REJECTED
    with db.transaction() as session:
        row = store.find_request(session, request_id)
        if row is None or row.approver != approver_id:
            raise NotFoundError(f"there is no approval request {request_id} for you")
        if row.status != Status.PENDING.value:
            raise AlreadyDecidedError(f"approval request {request_id} was {row.status} already")
        row.status = status.value
        row.comment = comment
        row.decided_at = now
        row.delete_after_on = now.date() + dt.timedelta(days=org.policy.social_media.approval_retention_days)
        store.add_notification(
            session,
            NotificationRow(
                person_id=row.author, kind=f"approval.{status.value}", request_id=row.id, created_at=now
            ),
        )
        view = _view(org, row)
    audit.record(
        org.root, approver_id, "approval.decide", {"request": request_id, "decision": status.value}, org=org
    )
    return view
