"""The steps after approval: who may reveal, and when notification, conversation and closing are allowed."""

from __future__ import annotations

import datetime as dt

from mediacode.cases.approval import role_of_slot, slots
from mediacode.cases.errors import CaseRefusedError
from mediacode.cases.model import Case, CaseStatus
from mediacode.org.organization import Organization
from mediacode.org.roles import ADMINISTRATOR, PRIVACY_OFFICER, roles_of

MIN_OUTCOME_CHARS = 5


def check_reveal(org: Organization, case: Case, person_id: str) -> None:
    """Only an approved case, only by the privacy officer or a holder of an approver role."""
    if case.status in (CaseStatus.OPEN, CaseStatus.REFUSED):
        granted = len(case.granted)
        raise CaseRefusedError(
            f"case {case.id} is {case.status.value} with {granted} of {len(slots(org))} approvals; "
            "nobody can be named before two approvals"
        )
    if case.status is CaseStatus.CLOSED:
        raise CaseRefusedError(f"case {case.id} is closed")
    held = roles_of(org, person_id)
    allowed = {PRIVACY_OFFICER} | {role_of_slot(s) for s in slots(org)}
    if ADMINISTRATOR in held and PRIVACY_OFFICER not in held:
        raise CaseRefusedError(f"{person_id} is a system administrator and may not reveal a person")
    if not held & allowed:
        raise CaseRefusedError(
            f"{person_id} may not reveal: only the privacy officer or an approver role "
            f"({', '.join(sorted(allowed))}) may"
        )


def check_after_reveal(case: Case, step: str, on: dt.date, today: dt.date) -> None:
    """``notify`` and ``discuss`` record facts about a revealed case; neither before the reveal."""
    if case.status is not CaseStatus.REVEALED:
        raise CaseRefusedError(
            f"case {case.id} is {case.status.value}; {step} is recorded after the person was revealed"
        )
    if on > today:
        raise CaseRefusedError(f"the date of the {step} lies in the future")
    if case.revealed_on is not None and on < case.revealed_on:
        raise CaseRefusedError(
            f"the date of the {step} lies before the reveal on {case.revealed_on.isoformat()}"
        )


def check_close(case: Case, outcome: str) -> str:
    if case.status is CaseStatus.CLOSED:
        raise CaseRefusedError(f"case {case.id} is already closed")
    text = " ".join(outcome.split())
    if len(text) < MIN_OUTCOME_CHARS:
        raise CaseRefusedError("give the outcome of the case (--outcome TEXT)")
    if case.covert and case.status is CaseStatus.REVEALED and case.notified_on is None:
        raise CaseRefusedError(
            f"case {case.id} is covert: the employee must be told afterwards, always; record it with "
            "`case notify` before closing"
        )
    return text
