"""Use case: a purpose-bound, suppressed report of the stored traffic figures (monitoring.md steps 7–8).

Refused unless the monitoring gate allows monitoring today. Each control the
purpose binds runs, per stored month, on the chosen engine over only that
month's day partitions; rows below the minimum group size are suppressed
(primary and secondary), figures optionally get differential-privacy noise
within the period's ε budget, and controls with a flag list pseudonyms far
above their department's median.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from mediacode.errors import GovernanceError, InputError
from mediacode.monitoring import partitions
from mediacode.monitoring.controls.catalog import all_bound_names, controls_for, get_purpose
from mediacode.monitoring.controls.control import PEER_CATEGORY, PEER_CATEGORY_COLUMNS, Control
from mediacode.monitoring.controls.rewrite import IS_TOTAL, person_query, with_total_query
from mediacode.monitoring.engines.engine import Engine, open_engine
from mediacode.monitoring.peer_categories import category_domains, peers_in_categories
from mediacode.monitoring.reports.flags import find_flags
from mediacode.monitoring.reports.laplace import Noise, opendp_laplace
from mediacode.monitoring.reports.noise import add_noise, check_noisable
from mediacode.monitoring.reports.privacy_budget import Release, ledger_path, spend
from mediacode.monitoring.reports.report import FlagEntry, PrivacyNote, Report, ReportRow
from mediacode.monitoring.reports.suppression import suppress_table
from mediacode.monitoring.reports.table import build_table
from mediacode.monitoring.stored import MAIL, WEB
from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.policy.gate import monitoring_gate
from mediacode.services.audit import SYSTEM, record
from mediacode.storage.layout import StateLayout
from mediacode.storage.ledger import Ledger
from mediacode.storage.lock import reading

FORMATS = ("text", "json", "csv", "html")


def build_report(
    org_dir: Path,
    purpose: str,
    control: str | None = None,
    period: str | None = None,
    engine: str = "duckdb",
    today: dt.date | None = None,
    noise: Noise | None = None,
) -> Report:
    """The report of ``purpose`` (all its controls, or the one named) for one month or every stored one."""
    org = load_organization(org_dir)
    gate = monitoring_gate(org, today or dt.date.today())
    if not gate.allowed:
        reasons = "; ".join(reason.text() for reason in gate.reasons)
        raise GovernanceError(f"no report: monitoring is not allowed ({reasons})")
    policy = org.policy
    controls = controls_for(policy, purpose, control)
    privacy = policy.monitoring.differential_privacy
    if privacy.enabled:
        for checked in controls:
            check_noisable(checked)
    with reading(org.state_dir):  # one view of the data folder: each input whole or not at all
        data = partitions.data_dir(org.state_dir)
        if period is not None and not partitions.is_month(period):
            raise InputError(f"--period {period!r} is not a month: use YYYY-MM")
        months = partitions.stored_months(data, (WEB.name, MAIL.name))
        periods = [m for m in months if m == period] if period is not None else months
        described = get_purpose(policy, purpose)
        report = Report(
            organization=org.name,
            purpose=purpose,
            purpose_description=described.description,
            controls=tuple(c.name for c in controls),
            figure_names={c.name: tuple(f.name for f in c.figures) for c in controls},
            period=period,
            periods=tuple(periods),
            min_group_size=policy.monitoring.min_group_size,
            engine=engine,
        )
        epsilon = privacy.epsilon_per_month / max(1, len(all_bound_names(policy))) if privacy.enabled else 0.0
        runner = open_engine(engine)
        try:
            for month in periods:
                _register(runner, org, data, month, controls)
                for checked in controls:
                    rows, flags = _control_table(
                        runner, checked, month, report.min_group_size, epsilon, noise
                    )
                    report.rows.extend(rows)
                    report.flags.extend(flags)
        finally:
            runner.close()
    if privacy.enabled and periods:
        releases = [
            Release(month, purpose, c.name, epsilon, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
            for month in periods
            for c in controls
        ]
        remaining = spend(ledger_path(org.state_dir), releases, privacy.epsilon_per_month)
        report.privacy = PrivacyNote(epsilon, remaining)
    details = {"purpose": purpose, "control": control, "periods": list(periods), "engine": engine}
    counts = {"rows": len(report.rows), "flags": len(report.flags)}
    record(org_dir, SYSTEM, "report", details | counts, org=org)
    return report


def _register(runner: Engine, org: Organization, data: Path, month: str, controls: Sequence[Control]) -> None:
    publishing = Ledger(StateLayout(org.root).ledger).pending_ingests()  # half-published inputs (ADR 0100)
    for table in (WEB, MAIL):
        files = partitions.files_of_month(data, table.name, month)
        runner.register(table, [path for path in files if path.stem not in publishing])
    wanted = sorted({category for c in controls for category in c.peer_categories})
    pairs: list[tuple[str, str]] = []
    if wanted:
        shown = org.policy.prevention.category_list
        listed = category_domains(org.root / shown if shown else None, wanted)
        if any(listed.values()):
            found = runner.query("SELECT DISTINCT peer_domain FROM mail WHERE peer_domain IS NOT NULL")
            pairs = peers_in_categories((str(r["peer_domain"]) for r in found), listed)
    runner.register_rows(PEER_CATEGORY, PEER_CATEGORY_COLUMNS, [tuple(p) for p in pairs])


def _control_table(
    runner: Engine, control: Control, month: str, min_group_size: int, epsilon: float, noise: Noise | None
) -> tuple[list[ReportRow], list[FlagEntry]]:
    found = runner.query(with_total_query(control.sql))
    departments = [r for r in found if not r.get(IS_TOTAL)]
    rows = build_table(control, month, departments, [r for r in found if r.get(IS_TOTAL)])
    people = runner.query(person_query(control.sql)) if rows and (epsilon or control.flag) else []
    if epsilon and rows:
        add_noise(control, rows, people, epsilon, noise or opendp_laplace)
    suppress_table(rows, min_group_size)
    flags: list[FlagEntry] = []
    if control.flag is not None and rows:
        shown = {r.raw_department for r in rows if not r.total and not r.suppressed}
        flags = find_flags(
            control.name,
            month,
            people,
            control.flag_figure.name,
            control.flag.above_department_median,
            control.flag.action,
            shown,
        )
    return rows, flags


def render(report: Report, output: str) -> str:
    """The report in ``output`` format (text, json, csv or html)."""
    if output == "json":
        from mediacode.monitoring.reports.formats.json_format import render_json

        return render_json(report) + "\n"
    if output == "csv":
        from mediacode.monitoring.reports.formats.csv_format import render_csv

        return render_csv(report)
    if output == "html":
        from mediacode.monitoring.reports.formats.html_format import render_html

        return render_html(report)
    if output == "text":
        from mediacode.monitoring.reports.formats.text_format import render_text

        return render_text(report)
    raise InputError(f"unknown format {output!r}: use {', '.join(FORMATS)}")
