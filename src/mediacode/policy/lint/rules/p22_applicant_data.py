"""P22: applicant data from social-profile screening is deleted within four weeks."""

from __future__ import annotations

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

MAXIMUM_DAYS = 28


class ApplicantData(Rule):
    id = "P22"
    title = "Applicant data from screening is deleted within four weeks"
    severity = "warning"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        recruitment = ctx.policy.recruitment
        if not recruitment.screens_social_profiles:
            return []
        path = ("recruitment", "delete_applicant_data_after_days")
        days = recruitment.delete_applicant_data_after_days
        if days is None:
            message = ctx._(
                "Candidates' social media profiles are screened, but the policy does not say when their "
                "data is deleted. Set recruitment.delete_applicant_data_after_days to 28 or less."
            )
            return [self.finding(ctx, path, message)]
        if days > MAXIMUM_DAYS:
            message = ctx._(
                "Applicant data from profile screening is kept for {days} days, longer than four weeks "
                "(28 days). Lower recruitment.delete_applicant_data_after_days to 28 or less; keep data "
                "longer only with the candidate's consent."
            ).format(days=days)
            return [self.finding(ctx, path, message)]
        return []
