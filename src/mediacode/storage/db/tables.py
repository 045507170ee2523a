"""The tables of cases, their approvals and their events (ORM classes ``XRow``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pseudonym: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    from_on: Mapped[dt.date] = mapped_column(Date)
    to_on: Mapped[dt.date] = mapped_column(Date)
    covert: Mapped[bool] = mapped_column(Boolean, default=False)
    dpia: Mapped[str | None] = mapped_column(String(200), nullable=True)
    opened_by: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str | None] = mapped_column(String(100), nullable=True)
    """Person id of the subject, set by the reveal (and only then)."""
    revealed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    discussed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str | None] = mapped_column(Text, nullable=True)

    approvals: Mapped[list[CaseApprovalRow]] = relationship(
        back_populates="case", order_by="CaseApprovalRow.id"
    )
    events: Mapped[list[CaseEventRow]] = relationship(back_populates="case", order_by="CaseEventRow.id")


class CaseApprovalRow(Base):
    """One decision on a case; one per person and one per role slot, enforced by the database."""

    __tablename__ = "case_approvals"
    __table_args__ = (
        UniqueConstraint("case_id", "approver", name="uq_case_approvals_case_approver"),
        UniqueConstraint("case_id", "role", name="uq_case_approvals_case_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    approver: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(100))
    approved: Mapped[bool] = mapped_column(Boolean)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)

    case: Mapped[CaseRow] = relationship(back_populates="approvals")


class CaseEventRow(Base):
    """Each step of a case, in order: opened, approved, refused, revealed, notified, discussed, closed."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    case: Mapped[CaseRow] = relationship(back_populates="events")
