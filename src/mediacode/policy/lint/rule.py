"""The shape of a lint rule: an id, a title, a severity and ``check``."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from mediacode.org.yaml_source import YamlPath, dotted
from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import FindingSeverity, LintFinding


class Rule(ABC):
    """One rule of the lint table in ``policy.md``; a subclass per module under ``rules/``.

    ``severity`` is the rule's usual severity; a rule with two levels (P05) names
    the higher one and passes the lower one to ``finding`` where it applies.
    """

    id: ClassVar[str]
    title: ClassVar[str]
    severity: ClassVar[FindingSeverity]

    @abstractmethod
    def check(self, ctx: LintContext) -> list[LintFinding]:
        """Every place where the policy breaks this rule; empty when it keeps it."""

    def finding(
        self,
        ctx: LintContext,
        path: YamlPath,
        message: str,
        severity: FindingSeverity | None = None,
    ) -> LintFinding:
        """A finding at ``path``, placed on the line of ``path`` or of its nearest existing parent."""
        return LintFinding(
            rule=self.id,
            severity=severity or self.severity,
            path=dotted(path),
            line=ctx.org.line_of(*path),
            message=message,
        )
