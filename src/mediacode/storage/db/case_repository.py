"""Cases in the database: rows in, core ``Case`` values out."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediacode.cases.errors import CaseRefusedError
from mediacode.cases.model import Approval, Case, CaseStatus
from mediacode.errors import NotFoundError
from mediacode.storage.db.tables import CaseApprovalRow, CaseEventRow, CaseRow


def to_case(row: CaseRow) -> Case:
    return Case(
        id=row.id,
        pseudonym=row.pseudonym,
        purpose=row.purpose,
        reason=row.reason,
        from_on=row.from_on,
        to_on=row.to_on,
        covert=row.covert,
        dpia=row.dpia,
        opened_by=row.opened_by,
        opened_at=row.opened_at,
        status=CaseStatus(row.status),
        approvals=tuple(Approval(a.approver, a.role, a.approved, a.comment, a.at) for a in row.approvals),
        revealed_on=row.revealed_on,
        notified_on=row.notified_on,
        discussed_on=row.discussed_on,
        closed_on=row.closed_on,
        outcome=row.outcome,
    )


def get_row(session: Session, case_id: int) -> CaseRow:
    """The case, locked until the transaction ends (``FOR UPDATE`` on PostgreSQL, where two approvals
    at once would otherwise each count only their own; SQLite's ``BEGIN IMMEDIATE`` already serialises)."""
    row = session.get(CaseRow, case_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"there is no case {case_id}")
    return row


def list_rows(session: Session) -> list[CaseRow]:
    return list(session.scalars(select(CaseRow).order_by(CaseRow.id)))


def rows_about(session: Session, person_id: str) -> list[CaseRow]:
    """Cases whose revealed subject is ``person_id``."""
    return list(session.scalars(select(CaseRow).where(CaseRow.subject == person_id).order_by(CaseRow.id)))


def add_event(
    session: Session, row: CaseRow, kind: str, actor: str, at: dt.datetime, on: dt.date | None
) -> None:
    session.add(CaseEventRow(case_id=row.id, kind=kind, actor=actor, at=at, on=on))


def add_approval(
    session: Session,
    row: CaseRow,
    approver: str,
    role: str,
    approved: bool,
    comment: str | None,
    at: dt.datetime,
) -> None:
    """Insert one decision; the unique constraints turn a concurrent duplicate into a refusal."""
    session.add(
        CaseApprovalRow(
            case_id=row.id, approver=approver, role=role, approved=approved, comment=comment, at=at
        )
    )
    try:
        session.flush()
    except IntegrityError:
        raise CaseRefusedError(
            f"case {row.id} already has a decision by {approver} or for the role {role}; "
            "the approval was not counted twice"
        ) from None
    session.refresh(row, ["approvals"])
