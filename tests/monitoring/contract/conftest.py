"""One Spark session for the whole contract suite, and one organization both engines read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.monitoring.report_scenario import report_org


@pytest.fixture(scope="session")
def spark_session() -> Iterator[object]:
    from mediacode.monitoring.engines import spark_engine

    session = spark_engine.spark_session()
    yield session
    session.stop()
    spark_engine._session = None


@pytest.fixture(scope="session")
def shared_org(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return report_org(tmp_path_factory.mktemp("contract") / "org")
