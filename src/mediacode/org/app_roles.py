"""The roles a person holds in the app, derived from ``people.csv`` and the policy (never stored).

A person may hold several:

- ``employee``: everyone in ``people.csv``;
- ``manager``: role ``manager`` or ``director`` with at least one direct report;
- ``approver``: approves somebody's posts under ``social_media.approver``
  (by default the author's manager; the privacy officer or a named person
  when the policy says so);
- ``privacy_officer``, ``works_council``, ``administrator``: the governance
  roles of :mod:`mediacode.org.roles`.
"""

from __future__ import annotations

from enum import StrEnum

from mediacode.org import roles as governance
from mediacode.org.organization import Organization
from mediacode.org.people import Person


class AppRole(StrEnum):
    EMPLOYEE = "employee"
    MANAGER = "manager"
    APPROVER = "approver"
    PRIVACY_OFFICER = "privacy_officer"
    WORKS_COUNCIL = "works_council"
    ADMINISTRATOR = "administrator"


def approver_of(org: Organization, author: Person) -> Person | None:
    """Who approves ``author``'s posts; None when the policy names nobody for them (or themselves)."""
    setting = org.policy.social_media.approver
    if setting == "manager":
        approver = org.manager_of(author)
    elif setting == "privacy_officer":
        officer = org.policy.governance.privacy_officer
        approver = org.find_person(officer) if officer else None
    else:
        approver = org.find_person(setting)
    if approver is None or approver.id == author.id:
        return None
    return approver


def has_reports(org: Organization, person: Person) -> bool:
    return any(other.manager == person.id for other in org.people)


def approves_anyone(org: Organization, person: Person) -> bool:
    setting = org.policy.social_media.approver
    if setting == "manager":
        return has_reports(org, person)
    if setting == "privacy_officer":
        return org.policy.governance.privacy_officer == person.id and len(org.people) > 1
    return setting == person.id and len(org.people) > 1


def app_roles_of(org: Organization, person_id: str) -> frozenset[AppRole]:
    """Every app role of ``person_id``; empty for someone not in the directory."""
    person = org.find_person(person_id)
    if person is None:
        return frozenset()
    held = governance.roles_of(org, person_id)
    roles = {AppRole.EMPLOYEE}
    if person.role in (governance.MANAGER, governance.DIRECTOR) and has_reports(org, person):
        roles.add(AppRole.MANAGER)
    if approves_anyone(org, person):
        roles.add(AppRole.APPROVER)
    if governance.PRIVACY_OFFICER in held:
        roles.add(AppRole.PRIVACY_OFFICER)
    if governance.WORKS_COUNCIL in held:
        roles.add(AppRole.WORKS_COUNCIL)
    if governance.ADMINISTRATOR in held:
        roles.add(AppRole.ADMINISTRATOR)
    return frozenset(roles)
