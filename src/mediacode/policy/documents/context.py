"""From an Organization to the plain, translated, Markdown-safe values the templates read.

Templates hold the sentences; this module decides the facts: which purposes
and controls, how many days, which names and dates (formatted with Babel in
the document's locale). Every value a person typed is passed through
:func:`literal` here, so no template can render it as Markdown or HTML. A
value the policy leaves out is ``None`` and the template says so plainly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date
from babel.numbers import format_decimal

from mediacode.i18n import gettext_for
from mediacode.org.organization import Organization
from mediacode.org.schema import BUILTIN_CONTROLS, Category, Policy
from mediacode.policy.documents import labels
from mediacode.policy.documents.kinds import DocumentLanguage
from mediacode.policy.documents.markdown_text import literal

DOMAIN = "documents"


@dataclass(frozen=True)
class Label:
    """A value of the policy and the words for it in the document's language."""

    id: str
    text: str


@dataclass(frozen=True)
class ControlView:
    name: str
    builtin: bool
    text: str | None
    """What the control does, in words; ``None`` for a custom control without a description."""


@dataclass(frozen=True)
class PurposeView:
    id: str
    description: str
    controls: tuple[ControlView, ...]


@dataclass(frozen=True)
class CategoryView:
    id: str
    title: str
    severity: str
    severity_text: str


@dataclass(frozen=True)
class GovernanceView:
    consent_on: str | None
    consent_reference: str | None
    consent_covers: str | None
    published_on: str | None
    privacy_officer: str | None
    dpia_reference: str | None
    evaluate_every_months: int | None
    last_evaluated_on: str | None
    next_evaluation_on: str | None
    discuss_case_within_days: int | None
    reidentification_approvers: tuple[Label, ...]


@dataclass(frozen=True)
class PrivateUseView:
    email: str | None
    internet: str | None
    when: str | None
    subject_tag: str | None
    folder: str | None
    mailbox: str | None

    @property
    def marker_set(self) -> bool:
        return any((self.subject_tag, self.folder, self.mailbox))

    @property
    def private_mail_possible(self) -> bool:
        return self.email in ("limited", "allowed")


@dataclass(frozen=True)
class MonitoringView:
    enabled: bool
    sources: tuple[Label, ...]
    retention_days: int | None
    retention_justification: str | None
    backup_retention_days: int | None
    key_period: str
    min_group_size: int
    privileged_groups: tuple[Label, ...]
    purposes: tuple[PurposeView, ...]
    web_fields: tuple[Label, ...]
    mail_fields: tuple[Label, ...]
    differential_privacy: bool
    epsilon_per_month: str


@dataclass(frozen=True)
class PreventionView:
    blocked_categories: tuple[Label, ...]
    blocked_domains: tuple[str, ...]


@dataclass(frozen=True)
class SocialMediaView:
    categories: tuple[CategoryView, ...]
    approver: str
    """``manager``, ``privacy_officer`` or ``person``."""
    approver_name: str | None
    position_roles: tuple[Label, ...]
    disclaimer: bool
    approval_retention_days: int


@dataclass(frozen=True)
class RecruitmentView:
    screens_social_profiles: bool
    vacancy_notice: bool
    delete_after_days: int | None
    longer_with_candidate_consent: bool


@dataclass(frozen=True)
class DocumentContext:
    lang: str
    org_name: str
    org_aliases: tuple[str, ...]
    governance: GovernanceView
    private_use: PrivateUseView
    monitoring: MonitoringView
    prevention: PreventionView
    social_media: SocialMediaView
    recruitment: RecruitmentView


