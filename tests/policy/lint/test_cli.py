"""``mediacode policy lint``: text and JSON output, exit codes, a bad date."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.policy.lint.conftest import CURRENT_HASH, Overrides

Cli = Callable[..., CliResult]


def test_text_output_lists_p19_and_exits_1(example_org: Path, cli: Cli) -> None:
    result = cli("policy", "lint", "--org", str(example_org), "--today", "2026-06-01")
    assert result.code == 1
    lines = result.out.splitlines()
    assert re.match(r"policy\.yaml:\d+: P19 error governance\.works_council_consent\.covers: Het ", lines[0])
    assert lines[-1] == "Fouten: 1, waarschuwingen: 0."
    assert len(lines) == 2


def test_consented_example_exits_0(write_policy: Callable[[Overrides], Path], cli: Cli) -> None:
    folder = write_policy({"governance.works_council_consent.covers": CURRENT_HASH})
    result = cli("policy", "lint", "--org", str(folder), "--today", "2026-06-01")
    assert (result.code, result.out.strip()) == (0, "Fouten: 0, waarschuwingen: 0.")


def test_warnings_alone_exit_0_in_english(write_policy: Callable[[Overrides], Path], cli: Cli) -> None:
    folder = write_policy(
        {
            "organization.language": "en",
            "monitoring.min_group_size": 8,
            "governance.works_council_consent.covers": CURRENT_HASH,
        }
    )
    result = cli("policy", "lint", "--org", str(folder), "--today", "2026-06-01")
    assert result.code == 0
    assert ": P05 warning monitoring.min_group_size: The minimum group size is 8" in result.out
    assert result.out.splitlines()[-1] == "Errors: 0, warnings: 1."


def test_json_output(example_org: Path, cli: Cli) -> None:
    result = cli("policy", "lint", "--org", str(example_org), "--format", "json", "--today", "2026-06-01")
    assert result.code == 1
    data = json.loads(result.out)
    assert (data["errors"], data["warnings"]) == (1, 0)
    (finding,) = data["findings"]
    assert finding["rule"] == "P19"
    assert finding["severity"] == "error"
    assert finding["path"] == "governance.works_council_consent.covers"
    assert isinstance(finding["line"], int)
    assert "mediacode policy consent" in finding["message"]


def test_the_date_decides_overdue_rules(write_policy: Callable[[Overrides], Path], cli: Cli) -> None:
    folder = write_policy({"governance.works_council_consent.covers": CURRENT_HASH})
    later = cli("policy", "lint", "--org", str(folder), "--format", "json", "--today", "2027-06-01")
    assert [f["rule"] for f in json.loads(later.out)["findings"]] == ["P10"]
    assert later.code == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--today", "2026-13-01"), "--today"),
        (("--today", "tomorrow"), "YYYY-MM-DD"),
        (("--format", "xml"), "--format"),
    ],
)
def test_bad_options_are_usage_errors(example_org: Path, cli: Cli, args: tuple[str, ...], words: str) -> None:
    result = cli("policy", "lint", "--org", str(example_org), *args)
    assert result.code == 2
    assert words in result.err
    assert "Traceback" not in result.err


def test_a_broken_folder_exits_2(tmp_path: Path, cli: Cli) -> None:
    result = cli("policy", "lint", "--org", str(tmp_path / "missing"))
    assert result.code == 2
    assert "does not exist" in result.err
