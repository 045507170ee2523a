"""P08: an observed case is discussed with the employee within at most 14 days."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

MAXIMUM_DAYS = 14


class CaseDiscussion(Rule):
    id = "P08"
    title = "A case is discussed with the employee within 14 days"
    severity = "warning"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        if not ctx.policy.monitoring.enabled:
            return []
        days = ctx.policy.governance.discuss_case_within_days
        path = ("governance", "discuss_case_within_days")
        if days is None:
            message = ctx._(
                "The policy does not say within how many days an observed case is discussed with the "
                "employee. Set governance.discuss_case_within_days to 14 or less."
            )
            return [self.finding(ctx, path, message)]
        if days > MAXIMUM_DAYS:
            message = ctx._(
                "An observed case is discussed with the employee only within {days} days, later than 14. "
                "Lower governance.discuss_case_within_days to 14 or less."
            ).format(days=days)
            return [self.finding(ctx, path, message)]
        return []
