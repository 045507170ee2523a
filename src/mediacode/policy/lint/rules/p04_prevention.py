"""P04: a purpose about forbidden use comes with a preventive block."""

from __future__ import annotations

from mediacode.org.schema import FORBIDDEN_USE_CONTROLS, Policy, Purpose
from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


def is_about_forbidden_use(purpose: Purpose, policy: Policy) -> bool:
    """As the purpose says, or, left out, whether one of its controls looks for forbidden use."""
    if purpose.forbidden_use is not None:
        return purpose.forbidden_use
    custom = {control.name for control in policy.monitoring.controls if control.forbidden_use}
    return any(name in FORBIDDEN_USE_CONTROLS or name in custom for name in purpose.controls)


class PreventiveBlock(Rule):
    id = "P04"
    title = "Forbidden use is prevented, not only detected"
    severity = "warning"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        policy = ctx.policy
        if policy.prevention.blocked_categories or policy.prevention.blocked_domains:
            return []
        found: list[LintFinding] = []
        for index, purpose in enumerate(policy.monitoring.purposes):
            if is_about_forbidden_use(purpose, policy):
                message = ctx._(
                    "Purpose '{purpose}' looks for forbidden use, but prevention blocks no category "
                    "and no domain. Prevent forbidden use where you can: list categories in "
                    "prevention.blocked_categories or domains in prevention.blocked_domains."
                ).format(purpose=purpose.id)
                found.append(self.finding(ctx, ("monitoring", "purposes", index), message))
        return found
