"""``mediacode policy lint``: the rules P01–P22 of ``policy.md`` over a loaded organization."""

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.engine import lint
from mediacode.policy.lint.finding import FindingSeverity, LintFinding
from mediacode.policy.lint.registry import ALL_RULES
from mediacode.policy.lint.rule import Rule

__all__ = ["ALL_RULES", "FindingSeverity", "LintContext", "LintFinding", "Rule", "lint"]
