"""The lint engine over whole policies: the example, order, positions, languages, the registry."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.org import Organization, load_organization
from mediacode.policy.lint import ALL_RULES, lint
from tests.conftest import DEV_ORG
from tests.policy.lint.conftest import CURRENT_HASH, REMOVE, TODAY, Overrides


def line_starting(folder: Path, prefix: str) -> int:
    lines = (folder / "policy.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, text in enumerate(lines, 1) if text.startswith(prefix))


def test_example_policy_has_exactly_one_error_p19_before_consent(example_org: Path) -> None:
    found = lint(load_organization(example_org), TODAY)
    assert [(f.rule, f.severity, f.path) for f in found] == [
        ("P19", "error", "governance.works_council_consent.covers")
    ]
    # covers is not in the file yet: the finding sits on its parent, works_council_consent.
    assert found[0].line == line_starting(example_org, "  works_council_consent:")


def test_example_policy_is_clean_once_the_consent_covers_its_monitoring_part(
    load_with: Callable[[Overrides], Organization],
) -> None:
    org = load_with({"governance.works_council_consent.covers": CURRENT_HASH})
    assert org.policy.governance.works_council_consent is not None
    assert org.policy.governance.works_council_consent.covers == org.monitoring_hash()
    assert lint(org, TODAY) == []


def test_changing_the_monitoring_part_after_consent_breaks_p19(
    example_org: Path, load_with: Callable[[Overrides], Organization]
) -> None:
    consented = load_organization(example_org).monitoring_hash()
    org = load_with({"governance.works_council_consent.covers": consented, "monitoring.retention_days": 100})
    (finding,) = lint(org, TODAY)
    assert finding.rule == "P19"
    assert "gewijzigd sinds de instemming" in finding.message


def test_findings_are_ordered_by_line_then_rule(load_with: Callable[[Overrides], Organization]) -> None:
    org = load_with(
        {
            "monitoring.min_group_size": 4,
            "governance.dpia_reference": REMOVE,
            "private_use.email": REMOVE,
            "recruitment.vacancy_notice": False,
        }
    )
    found = lint(org, TODAY)
    keys = [(f.line or 0, f.rule) for f in found]
    assert keys == sorted(keys)
    assert {f.rule for f in found} == {"P03", "P05", "P16", "P19", "P20"}


def test_a_finding_sits_on_the_line_of_its_key(write_policy: Callable[[Overrides], Path]) -> None:
    folder = write_policy({"monitoring.min_group_size": 4})
    (finding,) = [f for f in lint(load_organization(folder), TODAY) if f.rule == "P05"]
    assert finding.line == line_starting(folder, "  min_group_size:")


def test_a_missing_key_falls_back_to_the_line_of_its_parent(
    write_policy: Callable[[Overrides], Path],
) -> None:
    folder = write_policy({"governance.dpia_reference": REMOVE})
    (finding,) = [f for f in lint(load_organization(folder), TODAY) if f.rule == "P20"]
    assert finding.path == "governance.dpia_reference"
    assert finding.line == line_starting(folder, "governance:")


def test_an_organization_built_without_a_file_has_findings_without_lines(example_org: Path) -> None:
    loaded = load_organization(example_org)
    org = Organization(loaded.root, loaded.policy, loaded.people)
    (finding,) = lint(org, TODAY)
    assert (finding.rule, finding.line) == ("P19", None)
    assert finding.render() == f"policy.yaml: P19 error {finding.path}: {finding.message}"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", "De minimale groepsgrootte is 4, minder dan 5"),
        ("en", "The minimum group size is 4, below 5"),
    ],
)
def test_messages_are_in_the_policy_language(
    load_with: Callable[[Overrides], Organization], language: str, words: str
) -> None:
    org = load_with({"organization.language": language, "monitoring.min_group_size": 4})
    (finding,) = [f for f in lint(org, TODAY) if f.rule == "P05"]
    assert finding.message.startswith(words)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", "Het monitoringdeel is gewijzigd sinds de instemming van 2026-03-01"),
        ("en", "The monitoring part changed since the consent of 2026-03-01"),
    ],
)
def test_p19_message_in_both_languages(
    load_with: Callable[[Overrides], Organization], language: str, words: str
) -> None:
    org = load_with(
        {"organization.language": language, "governance.works_council_consent.covers": "sha256:ab"}
    )
    (finding,) = lint(org, TODAY)
    assert finding.message.startswith(words)
    assert "mediacode policy consent" in finding.message


def test_minimal_policy_lints_without_crashing() -> None:
    found = lint(load_organization(DEV_ORG), dt.date(2026, 6, 1))
    assert [(f.rule, f.path) for f in found if f.severity == "error"] == [
        ("P03", "private_use.email"),
        ("P03", "private_use.internet"),
    ]
    assert all(f.line == 1 for f in found)


def test_registry_lists_p01_to_p22_in_order_one_module_each() -> None:
    assert [rule.id for rule in ALL_RULES] == [f"P{n:02d}" for n in range(1, 23)]
    for rule in ALL_RULES:
        module = type(rule).__module__.rsplit(".", 1)[-1]
        assert re.fullmatch(rf"{rule.id.lower()}_[a-z_]+", module)
        assert rule.severity in ("error", "warning")
        assert rule.title
    assert len({type(rule).__module__ for rule in ALL_RULES}) == len(ALL_RULES)


def test_finding_as_dict_has_the_documented_keys(example_org: Path) -> None:
    (finding,) = lint(load_organization(example_org), TODAY)
    assert finding.as_dict() == {
        "rule": "P19",
        "severity": "error",
        "path": "governance.works_council_consent.covers",
        "line": finding.line,
        "message": finding.message,
    }
