"""P02: monitoring is enabled only after the regulation has been published to employees."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class Publication(Rule):
    id = "P02"
    title = "Monitoring starts only after the regulation is published"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        policy = ctx.policy
        if not policy.monitoring.enabled:
            return []
        published_on = policy.governance.published_on
        if published_on is None:
            message = ctx._(
                "Monitoring is enabled but the regulation has no publication date. "
                "Publish the regulation to employees and record the date in governance.published_on."
            )
        elif published_on > ctx.today:
            message = ctx._(
                "Monitoring is enabled but the regulation is only published on {date}, "
                "after today ({today}). Keep monitoring off until the regulation has been published."
            ).format(date=published_on.isoformat(), today=ctx.today.isoformat())
        else:
            return []
        return [self.finding(ctx, ("governance", "published_on"), message)]
