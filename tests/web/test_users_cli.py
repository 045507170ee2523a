"""``mediacode users``: set a password from standard input, list roles without hashes, disable."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.web.conftest import PEOPLE


@pytest.mark.parametrize(("password", "code"), [("long enough password\n", 0), ("short\n", 2)])
def test_set_password_reads_standard_input(
    cli: Callable[..., object], org_dir: Path, monkeypatch: pytest.MonkeyPatch, password: str, code: int
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(password))
    result = cli("users", "set-password", "--org", str(org_dir), "--person", "E007")
    assert result.code == code  # type: ignore[attr-defined]
    if code:
        assert "too short" in result.err  # type: ignore[attr-defined]


def test_list_shows_roles_and_no_hashes_and_disable_stops_sign_in(
    cli: Callable[..., object], org_dir: Path
) -> None:
    listed = cli("users", "list", "--org", str(org_dir), "--format", "json")
    rows = {row["id"]: row for row in map(json.loads, listed.out.splitlines())}  # type: ignore[attr-defined]
    assert "argon2" not in listed.out  # type: ignore[attr-defined]
    assert set(rows[PEOPLE["manager"]]["roles"]) == {"employee", "manager", "approver"}
    assert "privacy_officer" in rows[PEOPLE["privacy_officer"]]["roles"]
    assert "works_council" in rows[PEOPLE["works_council"]]["roles"]
    assert "administrator" in rows[PEOPLE["administrator"]]["roles"]
    assert rows[PEOPLE["employee"]]["roles"] == ["employee"]
    assert rows[PEOPLE["employee"]]["can_sign_in"] is True
    assert cli("users", "disable", "--org", str(org_dir), "--person", PEOPLE["employee"]).code == 0  # type: ignore[attr-defined]
    again = cli("users", "list", "--org", str(org_dir), "--format", "json")
    rows = {row["id"]: row for row in map(json.loads, again.out.splitlines())}  # type: ignore[attr-defined]
    assert rows[PEOPLE["employee"]]["can_sign_in"] is False
    assert cli("users", "disable", "--org", str(org_dir), "--person", "E999").code == 2  # type: ignore[attr-defined]
