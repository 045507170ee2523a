"""Recording the works council's consent and the publication, and showing the monitoring status.

``policy consent`` stores the hash of exactly the monitoring part on disk
(``Organization.monitoring_hash``); any later change of a monitoring value makes
it differ, which lint rule P19 and the gate report (ADR 0020).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import InputError, PolicyEditError
from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization
from mediacode.policy.evaluation_due import next_evaluation_on
from mediacode.policy.gate import GateResult, monitoring_gate
from mediacode.policy.yaml_edit import Edit, edit_policy
from mediacode.services.audit import SYSTEM, record
from mediacode.services.consent_snapshots import save_snapshot

CONSENT = ("governance", "works_council_consent")
PUBLISHED_ON = ("governance", "published_on")


@dataclass(frozen=True)
class ConsentRecord:
    on: dt.date
    reference: str
    covers: str
    gate: GateResult
    language: str


@dataclass(frozen=True)
class PublicationRecord:
    on: dt.date
    gate: GateResult
    language: str


def record_consent(org_dir: Path, on: dt.date, reference: str, today: dt.date | None = None) -> ConsentRecord:
    """Write ``governance.works_council_consent`` with the hash of the monitoring part on disk."""
    today = today or dt.date.today()
    reference = reference.strip()
    if not reference:
        raise InputError(
            "the consent needs a reference (the works council's decision), e.g. 'OR-besluit 2026-04'"
        )
    if any(not char.isprintable() for char in reference):
        raise InputError("write the consent's reference on one line, without control characters")
    if on > today:
        raise InputError(
            f"the consent is dated {on.isoformat()}, after today ({today.isoformat()}); "
            "record it once the works council has consented"
        )
    covers = load_organization(org_dir).monitoring_hash()

    def same_rules(candidate: Organization) -> None:
        if candidate.monitoring_hash() != covers:
            raise PolicyEditError(
                "the monitoring rules changed while the consent was being recorded; try again"
            )

    org = edit_policy(
        org_dir,
        [
            Edit((*CONSENT, "on"), on),
            Edit((*CONSENT, "reference"), reference),
            Edit((*CONSENT, "covers"), covers),
        ],
        check=same_rules,
    )
    record(org_dir, SYSTEM, "policy.consent", {"on": on.isoformat(), "covers": covers}, org=org)
    save_snapshot(org, on, reference)
    return ConsentRecord(on, reference, covers, monitoring_gate(org, today), org.language)


def record_publication(org_dir: Path, on: dt.date, today: dt.date | None = None) -> PublicationRecord:
    """Write ``governance.published_on``; publishing before consent is allowed, monitoring stays off."""
    today = today or dt.date.today()
    load_organization(org_dir)
    org = edit_policy(org_dir, [Edit(PUBLISHED_ON, on)])
    record(org_dir, SYSTEM, "policy.publish", {"on": on.isoformat()}, org=org)
    return PublicationRecord(on, monitoring_gate(org, today), org.language)


@dataclass(frozen=True)
class PurposeView:
    id: str
    description: str
    controls: tuple[str, ...]


@dataclass(frozen=True)
class MonitoringStatus:
    """Whether monitoring may run today, why not, and the rules it would run under."""

    organization: str
    language: str
    today: dt.date
    gate: GateResult
    enabled: bool
    consent_on: dt.date | None
    consent_reference: str | None
    consent_covers_this_version: bool
    published_on: dt.date | None
    dpia_reference: str | None
    sources: tuple[str, ...]
    purposes: tuple[PurposeView, ...]
    retention_days: int | None
    backup_retention_days: int | None
    min_group_size: int
    privileged_groups: tuple[str, ...]
    evaluate_every_months: int | None
    last_evaluated_on: dt.date | None
    next_evaluation_on: dt.date | None
    reidentification_approvers: tuple[str, ...]

    @property
    def evaluation_overdue(self) -> bool:
        return self.next_evaluation_on is not None and self.next_evaluation_on < self.today

    def as_dict(self) -> dict[str, object]:
        def day(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "organization": self.organization,
            "today": self.today.isoformat(),
            "monitoring_allowed": self.gate.allowed,
            "reasons": [reason.as_dict(self.language) for reason in self.gate.reasons],
            "enabled": self.enabled,
            "consent": {
                "on": day(self.consent_on),
                "reference": self.consent_reference,
                "covers_this_version": self.consent_covers_this_version,
            },
            "published_on": day(self.published_on),
            "dpia_reference": self.dpia_reference,
            "sources": list(self.sources),
            "purposes": [
                {"id": p.id, "description": p.description, "controls": list(p.controls)}
                for p in self.purposes
            ],
            "retention_days": self.retention_days,
            "backup_retention_days": self.backup_retention_days,
            "min_group_size": self.min_group_size,
            "privileged_groups": list(self.privileged_groups),
            "evaluation": {
                "every_months": self.evaluate_every_months,
                "last_on": day(self.last_evaluated_on),
                "next_due_on": day(self.next_evaluation_on),
                "overdue": self.evaluation_overdue,
            },
            "reidentification_approvers": list(self.reidentification_approvers),
        }


def monitoring_status(org: Organization, today: dt.date) -> MonitoringStatus:
    """The gate's verdict and a compact view of the monitoring rules."""
    governance = org.policy.governance
    monitoring = org.policy.monitoring
    consent = governance.works_council_consent
    return MonitoringStatus(
        organization=org.name,
        language=org.language,
        today=today,
        gate=monitoring_gate(org, today),
        enabled=monitoring.enabled,
        consent_on=consent.on if consent else None,
        consent_reference=consent.reference if consent else None,
        consent_covers_this_version=consent is not None and consent.covers == org.monitoring_hash(),
        published_on=governance.published_on,
        dpia_reference=governance.dpia_reference,
        sources=tuple(monitoring.sources),
        purposes=tuple(PurposeView(p.id, p.description, p.controls) for p in monitoring.purposes),
        retention_days=monitoring.retention_days,
        backup_retention_days=monitoring.backup_retention_days,
        min_group_size=monitoring.min_group_size,
        privileged_groups=monitoring.privileged_groups,
        evaluate_every_months=governance.evaluate_every_months,
        last_evaluated_on=governance.last_evaluated_on,
        next_evaluation_on=next_evaluation_on(governance),
        reidentification_approvers=governance.reidentification_approvers,
    )