def build_context(org: Organization, language: DocumentLanguage) -> DocumentContext:
    """Everything the four documents say about ``org``, ready for the templates of ``language``."""
    builder = _Builder(org, language)
    policy = org.policy
    return DocumentContext(
        lang=language.value,
        org_name=literal(policy.organization.name),
        org_aliases=tuple(literal(a) for a in policy.organization.aliases),
        governance=builder.governance(),
        private_use=_private_use(policy),
        monitoring=builder.monitoring(),
        prevention=PreventionView(
            blocked_categories=builder.labels(
                policy.prevention.blocked_categories, labels.BLOCKED_CATEGORIES
            ),
            blocked_domains=tuple(literal(d) for d in policy.prevention.blocked_domains),
        ),
        social_media=builder.social_media(),
        recruitment=RecruitmentView(
            screens_social_profiles=policy.recruitment.screens_social_profiles,
            vacancy_notice=policy.recruitment.vacancy_notice,
            delete_after_days=policy.recruitment.delete_applicant_data_after_days,
            longer_with_candidate_consent=policy.recruitment.longer_with_candidate_consent,
        ),
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` later, on the last day of the month when it has fewer days."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (following - dt.timedelta(days=1)).day))


def _private_use(policy: Policy) -> PrivateUseView:
    section = policy.private_use
    marker = section.private_mail_marker
    return PrivateUseView(
        email=section.email,
        internet=section.internet,
        when=literal(section.when) if section.when else None,
        subject_tag=literal(marker.subject_tag) if marker.subject_tag else None,
        folder=literal(marker.folder) if marker.folder else None,
        mailbox=literal(marker.mailbox) if marker.mailbox else None,
    )


class _Builder:
    """The language-dependent parts: translated labels, dates and names."""

    def __init__(self, org: Organization, language: DocumentLanguage) -> None:
        self.org = org
        self.policy = org.policy
        self.locale = language.babel_locale
        self._ = gettext_for(language.value, DOMAIN)

    def date(self, day: dt.date | None) -> str | None:
        return format_date(day, format="long", locale=self.locale) if day else None

    def labels(self, values: tuple[str, ...], words: dict[str, str]) -> tuple[Label, ...]:
        return tuple(Label(v, self._(words[v]) if v in words else literal(v)) for v in values)

    def person_name(self, person_id: str | None) -> str | None:
        person = self.org.find_person(person_id) if person_id else None
        return literal(person.name) if person else None

    def governance(self) -> GovernanceView:
        section = self.policy.governance
        consent = section.works_council_consent
        next_on = (
            add_months(section.last_evaluated_on, section.evaluate_every_months)
            if section.last_evaluated_on and section.evaluate_every_months
            else None
        )
        return GovernanceView(
            consent_on=self.date(consent.on) if consent else None,
            consent_reference=literal(consent.reference) if consent else None,
            consent_covers=consent.covers.removeprefix("sha256:")[:12]
            if consent and consent.covers
            else None,
            published_on=self.date(section.published_on),
            privacy_officer=self.person_name(section.privacy_officer),
            dpia_reference=literal(section.dpia_reference) if section.dpia_reference else None,
            evaluate_every_months=section.evaluate_every_months,
            last_evaluated_on=self.date(section.last_evaluated_on),
            next_evaluation_on=self.date(next_on),
            discuss_case_within_days=section.discuss_case_within_days,
            reidentification_approvers=self.labels(section.reidentification_approvers, labels.APPROVER_ROLES),
        )

    def monitoring(self) -> MonitoringView:
        section = self.policy.monitoring
        return MonitoringView(
            enabled=section.enabled,
            sources=self.labels(section.sources, labels.SOURCES),
            retention_days=section.retention_days,
            retention_justification=(
                literal(section.retention_justification) if section.retention_justification else None
            ),
            backup_retention_days=section.backup_retention_days,
            key_period=self._(labels.KEY_PERIODS[section.key_period]),
            min_group_size=section.min_group_size,
            privileged_groups=self.labels(section.privileged_groups, labels.GROUPS),
            purposes=tuple(self.purpose(p.id) for p in section.purposes),
            web_fields=self.labels(section.logged_fields.web, labels.WEB_FIELDS),
            mail_fields=self.labels(section.logged_fields.mail, labels.MAIL_FIELDS),
            differential_privacy=section.differential_privacy.enabled,
            epsilon_per_month=format_decimal(
                section.differential_privacy.epsilon_per_month, locale=self.locale
            ),
        )

    def purpose(self, purpose_id: str) -> PurposeView:
        section = self.policy.monitoring
        purpose = next(p for p in section.purposes if p.id == purpose_id)
        names = list(purpose.controls)
        names += [c.name for c in section.controls if c.purpose == purpose_id and c.name not in names]
        return PurposeView(
            id=purpose.id,
            description=literal(purpose.description),
            controls=tuple(self.control(name) for name in names),
        )

    def control(self, name: str) -> ControlView:
        custom = next((c for c in self.policy.monitoring.controls if c.name == name), None)
        if custom is not None:
            text = literal(custom.description) if custom.description else None
            return ControlView(name=name, builtin=False, text=text)
        name = name.replace("`", "'")
        if name in BUILTIN_CONTROLS and name in labels.BUILTIN_CONTROL_TEXTS:
            return ControlView(name=name, builtin=True, text=self._(labels.BUILTIN_CONTROL_TEXTS[name]))
        return ControlView(name=name, builtin=False, text=None)

    def social_media(self) -> SocialMediaView:
        section = self.policy.social_media
        categories = tuple(
            CategoryView(
                id=category.value,
                title=self._(labels.CATEGORIES[category.value]),
                severity=section.severity_of(category).value,
                severity_text=self._(labels.SEVERITIES[section.severity_of(category).value]),
            )
            for category in Category
        )
        if section.approver in ("manager", "privacy_officer"):
            approver = section.approver
            name = self.person_name(self.policy.governance.privacy_officer) if approver != "manager" else None
        else:
            approver, name = "person", self.person_name(section.approver)
        return SocialMediaView(
            categories=categories,
            approver=approver,
            approver_name=name,
            position_roles=self.labels(section.position_roles, labels.PERSON_ROLES),
            disclaimer=section.disclaimer,
            approval_retention_days=section.approval_retention_days,
        )
