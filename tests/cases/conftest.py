"""A case-ready organization: the example policy, a key for May 2026 and the pseudonym of one employee."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.pseudonym import person_pseudonym

TODAY = "2026-05-20"
FROM = "2026-05-04"
TO = "2026-05-10"
SUBJECT = "E010"
OFFICER = "E012"
COUNCIL = "E003"
COUNCIL_ADMIN = "E008"
OPENER = "E002"
REASON = "Traffic to malware hosts far above the department's norm in week 19"


@dataclass
class CaseOrg:
    root: Path
    pseudonym: str

    def args(self, *rest: str) -> list[str]:
        return [*rest, "--org", str(self.root), "--today", TODAY]


@pytest.fixture
def case_org(example_org: Path) -> CaseOrg:
    policy = example_org / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    text = text.replace(
        "  reidentification_approvers:",
        f"  system_administrators: [{COUNCIL_ADMIN}]\n  reidentification_approvers:",
    )
    policy.write_text(text, encoding="utf-8")
    key = KeyStore(example_org / ".mediacode" / "keys").get_or_create("2026-05")
    assert dt.date.fromisoformat(TODAY)
    return CaseOrg(example_org, person_pseudonym(key, SUBJECT))
