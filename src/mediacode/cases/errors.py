"""Why a case step is refused."""

from __future__ import annotations

from mediacode.errors import GovernanceError


class CaseRefusedError(GovernanceError):
    """A case step that the policy or the state of the case does not allow; the message says why."""
