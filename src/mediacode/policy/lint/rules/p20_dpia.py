"""P20: a DPIA is recorded when monitoring is enabled."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class Dpia(Rule):
    id = "P20"
    title = "Monitoring has a data protection impact assessment"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        policy = ctx.policy
        reference = policy.governance.dpia_reference
        if not policy.monitoring.enabled or (reference and reference.strip()):
            return []
        message = ctx._(
            "Monitoring is enabled but no data protection impact assessment (DPIA) is recorded. "
            "Carry out a DPIA and record its reference in governance.dpia_reference."
        )
        return [self.finding(ctx, ("governance", "dpia_reference"), message)]
