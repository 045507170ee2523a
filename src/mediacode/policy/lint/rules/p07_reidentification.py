"""P07: re-identification needs two distinct approvers, none of them an administrator."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

ADMINISTRATOR_ROLES = frozenset({"administrator", "system_administrator", "admin"})


class Reidentification(Rule):
    id = "P07"
    title = "Re-identification needs two distinct approvers, neither the administrator"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        approvers = ctx.policy.governance.reidentification_approvers
        path = ("governance", "reidentification_approvers")
        found: list[LintFinding] = []
        distinct = {approver.strip().lower() for approver in approvers}
        if len(distinct) < 2:
            message = ctx._(
                "Re-identification must be approved by two different people, but "
                "governance.reidentification_approvers names fewer than two distinct approvers "
                "(found: {count}). List two distinct roles, for example privacy_officer and works_council."
            ).format(count=len(distinct))
            found.append(self.finding(ctx, path, message))
        for index, approver in enumerate(approvers):
            if approver.strip().lower() in ADMINISTRATOR_ROLES:
                message = ctx._(
                    "governance.reidentification_approvers includes '{role}': the administrator who runs "
                    "the tool must not approve re-identification. Replace it with a role such as "
                    "privacy_officer or works_council."
                ).format(role=approver)
                found.append(self.finding(ctx, (*path, index), message))
        return found
