"""``mediacode report``: the gate, the formats, the output file, and partition pruning."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.monitoring.report_scenario import TODAY, report_org

Cli = Callable[..., CliResult]


@pytest.fixture
def org(tmp_path: Path) -> Path:
    return report_org(tmp_path / "org")


def run(cli: Cli, org: Path, *args: str) -> CliResult:
    return cli("report", "--org", str(org), "--today", TODAY.isoformat(), *args)


def test_json_rows_carry_users_and_suppressed(cli: Cli, org: Path) -> None:
    result = run(cli, org, "--purpose", "security", "--period", "2026-11", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["purpose"] == "security" and data["controls"] == ["malware_hits", "phishing_hits"]
    assert data["period"] == "2026-11" and data["min_group_size"] == 10
    assert data["rows"] and data["flags"] == []
    for row in data["rows"]:
        assert {"department", "period", "users", "suppressed"} <= set(row)
        if row["suppressed"]:
            assert row["users"] is None and row["web_requests"] is None
        else:
            assert row["users"] >= data["min_group_size"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--purpose", "security", "--control", "bandwidth_by_department"),
            "not bound to the purpose 'security'",
        ),
        (("--purpose", "marketing"), "no purpose 'marketing'"),
        (("--purpose", "security", "--period", "2026-13"), "not a month"),
        (("--purpose", "security", "--format", "pdf"), "unknown format 'pdf'"),
        (("--purpose", "security", "--engine", "oracle"), "unknown engine 'oracle'"),
    ],
)
def test_mistakes_exit_2_with_a_clear_message(
    cli: Cli, org: Path, args: tuple[str, ...], message: str
) -> None:
    result = run(cli, org, *args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


def test_the_report_is_refused_when_the_gate_says_no(cli: Cli, org: Path) -> None:
    policy = org / "policy.yaml"
    policy.write_text(policy.read_text().replace("min_group_size: 10", "min_group_size: 5"))
    result = run(cli, org, "--purpose", "security")
    assert result.code == 2
    assert "monitoring is not allowed" in result.err and "consent" in result.err
    assert result.out == ""


def test_the_report_is_refused_before_the_consent(cli: Cli, org: Path) -> None:
    result = cli("report", "--org", str(org), "--today", "2026-02-01", "--purpose", "security")
    assert result.code == 2 and "monitoring is not allowed" in result.err


@pytest.mark.parametrize("output", ["text", "csv", "html", "json"])
def test_every_format_shows_suppressed_cells_as_suppressed(cli: Cli, org: Path, output: str) -> None:
    result = run(cli, org, "--purpose", "capacity", "--format", output, "--period", "2026-11")
    assert result.code == 0, result.err
    if output == "csv":
        rows = list(csv.DictReader(io.StringIO(result.out)))
        hidden = [r for r in rows if r["suppressed"] == "True"]
        assert hidden and all(r["users"] == "" and r["bytes"] == "" for r in hidden)
        assert all(int(r["users"]) >= 10 for r in rows if r["suppressed"] == "False")
    elif output == "json":
        assert any(r["suppressed"] for r in json.loads(result.out)["rows"])
    else:
        assert "suppressed" in result.out
        assert "Financien" in result.out


def test_html_is_standalone_and_accessible(cli: Cli, org: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = run(cli, org, "--purpose", "private_use", "--format", "html", "-o", str(target))
    assert result.code == 0, result.err
    page = target.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<title>" in page
    assert "<svg" in page and 'role="img"' in page and "aria-labelledby" in page
    assert "<table>" in page and "<caption>" in page
    for remote in ("http://", "https://", "<script", "<link"):
        assert remote not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_flags_list_pseudonyms_only(cli: Cli, org: Path) -> None:
    result = run(cli, org, "--purpose", "private_use", "--control", "gambling_requests", "--format", "json")
    flags = json.loads(result.out)["flags"]
    assert [(f["period"], f["pseudonym"]) for f in flags] == [
        ("2026-10", "planning-00".ljust(32, "0")),
        ("2026-11", "planning-00".ljust(32, "0")),
    ]
    assert all(
        f["action"] == "open_case"
        and set(f) == {"control", "period", "pseudonym", "times_department_median", "action"}
        for f in flags
    )


def test_a_month_report_reads_only_that_months_partitions(cli: Cli, org: Path) -> None:
    for path in (org / ".mediacode" / "data").rglob("day=2026-10-*/*.parquet"):
        path.write_bytes(b"not parquet at all")
    month = run(cli, org, "--purpose", "capacity", "--period", "2026-11", "--format", "json")
    assert month.code == 0, month.err
    assert {r["period"] for r in json.loads(month.out)["rows"]} == {"2026-11"}
    every = run(cli, org, "--purpose", "capacity", "--format", "json")
    assert every.code == 2
    assert "could not read the stored data" in every.err and "Traceback" not in every.err


def test_a_month_without_data_gives_no_rows(cli: Cli, org: Path) -> None:
    result = run(cli, org, "--purpose", "capacity", "--period", "2025-01", "--format", "json")
    assert result.code == 0
    assert json.loads(result.out)["rows"] == []


BUILTIN_FLAG = """
  flags:
    blocked_category_attempts:
      above_department_median: 3
"""


def test_a_builtin_control_takes_its_flag_rule_from_the_policy(cli: Cli, tmp_path: Path) -> None:
    flagged = report_org(tmp_path / "flagged", extra_controls=BUILTIN_FLAG)
    args = ("--purpose", "private_use", "--control", "blocked_category_attempts", "--format", "json")
    result = run(cli, flagged, *args)
    assert result.code == 0, result.err
    flags = json.loads(result.out)["flags"]
    assert [(f["control"], f["period"], f["pseudonym"]) for f in flags] == [
        ("blocked_category_attempts", "2026-10", "planning-00".ljust(32, "0")),
        ("blocked_category_attempts", "2026-11", "planning-00".ljust(32, "0")),
    ]
    plain = report_org(tmp_path / "plain", extra_controls="")
    assert json.loads(run(cli, plain, *args).out)["flags"] == []
