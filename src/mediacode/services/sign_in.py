"""Use case: sign in with a local password, rate-limited per username and per client.

Failed attempts are stored in the database under a keyed hash (HMAC-SHA256
with the app's secret) of the username or of the client address, so the
table holds neither. ``MAX_USER_FAILURES`` failures for one username, or
``MAX_CLIENT_FAILURES`` from one client, within ``LOCKOUT`` lock that
username or client out until ``LOCKOUT`` has passed since the last failure;
a correct password does not help meanwhile.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from mediacode.org.organization import Organization
from mediacode.org.people import Person
from mediacode.services.access_errors import LockedOutError, SignInError
from mediacode.services.clock import utc_now
from mediacode.storage.db import account_repository as accounts
from mediacode.storage.db.database import Database

LOCKOUT = dt.timedelta(minutes=15)
MAX_USER_FAILURES = 5
MAX_CLIENT_FAILURES = 20


def find_by_username(org: Organization, username: str) -> Person | None:
    """A person by id, or by e-mail address (case-insensitive)."""
    username = username.strip()
    person = org.find_person(username)
    if person is not None:
        return person
    lowered = username.lower()
    if "@" in lowered:
        return next((p for p in org.people if p.email and p.email == lowered), None)
    return None


def attempt_key(secret: bytes, kind: str, value: str) -> str:
    return hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def _locked(session: Session, key: str, limit: int, now: dt.datetime) -> bool:
    return accounts.count_failures(session, key, now - LOCKOUT) >= limit


def authenticate(
    db: Database,
    org: Organization,
    username: str,
    password: str,
    client: str,
    secret: bytes,
    now: dt.datetime | None = None,
) -> str:
    """The person id of a correct sign-in; ``SignInError`` (or ``LockedOutError``) otherwise."""
    moment = now or utc_now()
    person = find_by_username(org, username)
    user_key = attempt_key(secret, "user", person.id if person else username.strip().lower())
    client_key = attempt_key(secret, "client", client)
    with db.transaction() as session:
        accounts.forget_failures_before(session, moment - LOCKOUT)
        if _locked(session, user_key, MAX_USER_FAILURES, moment) or _locked(
            session, client_key, MAX_CLIENT_FAILURES, moment
        ):
            raise LockedOutError(
                "too many failed sign-ins; wait 15 minutes and try again, or ask an administrator"
            )
        row = accounts.find_user(session, person.id) if person else None
        stored = row.password_hash if row is not None and not row.disabled else None
        if _verify(stored, password) and person is not None:
            accounts.clear_failures(session, user_key)
            return person.id
        accounts.add_failure(session, user_key, moment)
        accounts.add_failure(session, client_key, moment)
    raise SignInError("the username or the password is wrong")


@cache
def _dummy_hash() -> str:
    return PasswordHasher().hash("not a password anyone has")


def _verify(stored: str | None, password: str) -> bool:
    """Check the password; without a stored hash, spend the same time on a dummy one."""
    try:
        return PasswordHasher().verify(stored or _dummy_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False
