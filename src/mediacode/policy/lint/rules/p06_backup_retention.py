"""P06: backups keep traffic data no longer than the retention plus 30 days."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

MARGIN_DAYS = 30


class BackupRetention(Rule):
    id = "P06"
    title = "Backup retention is stated and at most retention plus 30 days"
    severity = "warning"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        monitoring = ctx.policy.monitoring
        if not monitoring.enabled:
            return []
        path = ("monitoring", "backup_retention_days")
        backup = monitoring.backup_retention_days
        if backup is None:
            message = ctx._(
                "The policy does not say how long backups keep traffic data. Set "
                "monitoring.backup_retention_days to no more than monitoring.retention_days plus 30 days."
            )
            return [self.finding(ctx, path, message)]
        retention = monitoring.retention_days
        if retention is not None and backup > retention + MARGIN_DAYS:
            message = ctx._(
                "Backups keep traffic data for {backup} days, longer than the retention of {retention} "
                "days plus 30 ({limit} days). Lower monitoring.backup_retention_days to {limit} or less."
            ).format(backup=backup, retention=retention, limit=retention + MARGIN_DAYS)
            return [self.finding(ctx, path, message)]
        return []
