"""SQLite overwrites deleted content with zeros, so a deleted draft leaves no bytes in the file."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session


def enable_secure_delete(engine: Engine) -> None:
    """Turn on ``PRAGMA secure_delete`` for every new SQLite connection (a no-op elsewhere)."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _secure_delete(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = ON")

    engine.dispose()


def secure_delete_is_on(session: Session) -> bool | None:
    """Whether the session's SQLite connection overwrites deleted content; ``None`` when not SQLite."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    return bool(session.execute(text("PRAGMA secure_delete")).scalar())
