"""Users, sessions and failed sign-ins in the database: small queries the account services use."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mediacode.storage.db.account_tables import LoginAttemptRow, UserRow, WebSessionRow


def find_user(session: Session, person_id: str) -> UserRow | None:
    return session.get(UserRow, person_id)


def ensure_user(session: Session, person_id: str, now: dt.datetime) -> UserRow:
    row = session.get(UserRow, person_id)
    if row is None:
        row = UserRow(person_id=person_id, disabled=False, created_at=now, updated_at=now)
        session.add(row)
    return row


def list_users(session: Session) -> list[UserRow]:
    return list(session.scalars(select(UserRow).order_by(UserRow.person_id)))


def add_session(session: Session, row: WebSessionRow) -> None:
    session.add(row)


def find_session(session: Session, token_hash: str, now: dt.datetime) -> WebSessionRow | None:
    row = session.get(WebSessionRow, token_hash)
    if row is None or row.expires_at <= now:
        return None
    return row


def delete_session(session: Session, token_hash: str) -> None:
    session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash))


def delete_sessions_of(session: Session, person_id: str) -> None:
    session.execute(delete(WebSessionRow).where(WebSessionRow.person_id == person_id))


def delete_expired_sessions(session: Session, now: dt.datetime) -> None:
    session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at <= now))


def count_failures(session: Session, key: str, since: dt.datetime) -> int:
    query = select(func.count()).where(LoginAttemptRow.key == key, LoginAttemptRow.failed_at > since)
    return int(session.scalar(query) or 0)


def last_failure(session: Session, key: str) -> dt.datetime | None:
    return session.scalar(select(func.max(LoginAttemptRow.failed_at)).where(LoginAttemptRow.key == key))


def add_failure(session: Session, key: str, now: dt.datetime) -> None:
    session.add(LoginAttemptRow(key=key, failed_at=now))


def clear_failures(session: Session, key: str) -> None:
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.key == key))


def forget_failures_before(session: Session, before: dt.datetime) -> None:
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.failed_at <= before))
