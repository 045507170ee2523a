"""Opening the organization's database: the URL, the engine, and migrations to the newest schema."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

DATABASE_URL_SETTING = "MEDIACODE_DATABASE_URL"
DATABASE_FILE = "mediacode.db"
MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class DatabaseSettings:
    url: str | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> DatabaseSettings:
        value = environ.get(DATABASE_URL_SETTING, "").strip()
        return cls(value or None)


def database_url(org_root: Path, settings: DatabaseSettings | None = None) -> str:
    if settings is not None and settings.url:
        return settings.url
    state = org_root / ".mediacode"
    return f"sqlite:///{(state / DATABASE_FILE).resolve()}"


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})

    # pysqlite starts transactions lazily; take the write lock at BEGIN so that
    # two writers (two approvals at once) are serialised instead of interleaved.
    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        # No write-ahead log: a WAL file would keep deleted drafts' bytes until a checkpoint,
        # defeating secure_delete. Reads take only a shared lock (``Database.read``).

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


READ_ONLY = "mediacode_read_only"
"""Execution option of ``Database.read``: a deferred transaction that takes no write lock."""

_MIGRATING = threading.Lock()
"""Alembic keeps its migration context in module globals: one migration at a time per process."""
MIGRATION_LOCK = 0x6D65646961636F6465 & 0x7FFFFFFFFFFFFFFF
"""PostgreSQL advisory lock key: processes opening one database at once migrate one after the other."""


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent; safe from threads and processes).

    SQLite serialises the migrating transactions through ``BEGIN IMMEDIATE``;
    PostgreSQL through a transaction-scoped advisory lock.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _MIGRATING, engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    readers: sessionmaker[Session] | None = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read that takes no write lock (nothing written in it is kept)."""
        factory = self.readers or self.sessions
        with factory.begin() as session:
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def _private_state(org_root: Path, url: str) -> None:
    """The state folder and the organization's database file, readable by no other user of the machine.

    The database holds password hashes, sessions and drafts awaiting approval; with the usual
    umask 022 SQLite would create it readable by everyone. New: folder 0700, file 0600; existing
    ones lose only their access for others (a group the operator chose keeps its access).
    """
    state = org_root / ".mediacode"
    state.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths = [state]
    if url == database_url(org_root):
        paths.append(state / DATABASE_FILE)
        with contextlib.suppress(FileExistsError):
            os.close(os.open(paths[-1], os.O_RDONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for path in paths:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o007:
            with contextlib.suppress(OSError):  # not ours to change: SQLite reports what matters
                path.chmod(mode & ~0o007)


def open_database(org_root: Path, settings: DatabaseSettings | None = None) -> Database:
    url = database_url(org_root, settings)
    if url.startswith("sqlite:///"):
        _private_state(org_root, url)
        engine = _sqlite_engine(url)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    migrate(engine)
    readers = sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
    return Database(engine, sessionmaker(engine, expire_on_commit=False), readers)
