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
import threading
import time
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
    db: Database,
    person_id: str,
    lifetime: dt.timedelta,
    replacing: str | None = None,
    cache: SessionCache | None = None,
) -> tuple[str, WebSession]:
    """A fresh token and its session; the session of ``replacing`` (the old cookie) ends at once,
    also in ``cache`` (else a planted session would live on for the cache's ttl)."""
    now = utc_now()
    if replacing and cache is not None:
        cache.drop(token_hash(replacing))
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


class SessionCache:
    """Sessions checked in the last ``ttl`` seconds, so a busy client costs one database read per ``ttl``.

    A sign-out through this process drops its entry at once; a password change or a
    disabled account made elsewhere (the ``users`` command) takes effect within ``ttl``.
    """

    def __init__(self, ttl: float = 2.0, size: int = 10_000) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: dict[str, tuple[float, WebSession | None]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[bool, WebSession | None]:
        with self._lock:
            entry = self._entries.get(key)
        if entry is None or time.monotonic() - entry[0] > self.ttl:
            return False, None
        return True, entry[1]

    def put(self, key: str, value: WebSession | None) -> None:
        with self._lock:
            if len(self._entries) >= self.size:
                self._entries.clear()
            self._entries[key] = (time.monotonic(), value)

    def drop(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        """Forget every checked session (an account was disabled or its password changed)."""
        with self._lock:
            self._entries.clear()


def find_session(db: Database, token: str, cache: SessionCache | None = None) -> WebSession | None:
    """The live session of ``token``, or None (expired, unknown, or its account disabled)."""
    key = token_hash(token)
    if cache is not None:
        hit, cached = cache.get(key)
        if hit:
            if cached is not None and cached.expires_at <= utc_now():
                return None
            return cached
    found = _read_session(db, token)
    if cache is not None:
        cache.put(key, found)
    return found


def _read_session(db: Database, token: str) -> WebSession | None:
    with db.read() as session:
        row = accounts.find_session(session, token_hash(token), utc_now())
        if row is None:
            return None
        user = accounts.find_user(session, row.person_id)
        if user is None or user.disabled or not user.password_hash:
            return None
        return WebSession(row.person_id, row.csrf_token, row.expires_at)


def close_session(db: Database, token: str, cache: SessionCache | None = None) -> None:
    if cache is not None:
        cache.drop(token_hash(token))
    with db.transaction() as session:
        accounts.delete_session(session, token_hash(token))
