"""The storage tests' two databases: SQLite always, PostgreSQL when ``MEDIACODE_TEST_DATABASE_URL`` is set.

``.ci/run`` starts Debian's PostgreSQL and sets the variable; under ``CI`` a
missing variable fails the PostgreSQL cases instead of skipping them, so CI
can never pass while silently testing one database. Each PostgreSQL case
starts from an empty ``public`` schema (``open_database`` migrates it), and
``MEDIACODE_DATABASE_URL`` is set for the commands the test runs in-process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from mediacode.storage.db.database import DATABASE_URL_SETTING, DatabaseSettings

TEST_DATABASE_URL = "MEDIACODE_TEST_DATABASE_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def postgresql_url() -> str:
    url = os.environ.get(TEST_DATABASE_URL, "").strip()
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {TEST_DATABASE_URL} is not: .ci/run starts PostgreSQL and sets it")
    pytest.skip(f"{TEST_DATABASE_URL} is not set (PostgreSQL cases run in CI)")


def empty_schema(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_settings(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DatabaseSettings]:
    """The database of the organization under test: SQLite in its folder, or an emptied PostgreSQL."""
    if request.param == "sqlite":
        monkeypatch.delenv(DATABASE_URL_SETTING, raising=False)
        yield DatabaseSettings()
        return
    url = postgresql_url()
    empty_schema(url)
    monkeypatch.setenv(DATABASE_URL_SETTING, url)
    yield DatabaseSettings(url)
