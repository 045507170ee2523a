"""P14: mail of the works council and the company doctor is never monitored."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

REQUIRED_GROUPS = ("works_council", "company_doctor")


class PrivilegedGroups(Rule):
    id = "P14"
    title = "Mail of the works council and the company doctor is spared"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        groups = ctx.policy.monitoring.privileged_groups
        found: list[LintFinding] = []
        for group in REQUIRED_GROUPS:
            if group not in groups:
                message = ctx._(
                    "monitoring.privileged_groups is [{groups}] and does not include '{group}', so that "
                    "group's confidential mail would be monitored. Add '{group}' to the list."
                ).format(groups=", ".join(groups), group=group)
                found.append(self.finding(ctx, ("monitoring", "privileged_groups"), message))
        return found
