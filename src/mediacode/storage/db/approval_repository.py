"""Approval requests, notifications and acknowledgements in the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mediacode.storage.db.approval_tables import AcknowledgementRow, ApprovalRequestRow, NotificationRow


def add_request(session: Session, row: ApprovalRequestRow) -> ApprovalRequestRow:
    session.add(row)
    session.flush()
    return row


def find_request(session: Session, request_id: int) -> ApprovalRequestRow | None:
    return session.get(ApprovalRequestRow, request_id)


def requests_by(session: Session, author: str) -> list[ApprovalRequestRow]:
    query = select(ApprovalRequestRow).where(ApprovalRequestRow.author == author)
    return list(session.scalars(query.order_by(ApprovalRequestRow.id.desc())))


def requests_for(session: Session, approver: str) -> list[ApprovalRequestRow]:
    query = select(ApprovalRequestRow).where(ApprovalRequestRow.approver == approver)
    return list(session.scalars(query.order_by(ApprovalRequestRow.id.desc())))


def requests_due(session: Session, today: dt.date) -> list[int]:
    """Ids of decided requests whose retention has run out."""
    return list(
        session.scalars(
            select(ApprovalRequestRow.id).where(
                ApprovalRequestRow.delete_after_on.is_not(None), ApprovalRequestRow.delete_after_on < today
            )
        )
    )


def delete_requests_due(session: Session, today: dt.date) -> int:
    """Delete decided requests whose retention has run out, with their notifications."""
    due = requests_due(session, today)
    if due:
        session.execute(delete(NotificationRow).where(NotificationRow.request_id.in_(due)))
        session.execute(delete(ApprovalRequestRow).where(ApprovalRequestRow.id.in_(due)))
    return len(due)


def add_notification(session: Session, row: NotificationRow) -> None:
    session.add(row)


def notifications_of(session: Session, person_id: str) -> list[NotificationRow]:
    query = select(NotificationRow).where(NotificationRow.person_id == person_id)
    return list(session.scalars(query.order_by(NotificationRow.id.desc())))


def add_acknowledgement(session: Session, row: AcknowledgementRow) -> None:
    session.add(row)


def acknowledgements_of(session: Session, person_id: str) -> list[AcknowledgementRow]:
    query = select(AcknowledgementRow).where(AcknowledgementRow.person_id == person_id)
    return list(session.scalars(query.order_by(AcknowledgementRow.id)))


def delete_requests(session: Session, request_ids: list[int]) -> int:
    """Delete these requests with every notification about them; the number of notifications deleted."""
    if not request_ids:
        return 0
    notifications = list(
        session.scalars(select(NotificationRow.id).where(NotificationRow.request_id.in_(request_ids)))
    )
    session.execute(delete(NotificationRow).where(NotificationRow.request_id.in_(request_ids)))
    session.execute(delete(ApprovalRequestRow).where(ApprovalRequestRow.id.in_(request_ids)))
    return len(notifications)
