"""P21: no control judges a person automatically; a flag only opens the way to a case."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

ALLOWED_ACTION = "open_case"


class NoAutomaticAssessment(Rule):
    id = "P21"
    title = "No automatic assessment of a person on monitoring data"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        found: list[LintFinding] = []
        for index, control in enumerate(ctx.policy.monitoring.controls):
            if control.flag is None or control.flag.action == ALLOWED_ACTION:
                continue
            message = ctx._(
                "The control '{control}' has the flag action '{action}', which would judge a person on "
                "monitoring data alone. Set flag.action to open_case so that a flag only opens the way "
                "to a case."
            ).format(control=control.name, action=control.flag.action)
            found.append(self.finding(ctx, ("monitoring", "controls", index, "flag", "action"), message))
        for name, flag in ctx.policy.monitoring.flags.items():
            if flag.action == ALLOWED_ACTION:
                continue
            message = ctx._(
                "The flag of the control '{control}' has the action '{action}', which would judge a person "
                "on monitoring data alone. Set its action to open_case so that a flag only opens the way "
                "to a case."
            ).format(control=name, action=flag.action)
            found.append(self.finding(ctx, ("monitoring", "flags", name, "action"), message))
        return found
