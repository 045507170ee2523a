"""The schema of ``policy.yaml``: every key, its type and its default.

Unknown keys are mistakes (``extra="forbid"``) so that a typo never silently
turns a rule off. Everything left out gets the default of the default code
(``policy.md``); a file naming only the organization and the directory is valid.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    """Base of every policy section: frozen, and unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Category(StrEnum):
    """The eight categories of the social media code (``review.md``)."""

    COLLEAGUE = "colleague"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    CONFIDENTIAL = "confidential"
    PERSONAL_DATA = "personal_data"
    DAMAGING = "damaging"
    CONDUCT = "conduct"
    POSITION = "position"


class Severity(StrEnum):
    """Severities in increasing order; the verdict is the highest among the findings."""

    ALLOWED = "allowed"
    CAUTION = "caution"
    APPROVAL_REQUIRED = "approval_required"
    NOT_ALLOWED = "not_allowed"

    @property
    def rank(self) -> int:
        return _SEVERITY_ORDER.index(self)


_SEVERITY_ORDER = [
    Severity.ALLOWED,
    Severity.CAUTION,
    Severity.APPROVAL_REQUIRED,
    Severity.NOT_ALLOWED,
]

DEFAULT_SEVERITIES: dict[Category, Severity] = {
    Category.COLLEAGUE: Severity.CAUTION,
    Category.CUSTOMER: Severity.CAUTION,
    Category.SUPPLIER: Severity.CAUTION,
    Category.CONFIDENTIAL: Severity.APPROVAL_REQUIRED,
    Category.PERSONAL_DATA: Severity.NOT_ALLOWED,
    Category.DAMAGING: Severity.NOT_ALLOWED,
    Category.CONDUCT: Severity.CAUTION,
    Category.POSITION: Severity.CAUTION,
}

Language = Literal["nl", "en"]
Role = Literal["employee", "manager", "director"]
PrivateUse = Literal["none", "limited", "allowed"]
Source = Literal["squid", "combined", "postfix", "m365"]
KeyPeriod = Literal["week", "month", "quarter"]

BUILTIN_CONTROLS: frozenset[str] = frozenset(
    {
        "malware_hits",
        "phishing_hits",
        "bandwidth_by_department",
        "blocked_category_attempts",
        "private_browsing_share",
    }
)
"""Controls mediacode ships; an organization may add its own under ``monitoring.controls``."""

FORBIDDEN_USE_CONTROLS: frozenset[str] = frozenset({"blocked_category_attempts", "private_browsing_share"})
"""Built-in controls that look for forbidden use; their purpose needs a preventive block (P04)."""


class OrganizationSection(Strict):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    language: Language = "nl"


class DirectorySection(Strict):
    people: str = "people.csv"
    relations: str | None = "relations.csv"
    confidential_terms: str | None = "confidential.txt"


class SocialMediaSection(Strict):
    approver: str = "manager"
    """``manager`` (the author's manager), ``privacy_officer``, or a person id."""
    position_roles: tuple[Role, ...] = ("manager", "director")
    disclaimer: bool = True
    """Suggest a disclaimer ("my own view") to the position roles."""
    severities: dict[Category, Severity] = Field(default_factory=dict)
    approval_retention_days: int = Field(default=30, ge=0)
    """How long a decided approval request (with its draft) is kept."""
    employer_profile_mandatory: bool = False
    """Whether employees must use an employer-provided profile (P17 forbids it)."""
    promotion_required: bool = False
    """Whether employees must promote the organization on their own accounts (P18)."""

    def severity_of(self, category: Category) -> Severity:
        return self.severities.get(category, DEFAULT_SEVERITIES[category])


class PrivateMailMarker(Strict):
    subject_tag: str | None = None
    folder: str | None = None
    mailbox: str | None = None

    def is_set(self) -> bool:
        return any((self.subject_tag, self.folder, self.mailbox))


class PrivateUseSection(Strict):
    email: PrivateUse | None = None
    internet: PrivateUse | None = None
    when: str | None = None
    private_mail_marker: PrivateMailMarker = PrivateMailMarker()


