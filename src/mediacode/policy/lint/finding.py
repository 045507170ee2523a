"""One lint finding: which rule, how bad, where in policy.yaml, and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FindingSeverity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class LintFinding:
    """A broken rule at one place of ``policy.yaml``.

    ``path`` is the dotted YAML path (``monitoring.purposes[2].controls``), ``line``
    the 1-based line of that path or of its nearest parent that exists in the file
    (``None`` when the organization was not read from a file), and ``message`` a
    sentence in the policy's language that names the value found and what to do.
    """

    rule: str
    severity: FindingSeverity
    path: str
    line: int | None
    message: str

    def render(self, file: str = "policy.yaml") -> str:
        """``policy.yaml:12: P05 warning monitoring.min_group_size: message``."""
        location = f"{file}:{self.line}" if self.line is not None else file
        return f"{location}: {self.rule} {self.severity} {self.path}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "message": self.message,
        }
