"""Approval requests of posts, the author's notifications and acknowledged documents (ORM ``XRow``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mediacode.storage.db.tables import Base


class ApprovalRequestRow(Base):
    """A draft the author chose to submit; the only place a draft is ever stored.

    Kept until it is decided and ``social_media.approval_retention_days`` have
    passed (``delete_after_on``), then deleted with its text.
    """

    __tablename__ = "approval_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    author: Mapped[str] = mapped_column(String(100), index=True)
    approver: Mapped[str] = mapped_column(String(100), index=True)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    verdict: Mapped[str] = mapped_column(String(30))
    findings: Mapped[str] = mapped_column(Text)
    """The review's findings as JSON (``review.md``)."""
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    delete_after_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class NotificationRow(Base):
    """A message for one person in the app; holds a kind and a reference, never a draft."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("approval_requests.id", ondelete="CASCADE"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class AcknowledgementRow(Base):
    """A person read a document (code, regulation, notice) in the version whose hashes are stored."""

    __tablename__ = "acknowledgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(String(100), index=True)
    document: Mapped[str] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(8))
    document_hash: Mapped[str] = mapped_column(String(80))
    """``sha256:`` of the Markdown the person was shown."""
    monitoring_hash: Mapped[str] = mapped_column(String(80))
    """The policy's monitoring hash at that moment (what the works council consented to)."""
    acknowledged_at: Mapped[dt.datetime] = mapped_column(DateTime)
