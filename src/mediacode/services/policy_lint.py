"""Use case: lint an organization's policy and present the findings as text or JSON."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from mediacode.i18n import gettext_for
from mediacode.org import load_organization
from mediacode.org.loader import POLICY_FILE
from mediacode.policy.lint import LintFinding, lint


@dataclass(frozen=True)
class LintReport:
    """The findings of one lint run and the language its messages are in."""

    findings: tuple[LintFinding, ...]
    language: str

    @property
    def errors(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == "warning")

    @property
    def has_errors(self) -> bool:
        return self.errors > 0

    def as_dict(self) -> dict[str, object]:
        return {
            "findings": [finding.as_dict() for finding in self.findings],
            "errors": self.errors,
            "warnings": self.warnings,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        """One line per finding, then a summary line in the policy's language."""
        _ = gettext_for(self.language, "lint")
        lines = [finding.render(POLICY_FILE) for finding in self.findings]
        lines.append(
            _("Errors: {errors}, warnings: {warnings}.").format(errors=self.errors, warnings=self.warnings)
        )
        return "\n".join(lines)


def lint_policy(root: Path, today: dt.date | None = None) -> LintReport:
    """Load the organization in ``root`` (``OrgFolderError`` on mistakes) and lint its policy."""
    org = load_organization(root)
    findings = lint(org, today or dt.date.today())
    return LintReport(tuple(findings), org.language)
