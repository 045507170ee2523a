"""The monitoring gate: whether the policy allows monitoring today, and every reason why not.

``mediacode ingest`` calls ``monitoring_gate`` before it reads a line, and
``policy status`` shows the same reasons. The gate is pure: it looks at the
validated policy and a date, nothing else. Each reason has a stable code for
machines and an English message id, translated through the gettext domain
``cli`` so that the CLI and the web app can show it in the policy's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from mediacode.i18n import gettext_for
from mediacode.org.organization import Organization

DOMAIN = "cli"


class GateCode(StrEnum):
    MONITORING_DISABLED = "monitoring_disabled"
    NO_CONSENT = "no_consent"
    CONSENT_IN_FUTURE = "consent_in_future"
    CONSENT_NOT_BOUND = "consent_not_bound"
    CONSENT_OUTDATED = "consent_outdated"
    NOT_PUBLISHED = "not_published"
    PUBLICATION_IN_FUTURE = "publication_in_future"
    NO_DPIA = "no_dpia"
    NO_SOURCES = "no_sources"
    SOURCE_NOT_DECLARED = "source_not_declared"


MESSAGES: dict[GateCode, str] = {
    GateCode.MONITORING_DISABLED: "monitoring is switched off in the policy (monitoring.enabled is false)",
    GateCode.NO_CONSENT: "no consent of the works council is recorded",
    GateCode.CONSENT_IN_FUTURE: "the consent of the works council is dated {on}, after today ({today})",
    GateCode.CONSENT_NOT_BOUND: (
        "the recorded consent does not say which version of the monitoring rules it covers; "
        "record it with 'mediacode policy consent'"
    ),
    GateCode.CONSENT_OUTDATED: (
        "the monitoring rules changed after the works council consented; the changed rules need consent again"
    ),
    GateCode.NOT_PUBLISHED: "the regulation has not been published to employees",
    GateCode.PUBLICATION_IN_FUTURE: "the regulation is published on {on}, after today ({today})",
    GateCode.NO_DPIA: "no DPIA reference is recorded (governance.dpia_reference)",
    GateCode.NO_SOURCES: "no source is declared under monitoring.sources",
    GateCode.SOURCE_NOT_DECLARED: "the source {source} is not declared under monitoring.sources",
}
"""English message ids of the reasons; ``locale/nl/LC_MESSAGES/cli.po`` translates them."""

VERDICTS = {
    True: "monitoring is allowed",
    False: "monitoring is not allowed",
}


@dataclass(frozen=True)
class GateReason:
    """One reason monitoring may not run: a code, and the values its message names."""

    code: GateCode
    values: tuple[tuple[str, str], ...] = ()

    def text(self, language: str = "en") -> str:
        """The message in ``language`` with its values filled in."""
        _ = gettext_for(language, DOMAIN)
        return _(MESSAGES[self.code]).format(**dict(self.values))

    def as_dict(self, language: str = "en") -> dict[str, str]:
        return {"code": str(self.code), "message": self.text(language)}


@dataclass(frozen=True)
class GateResult:
    """``allowed`` is true exactly when there is no reason against."""

    reasons: tuple[GateReason, ...]

    @property
    def allowed(self) -> bool:
        return not self.reasons

    @property
    def codes(self) -> tuple[GateCode, ...]:
        return tuple(reason.code for reason in self.reasons)

    def verdict(self, language: str = "en") -> str:
        return gettext_for(language, DOMAIN)(VERDICTS[self.allowed])


def monitoring_gate(org: Organization, today: dt.date, source: str | None = None) -> GateResult:
    """Every reason the policy does not allow monitoring on ``today`` (of ``source``, if named)."""
    governance = org.policy.governance
    monitoring = org.policy.monitoring
    reasons: list[GateReason] = []
    if not monitoring.enabled:
        reasons.append(GateReason(GateCode.MONITORING_DISABLED))
    consent = governance.works_council_consent
    if consent is None:
        reasons.append(GateReason(GateCode.NO_CONSENT))
    else:
        if consent.on > today:
            reasons.append(_dated(GateCode.CONSENT_IN_FUTURE, consent.on, today))
        if consent.covers is None:
            reasons.append(GateReason(GateCode.CONSENT_NOT_BOUND))
        elif consent.covers != org.monitoring_hash():
            reasons.append(GateReason(GateCode.CONSENT_OUTDATED))
    if governance.published_on is None:
        reasons.append(GateReason(GateCode.NOT_PUBLISHED))
    elif governance.published_on > today:
        reasons.append(_dated(GateCode.PUBLICATION_IN_FUTURE, governance.published_on, today))
    if not (governance.dpia_reference or "").strip():
        reasons.append(GateReason(GateCode.NO_DPIA))
    if not monitoring.sources:
        reasons.append(GateReason(GateCode.NO_SOURCES))
    elif source is not None and source not in monitoring.sources:
        reasons.append(GateReason(GateCode.SOURCE_NOT_DECLARED, (("source", source),)))
    return GateResult(tuple(reasons))


def _dated(code: GateCode, on: dt.date, today: dt.date) -> GateReason:
    return GateReason(code, (("on", on.isoformat()), ("today", today.isoformat())))
