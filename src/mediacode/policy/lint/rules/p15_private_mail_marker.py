"""P15: when private mail is allowed, a marker says which mail is private so it can be spared."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class PrivateMailMarker(Rule):
    id = "P15"
    title = "Private mail can be recognised and spared"
    severity = "warning"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        private_use = ctx.policy.private_use
        if private_use.email not in ("limited", "allowed") or private_use.private_mail_marker.is_set():
            return []
        message = ctx._(
            "private_use.email is '{extent}' but no private-mail marker is set, so private mail cannot be "
            "spared. Set a subject tag, a folder or a mailbox under private_use.private_mail_marker."
        ).format(extent=private_use.email)
        return [self.finding(ctx, ("private_use", "private_mail_marker"), message)]