class Consent(Strict):
    on: dt.date
    reference: str = Field(min_length=1)
    covers: str | None = None
    """``sha256:<hex>`` of the monitoring part this consent was given for."""


class GovernanceSection(Strict):
    works_council_consent: Consent | None = None
    published_on: dt.date | None = None
    privacy_officer: str | None = None
    dpia_reference: str | None = None
    evaluate_every_months: int | None = Field(default=None, ge=1)
    last_evaluated_on: dt.date | None = None
    discuss_case_within_days: int | None = Field(default=None, ge=1)
    reidentification_approvers: tuple[str, ...] = ("privacy_officer", "works_council")
    subject_access: bool = True
    """Employees can see the data held about them; P09 makes switching it off an error."""
    system_administrators: tuple[str, ...] = ()
    """Person ids of the people who run the tool; they may never approve a re-identification (P07)."""


class Purpose(Strict):
    id: str = Field(min_length=1, pattern=r"^[a-z][a-z0-9_]*$")
    description: str = Field(min_length=1)
    controls: tuple[str, ...] = ()
    forbidden_use: bool | None = None
    """Whether the purpose is about forbidden use (P04); inferred from its controls if left out."""


class FlagRule(Strict):
    above_department_median: float = Field(default=3.0, gt=1.0)
    action: str = "open_case"
    """What a flag leads to; only ``open_case`` keeps a person in the loop (P21)."""


class CustomControl(Strict):
    name: str = Field(min_length=1, pattern=r"^[a-z][a-z0-9_]*$")
    purpose: str | None = None
    description: str | None = None
    sql: str = Field(min_length=1)
    flag: FlagRule | None = None
    forbidden_use: bool = False


class LoggedFields(Strict):
    web: tuple[str, ...] = (
        "time",
        "user",
        "host",
        "method",
        "status",
        "bytes",
        "content_type",
        "category",
    )
    mail: tuple[str, ...] = ("time", "sender", "recipients", "size", "direction", "status")


class DifferentialPrivacy(Strict):
    enabled: bool = False
    epsilon_per_month: float = Field(default=1.0, gt=0)


class MonitoringSection(Strict):
    enabled: bool = False
    sources: tuple[Source, ...] = ()
    retention_days: int | None = Field(default=None, ge=1)
    retention_justification: str | None = None
    backup_retention_days: int | None = Field(default=None, ge=0)
    key_period: KeyPeriod = "month"
    min_group_size: int = Field(default=10, ge=1)
    privileged_groups: tuple[str, ...] = ("works_council", "company_doctor")
    purposes: tuple[Purpose, ...] = ()
    controls: tuple[CustomControl, ...] = ()
    flags: dict[str, FlagRule] = Field(default_factory=dict)
    """Flag rules for built-in controls, by control name (the organization's own controls carry theirs)."""
    logged_fields: LoggedFields = LoggedFields()
    differential_privacy: DifferentialPrivacy = DifferentialPrivacy()


class PreventionSection(Strict):
    blocked_categories: tuple[str, ...] = ()
    blocked_domains: tuple[str, ...] = ()
    category_list: str | None = None
    """A folder in the UT1/squidGuard layout (``<category>/domains``) inside the organization folder."""


class RecruitmentSection(Strict):
    screens_social_profiles: bool = False
    vacancy_notice: bool = False
    delete_applicant_data_after_days: int | None = Field(default=None, ge=0)
    longer_with_candidate_consent: bool = True


class Policy(Strict):
    """The whole of ``policy.yaml`` after validation, defaults filled in."""

    organization: OrganizationSection
    directory: DirectorySection = DirectorySection()
    social_media: SocialMediaSection = SocialMediaSection()
    private_use: PrivateUseSection = PrivateUseSection()
    governance: GovernanceSection = GovernanceSection()
    monitoring: MonitoringSection = MonitoringSection()
    prevention: PreventionSection = PreventionSection()
    recruitment: RecruitmentSection = RecruitmentSection()
