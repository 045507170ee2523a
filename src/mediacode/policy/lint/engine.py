"""Running every rule over an organization."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from mediacode.org import Organization
from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.registry import ALL_RULES
from mediacode.policy.lint.rule import Rule


def lint(org: Organization, today: dt.date, rules: Iterable[Rule] = ALL_RULES) -> list[LintFinding]:
    """Every finding of ``rules`` (all of them by default), ordered by line, then rule id."""
    ctx = LintContext.for_organization(org, today)
    findings = [finding for rule in rules for finding in rule.check(ctx)]
    return sorted(findings, key=lambda f: (f.line if f.line is not None else 0, f.rule, f.path))
