"""P18: no employee is obliged to promote the organization on their own accounts."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class Promotion(Rule):
    id = "P18"
    title = "No obligation to promote the organization"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        if not ctx.policy.social_media.promotion_required:
            return []
        message = ctx._(
            "social_media.promotion_required is true: employees may not be obliged to promote the "
            "organization on their own accounts. Set it to false."
        )
        return [self.finding(ctx, ("social_media", "promotion_required"), message)]
