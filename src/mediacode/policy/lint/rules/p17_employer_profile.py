"""P17: no employee is obliged to use a profile provided by the employer."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class EmployerProfile(Rule):
    id = "P17"
    title = "No mandatory employer-provided social media profile"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        if not ctx.policy.social_media.employer_profile_mandatory:
            return []
        message = ctx._(
            "social_media.employer_profile_mandatory is true: employees may not be obliged to use a "
            "profile provided by the employer; they keep their own accounts. Set it to false."
        )
        return [self.finding(ctx, ("social_media", "employer_profile_mandatory"), message)]
