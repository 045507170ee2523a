"""P09: employees can always see the data held about them."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class SubjectAccess(Rule):
    id = "P09"
    title = "Employees can see the data held about them"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        if ctx.policy.governance.subject_access:
            return []
        message = ctx._(
            "governance.subject_access is false, but employees always have the right to see the data "
            "held about them. Remove the key or set it to true."
        )
        return [self.finding(ctx, ("governance", "subject_access"), message)]
