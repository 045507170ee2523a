"""P05: reports show no figure about fewer than 5 people, 10 recommended."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

MINIMUM = 5
RECOMMENDED = 10


class MinimumGroupSize(Rule):
    id = "P05"
    title = "Reports are anonymous: minimum group size at least 5, recommended 10"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        size = ctx.policy.monitoring.min_group_size
        path = ("monitoring", "min_group_size")
        if size < MINIMUM:
            message = ctx._(
                "The minimum group size is {size}, below 5: a figure about so few people can point "
                "to one of them. Set monitoring.min_group_size to at least 5, preferably 10."
            ).format(size=size)
            return [self.finding(ctx, path, message)]
        if size < RECOMMENDED:
            message = ctx._(
                "The minimum group size is {size}, below the recommended 10. Set "
                "monitoring.min_group_size to 10 so that no report figure points to a person."
            ).format(size=size)
            return [self.finding(ctx, path, message, "warning")]
        return []
