"""policy consent / publish: what they write, what they refuse, and the consent hash (P19)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from tests.conftest import CliResult

Cli = Callable[..., CliResult]
TODAY = "2026-06-01"


def consent(cli: Cli, org: Path, on: str = "2026-03-01", today: str = TODAY) -> CliResult:
    return cli(
        "policy",
        "consent",
        "--org",
        str(org),
        "--on",
        on,
        "--reference",
        "OR-besluit 2026-04",
        "--today",
        today,
    )


def test_consent_stores_the_hash_of_the_version_on_disk(cli: Cli, example_org: Path) -> None:
    result = consent(cli, example_org)
    assert result.code == 0, result.err
    org = load_organization(example_org)
    recorded = org.policy.governance.works_council_consent
    assert recorded is not None
    assert recorded.on == dt.date(2026, 3, 1)
    assert recorded.reference == "OR-besluit 2026-04"
    assert recorded.covers == org.monitoring_hash()
    assert recorded.covers in result.out


@pytest.mark.parametrize(
    ("old", "new", "still_covered"),
    [
        ("  retention_days: 90\n", "  retention_days: 60\n", False),
        ("  min_group_size: 10\n", "  min_group_size: 12\n", False),
        ("      controls: [bandwidth_by_department]\n", "      controls: []\n", False),
        ("  sources: [squid, postfix]\n", "  sources: [squid, postfix]   # a comment\n", True),
        ("  key_period: month\n", "", True),  # spelled-out default left out
        ("  published_on: 2026-03-15\n", "  published_on: 2026-03-20\n", True),  # not monitoring
    ],
)
def test_consent_hash_follows_monitoring_values_only(
    cli: Cli, example_org: Path, old: str, new: str, still_covered: bool
) -> None:
    assert consent(cli, example_org).code == 0
    policy = example_org / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert old in text
    policy.write_text(text.replace(old, new), encoding="utf-8")
    org = load_organization(example_org)
    recorded = org.policy.governance.works_council_consent
    assert recorded is not None
    assert (recorded.covers == org.monitoring_hash()) is still_covered


def test_consent_again_after_a_change_covers_the_new_version(cli: Cli, example_org: Path) -> None:
    consent(cli, example_org)
    policy = example_org / "policy.yaml"
    policy.write_text(policy.read_text().replace("retention_days: 90", "retention_days: 60"))
    assert consent(cli, example_org, on="2026-05-01").code == 0
    org = load_organization(example_org)
    assert org.policy.governance.works_council_consent is not None
    assert org.policy.governance.works_council_consent.covers == org.monitoring_hash()
    assert "retention_days: 60" in policy.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--on", "2026-06-02", "--reference", "x", "--today", TODAY], "after today"),
        (["--on", "2026-03-01", "--reference", "   ", "--today", TODAY], "needs a reference"),
        (["--on", "2026-03-01", "--reference", "a\nb", "--today", TODAY], "one line"),
    ],
)
def test_consent_refusals_change_nothing(cli: Cli, example_org: Path, args: list[str], message: str) -> None:
    before = (example_org / "policy.yaml").read_bytes()
    result = cli("policy", "consent", "--org", str(example_org), *args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    assert (example_org / "policy.yaml").read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["consent", "--on", "2026-13-01", "--reference", "x"],
        ["consent", "--on", "1 March 2026", "--reference", "x"],
        ["consent", "--on", "2026-03-01", "--reference", "x", "--today", "tomorrow"],
        ["publish", "--on", "2026-02-30"],
        ["status", "--today", "2026/06/01"],
    ],
)
def test_bad_dates_are_usage_errors(cli: Cli, example_org: Path, args: list[str]) -> None:
    result = cli("policy", args[0], "--org", str(example_org), *args[1:])
    assert result.code == 2
    assert "YYYY-MM-DD" in result.err
    assert "Traceback" not in result.err


def test_publish_before_consent_says_monitoring_stays_off(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("id,name,email,department,role,groups,manager\n")
    (tmp_path / "policy.yaml").write_text("organization:\n  name: Acme\n  language: en\n")
    result = cli("policy", "publish", "--org", str(tmp_path), "--on", "2026-03-15", "--today", TODAY)
    assert result.code == 0, result.err
    assert "recorded governance.published_on: 2026-03-15" in result.out
    assert "monitoring stays off" in result.out
    assert "no consent of the works council is recorded" in result.out
    assert load_organization(tmp_path).policy.governance.published_on == dt.date(2026, 3, 15)


def test_consent_on_the_example_opens_the_gate(cli: Cli, example_org: Path) -> None:
    consent(cli, example_org)
    status = cli("policy", "status", "--org", str(example_org), "--today", TODAY, "--format", "json")
    assert json.loads(status.out)["monitoring_allowed"] is True


def test_consent_on_a_broken_folder_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "policy", "consent", "--org", str(tmp_path / "missing"), "--on", "2026-03-01", "--reference", "x"
    )
    assert result.code == 2
    assert "does not exist" in result.err
