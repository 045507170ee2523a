"""The ``CaseContext`` of the case services for a request: this app's organization and settings."""

from __future__ import annotations

import os

from starlette.requests import Request

from mediacode.services.cases import CaseContext
from mediacode.storage.db.database import DatabaseSettings
from mediacode.storage.layout import StorageSettings
from mediacode.web.state import app_state


def storage_settings() -> StorageSettings:
    return StorageSettings.from_environ(os.environ)


def case_context(request: Request) -> CaseContext:
    settings = app_state(request).settings
    return CaseContext(settings.org, DatabaseSettings(settings.database_url), storage_settings())
