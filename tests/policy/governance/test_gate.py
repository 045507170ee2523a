"""The monitoring gate: each reason on its own, in English and Dutch, and policy status around it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.i18n import gettext_for
from mediacode.i18n.catalog_check import untranslated
from mediacode.org.loader import load_organization
from mediacode.policy.gate import MESSAGES, VERDICTS, GateCode, monitoring_gate
from mediacode.policy.yaml_edit import Edit, edit_policy
from tests.conftest import CliResult

TODAY = dt.date(2026, 6, 1)


def bound(org_dir: Path) -> None:
    """Record the consent hash, so the example passes the gate."""
    covers = load_organization(org_dir).monitoring_hash()
    edit_policy(org_dir, [Edit(("governance", "works_council_consent", "covers"), covers)])


def replace(org_dir: Path, old: str, new: str) -> None:
    policy = org_dir / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert old in text, old
    policy.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "codes"),
    [
        pytest.param(None, None, [], id="all-set"),
        (
            "  enabled: true\n",
            "  enabled: false\n",
            [GateCode.MONITORING_DISABLED, GateCode.CONSENT_OUTDATED],  # enabled is part of the hash
        ),
        ("    on: 2026-03-01\n", "    on: 2026-07-01\n", [GateCode.CONSENT_IN_FUTURE]),
        ("retention_days: 90", "retention_days: 60", [GateCode.CONSENT_OUTDATED]),
        ("  published_on: 2026-03-15\n", "", [GateCode.NOT_PUBLISHED]),
        ("  published_on: 2026-03-15\n", "  published_on: 2026-06-02\n", [GateCode.PUBLICATION_IN_FUTURE]),
        ("  dpia_reference: DPIA-2026-02\n", "", [GateCode.NO_DPIA]),
        (
            "  sources: [squid, postfix]\n",
            "  sources: []\n",
            [GateCode.NO_SOURCES, GateCode.CONSENT_OUTDATED],
        ),
    ],
)
def test_each_reason(example_org: Path, old: str | None, new: str | None, codes: list[GateCode]) -> None:
    bound(example_org)
    if old is not None and new is not None:
        replace(example_org, old, new)
    result = monitoring_gate(load_organization(example_org), TODAY)
    assert sorted(result.codes) == sorted(codes)
    assert result.allowed is (not codes)


def test_no_consent(example_org: Path) -> None:
    replace(
        example_org, "  works_council_consent:\n    on: 2026-03-01\n    reference: OR-besluit 2026-04\n", ""
    )
    assert monitoring_gate(load_organization(example_org), TODAY).codes == (GateCode.NO_CONSENT,)


def test_consent_without_hash_is_not_bound(example_org: Path) -> None:
    result = monitoring_gate(load_organization(example_org), TODAY)
    assert result.codes == (GateCode.CONSENT_NOT_BOUND,)


def test_minimal_policy_lists_every_missing_fact(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("id,name,email,department,role,groups,manager\n")
    (tmp_path / "policy.yaml").write_text("organization:\n  name: Acme\n")
    result = monitoring_gate(load_organization(tmp_path), TODAY)
    assert set(result.codes) == {
        GateCode.MONITORING_DISABLED,
        GateCode.NO_CONSENT,
        GateCode.NOT_PUBLISHED,
        GateCode.NO_DPIA,
        GateCode.NO_SOURCES,
    }


@pytest.mark.parametrize(("source", "allowed"), [("squid", True), ("postfix", True), ("m365", False)])
def test_the_source_must_be_declared(example_org: Path, source: str, allowed: bool) -> None:
    bound(example_org)
    result = monitoring_gate(load_organization(example_org), TODAY, source=source)
    assert result.allowed is allowed
    assert (GateCode.SOURCE_NOT_DECLARED in result.codes) is not allowed


def test_every_reason_has_a_dutch_translation() -> None:
    _ = gettext_for("nl", "cli")
    for message in [*MESSAGES.values(), *VERDICTS.values()]:
        assert _(message) != message, message
    assert untranslated("nl", "cli") == []


def test_status_json_and_text(cli: Callable[..., CliResult], example_org: Path) -> None:
    replace(example_org, "  dpia_reference: DPIA-2026-02\n", "")
    result = cli("policy", "status", "--org", str(example_org), "--today", "2027-06-01", "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["monitoring_allowed"] is False
    assert {r["code"] for r in data["reasons"]} == {"consent_not_bound", "no_dpia"}
    assert all(r["message"] for r in data["reasons"])
    assert data["sources"] == ["squid", "postfix"]
    assert data["purposes"][0] == {
        "id": "security",
        "description": "Protect the network and the mail against malware and phishing",
        "controls": ["malware_hits", "phishing_hits"],
    }
    assert data["evaluation"] == {
        "every_months": 12,
        "last_on": "2026-03-01",
        "next_due_on": "2027-03-01",
        "overdue": True,
    }
    assert data["min_group_size"] == 10
    assert data["reidentification_approvers"] == ["privacy_officer", "works_council"]

    text = cli("policy", "status", "--org", str(example_org), "--today", "2027-06-01")
    assert text.code == 0
    assert "monitoring is niet toegestaan" in text.out  # the example policy is in Dutch
    assert "kenmerk van een DPIA" in text.out
    assert "2027-03-01 (te laat)" in text.out
    assert "ingeschakeld:" in text.out and "enabled:" not in text.out  # labels follow the policy language
