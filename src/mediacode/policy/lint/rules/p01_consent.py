"""P01: monitoring is enabled only with a recorded works-council consent."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class WorksCouncilConsent(Rule):
    id = "P01"
    title = "Monitoring needs the works council's consent"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        policy = ctx.policy
        if not policy.monitoring.enabled or policy.governance.works_council_consent is not None:
            return []
        message = ctx._(
            "Monitoring is enabled but no consent of the works council is recorded. "
            "Record the consent with `mediacode policy consent` or set monitoring.enabled to false."
        )
        return [self.finding(ctx, ("governance", "works_council_consent"), message)]
