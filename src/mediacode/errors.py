"""Errors a user can cause, and the few that are ours.

The tree::

    MediacodeError                 root; the CLI prints it and exits non-zero
    +-- InputError                 a user's input is wrong (terminal: fix and retry)
    |   +-- OrgFolderError         one or more mistakes in the organization folder
    |   +-- PolicyEditError        policy.yaml cannot be rewritten safely
    |   +-- DocumentError          a document cannot be rendered as asked
    +-- GovernanceError            the policy's governance state forbids the action
    +-- NotFoundError              a named thing (person, purpose, case) does not exist

Every error carries a message a person understands; ``Problem`` carries the
file, line, column and field of one mistake so that all mistakes of a file can
be reported at once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in one file: where it is, which field, what is wrong and what to do."""

    file: str
    line: int | None
    column: int | None
    field: str | None
    message: str
    hint: str | None = None

    def location(self) -> str:
        """``file:line:column`` with the parts that are known."""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def render(self) -> str:
        """One line a person reads: location, field, message and what to do."""
        text = self.location() + ": "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "message": self.message,
            "hint": self.hint,
        }


class MediacodeError(Exception):
    """Root of every error mediacode raises on purpose."""

    retryable: bool = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def render(self) -> str:
        return self.message


class InputError(MediacodeError):
    """The user's input is wrong; running again without fixing it gives the same result."""


class OrgFolderError(InputError):
    """The organization folder has mistakes; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        count = len(problems)
        noun = "mistake" if count == 1 else "mistakes"
        super().__init__(f"the organization folder has {count} {noun}")
        self.problems = problems

    def render(self) -> str:
        lines = [f"error: {self.message}:"]
        lines.extend(f"  {problem.render()}" for problem in self.problems)
        return "\n".join(lines)


class PolicyEditError(InputError):
    """policy.yaml cannot be changed in place without losing something."""


class DocumentError(InputError):
    """A document cannot be rendered as asked."""


class GovernanceError(MediacodeError):
    """The governance state (consent, publication) does not allow the action."""


class NotFoundError(MediacodeError):
    """A person, purpose, case or other named thing does not exist."""
