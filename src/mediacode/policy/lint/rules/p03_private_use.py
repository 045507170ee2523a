"""P03: the policy states how far private use of e-mail and internet is allowed."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class PrivateUseStated(Rule):
    id = "P03"
    title = "The extent of private use is stated"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        private_use = ctx.policy.private_use
        found: list[LintFinding] = []
        if private_use.email is None:
            message = ctx._(
                "The policy does not say how far private use of e-mail is allowed. "
                "Set private_use.email to none, limited or allowed."
            )
            found.append(self.finding(ctx, ("private_use", "email"), message))
        if private_use.internet is None:
            message = ctx._(
                "The policy does not say how far private use of the internet is allowed. "
                "Set private_use.internet to none, limited or allowed."
            )
            found.append(self.finding(ctx, ("private_use", "internet"), message))
        return found
