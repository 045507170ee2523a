"""Use case: server-side sessions of the web app.

The browser's cookie holds a random token; the database holds its SHA-256,
the person and a CSRF token (synchronizer pattern). A new token is issued
at every sign-in and the one the browser brought is deleted, so a session
id planted before sign-in is worth nothing after it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from mediacode.services.clock import utc_now
from mediacode.storage.db import account_repository as accounts
from mediacode.storage.db.account_tables import WebSessionRow
from mediacode.storage.db.database import Database


@dataclass(frozen=True)
class WebSession:
    person_id: str
    csrf_token: str
    expires_at: dt.datetime


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(
    db: Database, person_id: str, lifetime: dt.timedelta, replacing: str | None = None
) -> tuple[str, WebSession]:
    """A fresh token and its session; the session of ``replacing`` (the old cookie) ends."""
    now = utc_now()
    token = secrets.token_urlsafe(32)
    row = WebSessionRow(
        token_hash=token_hash(token),
        person_id=person_id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        expires_at=now + lifetime,
    )
    with db.transaction() as session:
        accounts.delete_expired_sessions(session, now)
        if replacing:
            accounts.delete_session(session, token_hash(replacing))
        accounts.add_session(session, row)
    return token, WebSession(person_id, row.csrf_token, row.expires_at)


def find_session(db: Database, token: str) -> WebSession | None:
    with db.read() as session:
        row = accounts.find_session(session, token_hash(token), utc_now())
        if row is None:
            return None
        user = accounts.find_user(session, row.person_id)
        if user is None or user.disabled or not user.password_hash:
            return None
        return WebSession(row.person_id, row.csrf_token, row.expires_at)


def close_session(db: Database, token: str) -> None:
    with db.transaction() as session:
        accounts.delete_session(session, token_hash(token))
