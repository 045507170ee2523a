"""The contract: the same Parquet through DuckDB and Spark gives identical figures, suppression and flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.monitoring.reports.formats.json_format import as_data
from mediacode.services.report import build_report
from tests.monitoring.report_scenario import TODAY

pytestmark = pytest.mark.spark

CASES = [
    ("security", "malware_hits"),
    ("security", "phishing_hits"),
    ("capacity", "bandwidth_by_department"),
    ("private_use", "blocked_category_attempts"),
    ("private_use", "private_browsing_share"),
    ("private_use", "gambling_requests"),
    ("capacity", "outbound_mail"),
]


def report_data(org: Path, purpose: str, control: str, engine: str) -> dict[str, object]:
    data = as_data(build_report(org, purpose, control, None, engine, today=TODAY))
    data.pop("engine")
    return data


@pytest.mark.parametrize(("purpose", "control"), CASES)
def test_both_engines_give_identical_reports(
    spark_session: object, shared_org: Path, purpose: str, control: str
) -> None:
    duck = report_data(shared_org, purpose, control, "duckdb")
    spark = report_data(shared_org, purpose, control, "spark")
    assert duck == spark
    rows = spark["rows"]
    assert isinstance(rows, list) and rows
    assert any(r["suppressed"] for r in rows) and any(not r["suppressed"] for r in rows)
    # The invariant, on the Spark result (equal to DuckDB's): no published row below the minimum.
    for row in rows:
        assert row["suppressed"] or row["users"] >= duck["min_group_size"]
        assert not row["suppressed"] or row["users"] is None


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_flags_are_the_same_pseudonyms_on_both_engines(
    spark_session: object, shared_org: Path, engine: str
) -> None:
    report = build_report(shared_org, "private_use", "gambling_requests", None, engine, today=TODAY)
    assert [(f.period, f.pseudonym, f.times_department_median) for f in report.flags] == [
        ("2026-10", "planning-00".ljust(32, "0"), 10.0),
        ("2026-11", "planning-00".ljust(32, "0"), 10.0),
    ]


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_known_figures(spark_session: object, shared_org: Path, engine: str) -> None:
    """Figures checked by hand against the scenario, so that agreeing engines are also right."""
    report = build_report(shared_org, "security", "malware_hits", "2026-11", engine, today=TODAY)
    by_department = {r.department: r for r in report.rows}
    planning = by_department["Planning"]
    # 12 people: 6 visit bad.example once; every person gets one inbound mail from mx.bad.example.
    assert (planning.figures, planning.users, planning.suppressed) == (
        {"web_requests": 6, "mail_deliveries": 12},
        12,
        False,
    )
    total = by_department["(all)"]
    assert total.figures == {"web_requests": 6 + 8 + 2 + 6 + 2, "mail_deliveries": 12 + 15 + 3 + 11}
    assert total.users == 12 + 15 + 3 + 11 + 2
