"""Actions that exist today write audit entries; ``record`` refuses raw identifiers before writing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.services.audit import AuditEntryError, record
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def entries(org: Path) -> list[dict[str, object]]:
    path = org / ".mediacode" / "audit" / "log.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_consent_and_publication_are_audited(example_org: Path, cli: Cli) -> None:
    org = str(example_org)
    assert cli("policy", "consent", "--org", org, "--on", "2026-03-01", "--reference", "OR 2026-04").code == 0
    assert cli("policy", "publish", "--org", org, "--on", "2026-03-15").code == 0
    consent, publication = entries(example_org)
    assert consent["action"] == "policy.consent" and consent["actor"] == "system" and consent["seq"] == 0
    details = consent["details"]
    assert isinstance(details, dict) and details["on"] == "2026-03-01" and details["covers"]
    assert publication["action"] == "policy.publish" and publication["details"] == {"on": "2026-03-15"}
    assert cli("audit", "verify", "--org", org).code == 0


def test_a_refused_consent_writes_no_entry(example_org: Path, cli: Cli) -> None:
    result = cli("policy", "consent", "--org", str(example_org), "--on", "2099-01-01", "--reference", "OR")
    assert result.code == 2
    assert not (example_org / ".mediacode" / "audit" / "log.jsonl").exists()


@pytest.mark.parametrize(
    ("actor", "action", "details", "subject", "message"),
    [
        ("system", "ingest", {"from": "m.vanderlinden@veldhuis-logistiek.nl"}, False, "an e-mail address"),
        ("system", "ingest", {"client": "10.1.2.3"}, False, "an IPv4 address"),
        ("system", "case.open", {"subject": "E001"}, False, "a person id"),
        ("system", "case.open", {"note": "Marieke van der Linden"}, True, "a person's name"),
        ("system", "Ingest Run", {"read": 1}, False, "not an audit action"),
        ("some one@x", "ingest", {"read": 1}, False, "actor"),
    ],
)
def test_record_refuses_and_writes_nothing(
    example_org: Path, actor: str, action: str, details: dict[str, object], subject: bool, message: str
) -> None:
    with pytest.raises(AuditEntryError, match=message) as caught:
        record(example_org, actor, action, details, subject=subject)
    assert "vanderlinden@" not in str(caught.value) and "10.1.2.3" not in str(caught.value)
    assert not (example_org / ".mediacode" / "audit" / "log.jsonl").exists()


def test_a_case_subject_may_be_named_when_marked(example_org: Path) -> None:
    entry = record(example_org, "E002", "case.open", {"subject": "E001", "case": "C-1"}, subject=True)
    assert entry.subject is True
    assert entries(example_org)[0]["details"] == {"case": "C-1", "subject": "E001"}
