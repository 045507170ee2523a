"""P19: the recorded consent covers this exact version of the monitoring part."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

SHOWN_HEX_DIGITS = 12


def short_hash(value: str) -> str:
    """``sha256:0123456789ab…``: enough to tell two versions apart in a message."""
    algorithm, _, digest = value.partition(":")
    if not digest:
        return value[:SHOWN_HEX_DIGITS] + "…"
    return f"{algorithm}:{digest[:SHOWN_HEX_DIGITS]}…"


class ConsentCovers(Rule):
    id = "P19"
    title = "The consent covers this version of the monitoring rules"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        consent = ctx.policy.governance.works_council_consent
        if consent is None:
            return []
        current = ctx.org.monitoring_hash()
        if consent.covers == current:
            return []
        if consent.covers is None:
            message = ctx._(
                "The monitoring part may have changed since the consent of {on}: the consent does not "
                "record which version it covers. Record the consent again with `mediacode policy consent`."
            ).format(on=consent.on.isoformat())
        else:
            message = ctx._(
                "The monitoring part changed since the consent of {on}: the consent covers {covers}, the "
                "current monitoring part is {current}. The works council has to consent again; record it "
                "with `mediacode policy consent`."
            ).format(
                on=consent.on.isoformat(), covers=short_hash(consent.covers), current=short_hash(current)
            )
        return [self.finding(ctx, ("governance", "works_council_consent", "covers"), message)]
