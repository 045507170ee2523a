"""``mediacode policy consent|publish|status``: record governance facts, show whether monitoring may run."""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from mediacode.cli.date_option import TodayOption, parse_date, today_or
from mediacode.cli.options import OrgOption

if TYPE_CHECKING:
    from mediacode.policy.gate import GateResult
    from mediacode.services.governance import MonitoringStatus

OnOption = Annotated[dt.date, typer.Option("--on", parser=parse_date, help="The date, YYYY-MM-DD.")]


class StatusFormat(StrEnum):
    text = "text"
    json = "json"


def register(group: typer.Typer) -> None:
    """Add ``consent``, ``publish`` and ``status`` to ``group``."""
    group.command("consent")(consent)
    group.command("publish")(publish)
    group.command("status")(status)


def consent(
    org: OrgOption,
    on: OnOption,
    reference: Annotated[str, typer.Option("--reference", help="The works council's decision.")],
    today: TodayOption = None,
) -> None:
    """Record the works council's consent for the monitoring rules as they are now."""
    from mediacode.services.governance import record_consent

    record = record_consent(org, on, reference, today_or(today))
    typer.echo(
        "recorded governance.works_council_consent: "
        f"on {record.on.isoformat()}, reference {record.reference!r}, covers {record.covers}"
    )
    _echo_gate(record.gate, record.language)


def publish(org: OrgOption, on: OnOption, today: TodayOption = None) -> None:
    """Record the date the regulation was published to employees."""
    from mediacode.services.governance import record_publication

    record = record_publication(org, on, today_or(today))
    typer.echo(f"recorded governance.published_on: {record.on.isoformat()}")
    _echo_gate(record.gate, record.language)


def status(
    org: OrgOption,
    today: TodayOption = None,
    format: Annotated[StatusFormat, typer.Option("--format", help="text or json.")] = StatusFormat.text,
) -> None:
    """Whether monitoring is allowed now, every reason why not, and the rules it runs under."""
    from mediacode.org.loader import load_organization
    from mediacode.services.governance import monitoring_status

    view = monitoring_status(load_organization(org), today_or(today))
    if format is StatusFormat.json:
        typer.echo(json.dumps(view.as_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(_status_text(view))


def _echo_gate(gate: GateResult, language: str) -> None:
    if gate.allowed:
        typer.echo(gate.verdict(language))
        return
    typer.echo("monitoring stays off:")
    for reason in gate.reasons:
        typer.echo(f"  - {reason.text(language)}")


def _status_text(view: MonitoringStatus) -> str:
    from mediacode.i18n import gettext_for

    _ = gettext_for(view.language, "cli")

    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else _("not recorded")

    lines = [f"{view.organization} ({view.today.isoformat()}): {view.gate.verdict(view.language)}"]
    lines.extend(f"  - {reason.text(view.language)} [{reason.code}]" for reason in view.gate.reasons)
    consent = _("not recorded")
    if view.consent_on is not None:
        covers = (
            _("covers this version") if view.consent_covers_this_version else _("does NOT cover this version")
        )
        consent = f"{day(view.consent_on)} ({view.consent_reference}), {covers}"
    due = _("not set")
    if view.next_evaluation_on is not None:
        due = day(view.next_evaluation_on) + (f" ({_('overdue')})" if view.evaluation_overdue else "")
    days = _("{count} days")
    retention = days.format(count=view.retention_days) if view.retention_days else _("not stated")
    backups = (
        days.format(count=view.backup_retention_days)
        if view.backup_retention_days is not None
        else _("not stated")
    )
    approvers = f" {_('and')} ".join(view.reidentification_approvers) or _("nobody")
    rows = [
        (_("enabled"), _("yes") if view.enabled else _("no")),
        (_("consent"), consent),
        (_("published on"), day(view.published_on)),
        (_("DPIA"), view.dpia_reference or _("not recorded")),
        (_("sources"), ", ".join(view.sources) or _("none")),
        (_("purposes"), "" if view.purposes else _("none")),
    ]
    purposes = [
        f"  {p.id}: {', '.join(p.controls) or _('no controls')} ({p.description})" for p in view.purposes
    ]
    tail = [
        (_("retention"), f"{retention}, {_('backups')} {backups}"),
        (_("min group size"), str(view.min_group_size)),
        (_("privileged groups"), ", ".join(view.privileged_groups) or _("none")),
        (_("next evaluation"), due),
        (_("re-identification"), f"{_('approved by')} {approvers}"),
    ]
    width = max(len(label) for label, _value in rows + tail) + 2
    lines.append("")
    lines.extend(f"{label + ':':<{width}}{value}".rstrip() for label, value in rows)
    lines.extend(purposes)
    lines.extend(f"{label + ':':<{width}}{value}" for label, value in tail)
    return "\n".join(lines)
