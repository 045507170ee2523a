"""Differential privacy: the ε ledger (strictly), refusal when spent, and the noise (loosely)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from mediacode.monitoring.reports.laplace import opendp_laplace
from mediacode.monitoring.reports.privacy_budget import BudgetSpentError, Release, read_ledger, spend
from mediacode.services.report import build_report
from tests.monitoring.report_scenario import TODAY, report_org


def release(period: str, epsilon: float, control: str = "c") -> Release:
    return Release(period, "p", control, epsilon, "2026-12-01T00:00:00+00:00")


@pytest.mark.parametrize(
    ("spends", "refused_at"),
    [
        ([0.5, 0.5], None),
        ([0.4, 0.4, 0.4], 2),
        ([1.0, 0.01], 1),
        ([1.5], 0),
    ],
)
def test_the_ledger_refuses_what_exceeds_the_budget(
    tmp_path: Path, spends: list[float], refused_at: int | None
) -> None:
    ledger = tmp_path / "privacy-budget.json"
    for index, epsilon in enumerate(spends):
        if index == refused_at:
            before = ledger.read_bytes() if ledger.exists() else None
            with pytest.raises(BudgetSpentError, match="privacy budget of 2026-11 is spent"):
                spend(ledger, [release("2026-11", epsilon)], budget=1.0)
            assert (ledger.read_bytes() if ledger.exists() else None) == before
            return
        spend(ledger, [release("2026-11", epsilon)], budget=1.0)
    assert len(read_ledger(ledger)["2026-11"]) == len(spends)


def test_a_refusal_in_one_period_spends_nothing_in_another(tmp_path: Path) -> None:
    ledger = tmp_path / "privacy-budget.json"
    spend(ledger, [release("2026-11", 0.9)], budget=1.0)
    with pytest.raises(BudgetSpentError):
        spend(ledger, [release("2026-10", 0.2), release("2026-11", 0.2)], budget=1.0)
    assert "2026-10" not in read_ledger(ledger)


def test_reports_spend_the_budget_per_period_and_are_refused_when_spent(tmp_path: Path) -> None:
    org = report_org(tmp_path / "org", dp=True)
    calls: list[tuple[float, float]] = []

    def fake_noise(value: float, scale: float) -> float:
        calls.append((value, scale))
        return value

    # 7 controls are bound in the policy, so one release costs 1.0 / 7 of a month's ε.
    for _ in range(7):
        build_report(org, "capacity", "bandwidth_by_department", "2026-11", today=TODAY, noise=fake_noise)
    ledger = json.loads((org / ".mediacode" / "privacy-budget.json").read_text())
    entries = ledger["periods"]["2026-11"]
    assert len(entries) == 7
    assert sum(e["epsilon"] for e in entries) == pytest.approx(1.0)
    assert {e["control"] for e in entries} == {"bandwidth_by_department"}
    with pytest.raises(BudgetSpentError, match="2026-11 is spent"):
        build_report(org, "capacity", "bandwidth_by_department", "2026-11", today=TODAY, noise=fake_noise)
    # Another month keeps its own budget.
    report = build_report(
        org, "capacity", "bandwidth_by_department", "2026-10", today=TODAY, noise=fake_noise
    )
    assert report.privacy is not None
    assert report.privacy.remaining == {"2026-10": pytest.approx(1.0 - 1.0 / 7)}
    # Scale is bound / (ε / (2 × figures)): bytes bound 5e9, 2 figures → 4 × 7 × 5e9.
    assert max(scale for _, scale in calls) == pytest.approx(5e9 * 4 * 7)


def test_noisy_figures_keep_suppression_and_users_exact(tmp_path: Path) -> None:
    org = report_org(tmp_path / "org", dp=True)
    report = build_report(org, "private_use", "blocked_category_attempts", "2026-11", today=TODAY)
    plain_org = report_org(tmp_path / "plain")
    plain = build_report(plain_org, "private_use", "blocked_category_attempts", "2026-11", today=TODAY)
    assert [(r.department, r.suppressed, r.users) for r in report.rows] == [
        (r.department, r.suppressed, r.users) for r in plain.rows
    ]
    assert all(isinstance(r.figures["attempts"], int) and r.figures["attempts"] >= 0 for r in report.rows)


def test_a_figure_that_is_not_a_count_or_sum_cannot_be_noised(tmp_path: Path) -> None:
    custom = """
  controls:
    - name: mean_size
      purpose: capacity
      sql: SELECT department, AVG(bytes) AS mean, COUNT(DISTINCT person) AS users FROM web GROUP BY department
"""
    org = report_org(tmp_path / "org", extra_controls=custom, dp=True)
    with pytest.raises(Exception, match="'mean_size' returns 'mean', which is neither COUNT nor SUM"):
        build_report(org, "capacity", "mean_size", "2026-11", today=TODAY)


def test_opendp_laplace_noise_is_centred_with_the_asked_spread() -> None:
    draws = [opendp_laplace(100.0, 2.0) for _ in range(4000)]
    assert statistics.mean(draws) == pytest.approx(100.0, abs=0.3)
    # The mean absolute deviation of Laplace(b) is b.
    assert statistics.mean(abs(d - 100.0) for d in draws) == pytest.approx(2.0, rel=0.1)
    assert len(set(draws)) > 3900
