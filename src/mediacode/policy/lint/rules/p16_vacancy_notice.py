"""P16: if candidates' social profiles are screened, vacancy texts say so."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule


class VacancyNotice(Rule):
    id = "P16"
    title = "Screening of candidates is announced in the vacancy text"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        recruitment = ctx.policy.recruitment
        if not recruitment.screens_social_profiles or recruitment.vacancy_notice:
            return []
        message = ctx._(
            "Candidates' social media profiles are screened, but the vacancy notice is off. "
            "Set recruitment.vacancy_notice to true so that vacancy texts say so."
        )
        return [self.finding(ctx, ("recruitment", "vacancy_notice"), message)]
