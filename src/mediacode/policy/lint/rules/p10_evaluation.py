"""P10: the regulation is evaluated at least every 24 months, and the evaluation is not overdue."""

from __future__ import annotations

import calendar
import datetime as dt

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

MAXIMUM_MONTHS = 24


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` ahead; the 31st becomes the last day of a shorter month."""
    year, month_index = divmod(day.month - 1 + months, 12)
    year += day.year
    month = month_index + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Evaluation(Rule):
    id = "P10"
    title = "The regulation is evaluated at least every 24 months"
    severity = "warning"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        governance = ctx.policy.governance
        months = governance.evaluate_every_months
        found: list[LintFinding] = []
        interval_path = ("governance", "evaluate_every_months")
        if months is None:
            message = ctx._(
                "The policy sets no evaluation interval. Set governance.evaluate_every_months to 24 or less."
            )
            found.append(self.finding(ctx, interval_path, message))
        elif months > MAXIMUM_MONTHS:
            message = ctx._(
                "The regulation is evaluated only every {months} months, less often than every 24 months. "
                "Lower governance.evaluate_every_months to 24 or less."
            ).format(months=months)
            found.append(self.finding(ctx, interval_path, message))
        # Overdue is judged against the stated interval, capped at the 24 months the rule allows.
        interval = min(months or MAXIMUM_MONTHS, MAXIMUM_MONTHS)
        last = governance.last_evaluated_on
        published = governance.published_on
        if last is not None:
            due = add_months(last, interval)
            if due < ctx.today:
                message = ctx._(
                    "The last evaluation was on {date}; the next was due on {due}. Evaluate the "
                    "regulation and record the date in governance.last_evaluated_on."
                ).format(date=last.isoformat(), due=due.isoformat())
                found.append(self.finding(ctx, ("governance", "last_evaluated_on"), message))
        elif published is not None:
            due = add_months(published, interval)
            if due < ctx.today:
                message = ctx._(
                    "The regulation was published on {date} and has not been evaluated since; an "
                    "evaluation was due on {due}. Evaluate it and record the date in "
                    "governance.last_evaluated_on."
                ).format(date=published.isoformat(), due=due.isoformat())
                found.append(self.finding(ctx, ("governance", "last_evaluated_on"), message))
        return found
