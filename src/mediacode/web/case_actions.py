"""What the signed-in person may do with one case now, as the case rules decide (for buttons only).

The services check again on every step; this only decides which forms a
page offers, and why an approval form is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from mediacode.cases.approval import slot_for
from mediacode.cases.errors import CaseRefusedError
from mediacode.cases.model import CaseStatus
from mediacode.org.app_roles import AppRole
from mediacode.services.cases import CaseView
from mediacode.web.identity import Viewer


@dataclass(frozen=True)
class CaseActions:
    decide: bool
    why_not: str | None
    reveal: bool
    record_steps: bool
    close: bool
    sees_subject: bool


def case_actions(viewer: Viewer, view: CaseView) -> CaseActions:
    officer = AppRole.PRIVACY_OFFICER in viewer.roles
    status = view.case.status
    why_not: str | None = None
    decide = False
    if status is CaseStatus.OPEN:
        try:
            slot_for(viewer.org, view.case, viewer.id)
            decide = True
        except CaseRefusedError as exc:
            why_not = exc.message
    return CaseActions(
        decide=decide,
        why_not=why_not,
        reveal=officer and status is CaseStatus.APPROVED,
        record_steps=officer and status is CaseStatus.REVEALED,
        close=officer and status is not CaseStatus.CLOSED,
        sees_subject=officer,
    )
