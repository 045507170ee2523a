"""P11: every control is bound to a declared purpose, and every named control exists."""

from __future__ import annotations

from mediacode.org.schema import BUILTIN_CONTROLS
from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class PurposeBinding(Rule):
    id = "P11"
    title = "Every control is bound to a declared purpose"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        monitoring = ctx.policy.monitoring
        custom = {control.name for control in monitoring.controls}
        purpose_ids = {purpose.id for purpose in monitoring.purposes}
        listed = {name for purpose in monitoring.purposes for name in purpose.controls}
        found: list[LintFinding] = []
        for p_index, purpose in enumerate(monitoring.purposes):
            for c_index, name in enumerate(purpose.controls):
                if name not in BUILTIN_CONTROLS and name not in custom:
                    message = ctx._(
                        "Purpose '{purpose}' names the control '{control}', which is neither a built-in "
                        "control nor defined under monitoring.controls. Correct the name or define the "
                        "control."
                    ).format(purpose=purpose.id, control=name)
                    path = ("monitoring", "purposes", p_index, "controls", c_index)
                    found.append(self.finding(ctx, path, message))
        for name in monitoring.flags:
            if name in BUILTIN_CONTROLS:
                continue
            if name in custom:
                message = ctx._(
                    "monitoring.flags names '{control}', which is the organization's own control. Put its "
                    "flag rule under flag in that control instead."
                ).format(control=name)
            else:
                message = ctx._(
                    "monitoring.flags names '{control}', which is not a built-in control. Correct the name; "
                    "only built-in controls take their flag rule from monitoring.flags."
                ).format(control=name)
            found.append(self.finding(ctx, ("monitoring", "flags", name), message))
        for index, control in enumerate(monitoring.controls):
            if control.name in listed or control.purpose in purpose_ids:
                continue
            if control.purpose is None:
                message = ctx._(
                    "The control '{control}' has no purpose and no purpose lists it. Set its purpose to "
                    "the id of a declared purpose, or remove the control."
                ).format(control=control.name)
                found.append(self.finding(ctx, ("monitoring", "controls", index), message))
            else:
                message = ctx._(
                    "The control '{control}' is bound to the purpose '{purpose}', which is not declared "
                    "under monitoring.purposes. Declare that purpose or bind the control to an existing one."
                ).format(control=control.name, purpose=control.purpose)
                found.append(self.finding(ctx, ("monitoring", "controls", index, "purpose"), message))
        return found
