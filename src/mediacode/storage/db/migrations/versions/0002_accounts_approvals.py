"""Web app: users, sessions, failed sign-ins, approval requests, notifications, acknowledgements.

Revision ID: 0002_accounts_approvals
Revises: 0001_cases
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_accounts_approvals"
down_revision = "0001_cases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("person_id", sa.String(100), primary_key=True),
        sa.Column("password_hash", sa.String(300), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("person_id", sa.String(100), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_web_sessions_person_id", "web_sessions", ["person_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_login_attempts_key", "login_attempts", ["key"])
    op.create_table(
        "approval_requests",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("approver", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("verdict", sa.String(30), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("delete_after_on", sa.Date(), nullable=True),
    )
    op.create_index("ix_approval_requests_author", "approval_requests", ["author"])
    op.create_index("ix_approval_requests_approver", "approval_requests", ["approver"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column(
            "request_id",
            sa.Integer(),
            sa.ForeignKey("approval_requests.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_notifications_person_id", "notifications", ["person_id"])
    op.create_table(
        "acknowledgements",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.String(100), nullable=False),
        sa.Column("document", sa.String(30), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("document_hash", sa.String(80), nullable=False),
        sa.Column("monitoring_hash", sa.String(80), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_acknowledgements_person_id", "acknowledgements", ["person_id"])


def downgrade() -> None:
    op.drop_table("acknowledgements")
    op.drop_table("notifications")
    op.drop_table("approval_requests")
    op.drop_table("login_attempts")
    op.drop_table("web_sessions")
    op.drop_table("users")
