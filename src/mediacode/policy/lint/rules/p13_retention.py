"""P13: traffic data retention is stated, and at most six months unless justified."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

SIX_MONTHS_DAYS = 183


class Retention(Rule):
    id = "P13"
    title = "Traffic data is kept at most six months unless justified"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        monitoring = ctx.policy.monitoring
        if not monitoring.enabled:
            return []
        path = ("monitoring", "retention_days")
        days = monitoring.retention_days
        if days is None:
            message = ctx._(
                "Monitoring is enabled but the policy does not say how long traffic data is kept. "
                "Set monitoring.retention_days, at most 183 days (six months)."
            )
            return [self.finding(ctx, path, message)]
        justified = bool(monitoring.retention_justification and monitoring.retention_justification.strip())
        if days > SIX_MONTHS_DAYS and not justified:
            message = ctx._(
                "Traffic data is kept for {days} days, longer than six months (183 days), and no reason "
                "is recorded. Lower monitoring.retention_days to 183 or less, or record why in "
                "monitoring.retention_justification."
            ).format(days=days)
            return [self.finding(ctx, path, message, "warning")]
        return []
