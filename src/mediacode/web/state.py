"""What one app instance holds: its settings, the database, the secret, the organization cache."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from starlette.requests import Request

from mediacode.services.web_sessions import SessionCache
from mediacode.storage.db.database import Database
from mediacode.web.org_cache import OrgCache
from mediacode.web.settings import WebSettings

SECRET_FILE = "web-secret"  # noqa: S105 - a file name, not a secret  # nosec B105  # a file name


@dataclass(frozen=True)
class AppState:
    settings: WebSettings
    database: Database
    secret: bytes
    orgs: OrgCache
    sessions: SessionCache = field(default_factory=SessionCache)

    @property
    def session_lifetime(self) -> dt.timedelta:
        return dt.timedelta(hours=self.settings.session_hours)


def load_secret(org_root: Path, configured: str | None) -> bytes:
    """The configured secret, else the one kept in ``.mediacode/web-secret`` (made on first use, 0600)."""
    if configured:
        return configured.encode()
    path = org_root / ".mediacode" / SECRET_FILE
    if path.is_file():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32).encode()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(value)
    return value


def app_state(request: Request) -> AppState:
    state = request.app.state.mediacode
    assert isinstance(state, AppState)
    return state
