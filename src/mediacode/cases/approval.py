"""Who may approve (or refuse) a case: two distinct people, one per role the policy names.

``governance.reidentification_approvers`` lists roles (``privacy_officer``,
``works_council``, ``manager``, ``director``); each role is a *slot* that one
approval fills. Neither the person who opened the case nor an administrator
may fill a slot, and nobody fills two. A policy naming fewer than two roles
(an error of P07) still needs two distinct people: the role gets two slots.
"""

from __future__ import annotations

from mediacode.cases.errors import CaseRefusedError
from mediacode.cases.model import Case, CaseStatus
from mediacode.org.organization import Organization
from mediacode.org.roles import ADMINISTRATOR, roles_of

MIN_APPROVALS = 2
SECOND_SLOT = "#2"


def slots(org: Organization) -> tuple[str, ...]:
    """The approval slots of a case under this policy, in the policy's order."""
    roles: list[str] = []
    for role in org.policy.governance.reidentification_approvers:
        name = role.strip().lower()
        if name and name not in roles:
            roles.append(name)
    if not roles:
        roles = ["privacy_officer"]
    while len(roles) < MIN_APPROVALS:
        roles.append(roles[0] + SECOND_SLOT)
    return tuple(roles)


def role_of_slot(slot: str) -> str:
    return slot.removesuffix(SECOND_SLOT)


def open_slots(org: Organization, case: Case) -> tuple[str, ...]:
    filled = {a.role for a in case.granted}
    return tuple(s for s in slots(org) if s not in filled)


def slot_for(org: Organization, case: Case, person_id: str) -> str:
    """The slot ``person_id`` fills by approving ``case``; ``CaseRefusedError`` saying why they may not."""
    if case.status is not CaseStatus.OPEN:
        raise CaseRefusedError(f"case {case.id} is {case.status.value}; only an open case can be approved")
    if person_id == case.opened_by:
        raise CaseRefusedError(
            f"{person_id} opened case {case.id} and cannot approve it: two other people must approve"
        )
    held = roles_of(org, person_id)
    if ADMINISTRATOR in held:
        raise CaseRefusedError(
            f"{person_id} is a system administrator (governance.system_administrators); "
            "the people who run the tool may not approve a re-identification"
        )
    if any(a.approver == person_id for a in case.approvals):
        raise CaseRefusedError(
            f"{person_id} has already decided on case {case.id}; the second approval must come "
            "from a different person"
        )
    for slot in open_slots(org, case):
        if role_of_slot(slot) in held:
            return slot
    needed = ", ".join(role_of_slot(s) for s in open_slots(org, case))
    mine = ", ".join(sorted(held)) or "no governance role"
    raise CaseRefusedError(f"{person_id} holds {mine}; case {case.id} still needs an approval by: {needed}")


def is_approved(org: Organization, case: Case) -> bool:
    return not open_slots(org, case)
