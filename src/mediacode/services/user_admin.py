"""The ``mediacode users`` use cases on an organization folder: open, act, close."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization
from mediacode.services import accounts
from mediacode.storage.db.database import Database, DatabaseSettings, open_database


@contextlib.contextmanager
def opened(
    org_root: Path, database: DatabaseSettings | None = None
) -> Iterator[tuple[Organization, Database]]:
    org = load_organization(org_root)
    db = open_database(org_root, database)
    try:
        yield org, db
    finally:
        db.close()


def set_password(
    org_root: Path, person_id: str, password: str, database: DatabaseSettings | None = None
) -> None:
    with opened(org_root, database) as (org, db):
        accounts.set_password(db, org, person_id, password)


def disable(org_root: Path, person_id: str, database: DatabaseSettings | None = None) -> None:
    with opened(org_root, database) as (org, db):
        accounts.disable_account(db, org, person_id)


def list_users(org_root: Path, database: DatabaseSettings | None = None) -> list[accounts.Account]:
    with opened(org_root, database) as (org, db):
        return accounts.list_accounts(db, org)
