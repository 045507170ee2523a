"""The whole life of a case through the command line, every refusal of issue 5, and the audit trail."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from mediacode.services.audit import audit_log, verify_audit
from tests.cases.conftest import COUNCIL, COUNCIL_ADMIN, FROM, OFFICER, OPENER, REASON, SUBJECT, TO, CaseOrg

Cli = Callable[..., Any]
pytestmark = pytest.mark.usefixtures("database_settings")  # SQLite and PostgreSQL (tests/db_backends.py)


def _open(cli: Cli, org: CaseOrg, *extra: str, pseudonym: str | None = None) -> Any:
    return cli(
        *org.args("case", "open"),
        "--as", OPENER,
        "--pseudonym", pseudonym or org.pseudonym,
        "--purpose", "security",
        "--reason", REASON,
        "--from", FROM,
        "--to", TO,
        *extra,
    )  # fmt: skip


def _step(cli: Cli, org: CaseOrg, command: str, person: str, *extra: str) -> Any:
    return cli(*org.args("case", command), "--as", person, "--case", "1", *extra)


def _approved(cli: Cli, org: CaseOrg, *open_extra: str) -> None:
    assert _open(cli, org, *open_extra).code == 0
    assert _step(cli, org, "approve", OFFICER).code == 0
    assert _step(cli, org, "approve", COUNCIL).code == 0


def test_full_lifecycle_names_the_person_only_in_reveal_and_audits_every_step(
    cli: Cli, case_org: CaseOrg
) -> None:
    _approved(cli, case_org)
    shown = cli(*case_org.args("case", "show"), "--case", "1", "--format", "json")
    assert json.loads(shown.out)["status"] == "approved"
    assert "Daan" not in shown.out
    revealed = _step(cli, case_org, "reveal", OFFICER)
    assert revealed.code == 0, revealed.err
    assert f"{SUBJECT} Daan Hendriks (Financien)" in revealed.out
    assert _step(cli, case_org, "notify", OFFICER, "--on", "2026-05-20").code == 0
    assert _step(cli, case_org, "discuss", OFFICER, "--on", "2026-05-20").code == 0
    closed = _step(
        cli, case_org, "close", OFFICER, "--outcome", "Infected laptop, reinstalled; no misconduct"
    )
    assert closed.code == 0, closed.err
    listed = cli(*case_org.args("case", "list"), "--format", "json")
    case = json.loads(listed.out)["cases"][0]
    assert case["status"] == "closed"
    assert case["subject"] == SUBJECT
    assert "Daan" not in listed.out
    actions = list(audit_log(case_org.root).lines())
    kinds = [json.loads(line)["action"] for line in actions]
    assert kinds == [
        "case.open",
        "case.approve",
        "case.approve",
        "case.reveal",
        "case.notify",
        "case.discuss",
        "case.close",
    ]
    reveal_entry = json.loads(actions[3])
    assert reveal_entry["subject"] is True
    assert reveal_entry["details"]["person"] == SUBJECT
    assert all(SUBJECT not in json.dumps(json.loads(a)["details"]) for a in actions[:3])
    assert verify_audit(case_org.root).intact


@pytest.mark.parametrize(
    ("setup", "command", "person", "extra", "message"),
    [
        ("open", "approve", OPENER, (), "cannot approve it"),
        ("open", "approve", COUNCIL_ADMIN, (), "system administrator"),
        ("open", "approve", "E004", (), "still needs an approval by"),
        ("open", "approve", "NOBODY", (), "no person with that id"),
        ("open", "reveal", OFFICER, (), "nobody can be named before two approvals"),
        ("one", "reveal", OFFICER, (), "1 of 2 approvals"),
        ("one", "approve", OFFICER, (), "already decided"),
        ("one", "approve", "E004", (), "still needs an approval by: works_council"),
        ("approved", "reveal", "E004", (), "may not reveal"),
        ("approved", "notify", OFFICER, ("--on", "2026-05-20"), "after the person was revealed"),
        ("refused", "approve", COUNCIL, (), "is refused"),
        ("open", "approve", COUNCIL, ("--refuse",), "needs a --comment"),
    ],
)
def test_refusals(
    cli: Cli, case_org: CaseOrg, setup: str, command: str, person: str, extra: tuple[str, ...], message: str
) -> None:
    assert _open(cli, case_org).code == 0
    if setup in ("one", "approved"):
        assert _step(cli, case_org, "approve", OFFICER).code == 0
    if setup == "approved":
        assert _step(cli, case_org, "approve", COUNCIL).code == 0
    if setup == "refused":
        assert (
            _step(cli, case_org, "approve", OFFICER, "--refuse", "--comment", "No concrete suspicion").code
            == 0
        )
    result = _step(cli, case_org, command, person, *extra)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"--purpose": "marketing"}, "is not declared"),
        ({"--pseudonym": "not-a-pseudonym"}, "32 hexadecimal"),
        ({"--reason": "suspicious"}, "reason is too short"),
        ({"--from": "2026-04-10", "--to": "2026-05-15"}, "at most 31 days"),
        ({"--to": "2026-05-25"}, "in the future"),
        ({"--from": "2026-05-12", "--to": "2026-05-04"}, "ends before it starts"),
        ({"--from": "2026-01-05", "--to": "2026-01-10"}, "oldest day still kept"),
        ({"--covert": None}, "needs a DPIA"),
        ({"--covert": None, "--dpia": "DPIA-7"}, "at least 80 characters"),
    ],
)
def test_open_refusals(cli: Cli, case_org: CaseOrg, changes: dict[str, str | None], message: str) -> None:
    values: dict[str, str | None] = {
        "--pseudonym": case_org.pseudonym,
        "--purpose": "security",
        "--reason": REASON,
        "--from": FROM,
        "--to": TO,
        **changes,
    }
    args = [part for key, value in values.items() for part in ((key,) if value is None else (key, value))]
    result = cli(*case_org.args("case", "open"), "--as", OPENER, *args)
    assert result.code == 2, result.out
    assert message in result.err


COVERT_REASON = (
    "Suspected leak of customer price lists to a competitor by mail; an open check and the "
    "department's own review did not find the source"
)


def test_covert_case_cannot_close_without_notification(cli: Cli, case_org: CaseOrg) -> None:
    result = cli(
        *case_org.args("case", "open"),
        "--as", OPENER, "--pseudonym", case_org.pseudonym, "--purpose", "security",
        "--reason", COVERT_REASON, "--from", FROM, "--to", TO, "--covert", "--dpia", "DPIA-2026-07",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert _step(cli, case_org, "approve", OFFICER).code == 0
    assert _step(cli, case_org, "approve", COUNCIL).code == 0
    assert _step(cli, case_org, "reveal", OFFICER).code == 0
    refused = _step(cli, case_org, "close", OFFICER, "--outcome", "Suspicion unfounded")
    assert refused.code == 2
    assert "must be told afterwards" in refused.err
    assert _step(cli, case_org, "notify", OFFICER, "--on", "2026-05-20").code == 0
    assert _step(cli, case_org, "close", OFFICER, "--outcome", "Suspicion unfounded").code == 0


def test_open_case_can_close_without_notification_when_nobody_was_named(cli: Cli, case_org: CaseOrg) -> None:
    assert _open(cli, case_org).code == 0
    assert _step(cli, case_org, "close", OFFICER, "--outcome", "Withdrawn, flag explained").code == 0


def test_reveal_after_key_destruction_names_nobody(cli: Cli, case_org: CaseOrg) -> None:
    _approved(cli, case_org)
    from mediacode.monitoring.keystore import KeyStore

    KeyStore(case_org.root / ".mediacode" / "keys").destroy("2026-05")
    result = _step(cli, case_org, "reveal", OFFICER)
    assert result.code == 2
    assert "was destroyed" in result.err
    assert "Daan" not in result.out + result.err
    entries = [json.loads(line) for line in audit_log(case_org.root).lines()]
    assert entries[-1]["details"] == {"case": 1, "result": "key_destroyed"}


def test_reveal_of_an_unknown_account(cli: Cli, case_org: CaseOrg) -> None:
    _approved(cli, case_org)
    # a pseudonym that is nobody's: the case was opened on another value
    cli(*case_org.args("case", "close"), "--as", OFFICER, "--case", "1", "--outcome", "Opened on wrong flag")
    assert _open(cli, case_org, pseudonym="0" * 32).code == 0
    for person in (OFFICER, COUNCIL):
        assert cli(*case_org.args("case", "approve"), "--as", person, "--case", "2").code == 0
    result = cli(*case_org.args("case", "reveal"), "--as", OFFICER, "--case", "2")
    assert result.code == 2
    assert "unknown account" in result.err


@pytest.mark.parametrize(
    ("discussed", "today", "overdue"),
    [(None, "2026-05-30", False), (None, "2026-05-31", True), ("2026-05-25", "2026-06-10", False)],
)
def test_overdue_after_the_policy_deadline(
    cli: Cli, case_org: CaseOrg, discussed: str | None, today: str, overdue: bool
) -> None:
    _approved(cli, case_org)
    assert _step(cli, case_org, "reveal", OFFICER).code == 0  # revealed on 2026-05-20; 10 days to discuss
    if discussed:
        result = cli(
            "case", "discuss", "--org", str(case_org.root), "--today", today,
            "--as", OFFICER, "--case", "1", "--on", discussed,
        )  # fmt: skip
        assert result.code == 0, result.err
    shown = cli(
        "case", "show", "--org", str(case_org.root), "--case", "1", "--today", today, "--format", "json"
    )
    data = json.loads(shown.out)
    assert data["discuss_by"] == "2026-05-30"
    assert data["overdue"] is overdue
    listed = cli("case", "list", "--org", str(case_org.root), "--today", today)
    assert ("OVERDUE" in listed.out) is overdue
