"""Use cases of accounts: set a password, list who may sign in with their roles, disable, language.

Roles are derived from ``people.csv`` and the policy on every request
(:func:`mediacode.org.app_roles.app_roles_of`); the ``users`` table holds only
the password hash, the disabled flag and the chosen language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher

from mediacode.errors import InputError
from mediacode.i18n import LANGUAGES
from mediacode.org.app_roles import AppRole, app_roles_of
from mediacode.org.organization import Organization
from mediacode.services.access_errors import PasswordRuleError
from mediacode.services.clock import utc_now
from mediacode.storage.db import account_repository as accounts
from mediacode.storage.db.database import Database

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024


@dataclass(frozen=True)
class Account:
    person_id: str
    roles: tuple[AppRole, ...]
    can_sign_in: bool
    disabled: bool


def check_password_rule(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRuleError(f"the password is too short; use at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordRuleError(f"the password is too long; use at most {MAX_PASSWORD_LENGTH} characters")


def set_password(
    db: Database,
    org: Organization,
    person_id: str,
    password: str,
    *,
    hasher: PasswordHasher | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Store the argon2 hash of ``password``; re-enables the account and ends its sessions."""
    org.get_person(person_id)
    check_password_rule(password)
    hashed = (hasher or PasswordHasher()).hash(password)
    moment = now or utc_now()
    with db.transaction() as session:
        row = accounts.ensure_user(session, person_id, moment)
        row.password_hash = hashed
        row.disabled = False
        row.updated_at = moment
        accounts.delete_sessions_of(session, person_id)


def disable_account(db: Database, org: Organization, person_id: str, now: dt.datetime | None = None) -> None:
    """Stop ``person_id`` from signing in and end their sessions; the password hash is removed."""
    org.get_person(person_id)
    moment = now or utc_now()
    with db.transaction() as session:
        row = accounts.ensure_user(session, person_id, moment)
        row.disabled = True
        row.password_hash = None
        row.updated_at = moment
        accounts.delete_sessions_of(session, person_id)


def list_accounts(db: Database, org: Organization) -> list[Account]:
    """Everyone in ``people.csv`` with their roles and whether they can sign in (no hashes)."""
    with db.transaction() as session:
        rows = {row.person_id: row for row in accounts.list_users(session)}
    result: list[Account] = []
    for person in org.people:
        row = rows.get(person.id)
        roles = tuple(sorted(app_roles_of(org, person.id)))
        disabled = bool(row and row.disabled)
        can_sign_in = bool(row and row.password_hash and not row.disabled)
        result.append(Account(person.id, roles, can_sign_in, disabled))
    return result


def find_language(db: Database, person_id: str) -> str | None:
    with db.read() as session:
        row = accounts.find_user(session, person_id)
        return row.language if row else None


def set_language(db: Database, person_id: str, language: str) -> None:
    if language not in LANGUAGES:
        raise InputError(f"unsupported language {language!r}; choose one of {', '.join(LANGUAGES)}")
    moment = utc_now()
    with db.transaction() as session:
        row = accounts.ensure_user(session, person_id, moment)
        row.language = language
        row.updated_at = moment
