"""Schemathesis over every operation of ``/openapi.json``, in-process, anonymous and as each role.

Checks: no server error, and every answer matches the documented status codes,
content type and schema. The app is built once for this module on its own copy
of the demo organization, so the state the generated calls change (consent,
disabled accounts, language) stays here. Sessions are made again after a
generated call could have ended them (``/api/logout``, disabling an account).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.specs.openapi.schemas import OpenApiSchema

from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings
from tests.web.conftest import PEOPLE, login

ROLES = ("anonymous", "employee", "manager", "privacy_officer", "works_council", "administrator")
EXAMPLES = int(os.environ.get("MEDIACODE_SCHEMATHESIS_EXAMPLES", "8"))
"""Examples per operation and role: 29 operations x 6 roles take about 30 s (more for a deeper run)."""
CHECKS = [
    schemathesis.checks.not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
SIGN_IN_CLIENT = ("192.0.2.1", 50000)
"""Not the generated calls' client address, which the fuzzed ``/api/login`` locks out."""
ENDS_SESSIONS = frozenset({"/api/logout", "/api/admin/users/{person_id}/disable"})


@pytest.fixture(scope="module")
def fuzzed_app(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    target = tmp_path_factory.mktemp("schemathesis") / "org"
    shutil.copytree(demo_template, target)
    app = create_app(WebSettings(org=target, secure_cookies=False, secret_key="schemathesis-secret"))
    yield app
    app.state.mediacode.database.close()


@pytest.fixture(scope="module")
def web_schema(fuzzed_app: FastAPI) -> OpenApiSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzzed_app)


class Sessions:
    """One signed-in session per role, made again after a generated call could have ended it."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.made: dict[str, tuple[dict[str, str], dict[str, str]]] = {}

    def of(self, role: str) -> tuple[dict[str, str], dict[str, str]]:
        """Cookies and headers of ``role``'s session (none for anonymous)."""
        if role == "anonymous":
            return {}, {}
        if role not in self.made:
            with TestClient(self.app, client=SIGN_IN_CLIENT) as browser:
                token = login(browser, PEOPLE[role])
                self.made[role] = dict(browser.cookies.items()), {"X-CSRF-Token": token}
        return self.made[role]

    def forget(self, role: str) -> None:
        self.made.pop(role, None)


@pytest.fixture(scope="module")
def sessions(fuzzed_app: FastAPI) -> Sessions:
    return Sessions(fuzzed_app)


@pytest.mark.parametrize("role", ROLES)
def test_no_server_error_and_documented_answers(
    role: str, web_schema: OpenApiSchema, sessions: Sessions
) -> None:
    failures: list[str] = []
    for result in web_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case) -> None:
            cookies, headers = sessions.of(role)
            try:
                case.call_and_validate(cookies=cookies, headers=headers, checks=CHECKS)
            finally:
                if case.operation.path in ENDS_SESSIONS:
                    sessions.forget(role)

        try:
            run()
        except Exception as failure:  # gathered, so one run names every failing operation
            failures.append(f"{operation.label}: {failure}")
    assert not failures, "\n\n".join(failures)
