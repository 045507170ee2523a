"""Who holds which role in the governance of monitoring, read from the policy and ``people.csv``.

- ``privacy_officer``: the person named by ``governance.privacy_officer``;
- ``works_council``: members of the ``works_council`` group;
- ``manager`` / ``director``: the role column of ``people.csv``;
- ``administrator``: the people named by ``governance.system_administrators``,
  who run the tool and therefore may never approve a re-identification (P07).
"""

from __future__ import annotations

from mediacode.org.organization import Organization

PRIVACY_OFFICER = "privacy_officer"
WORKS_COUNCIL = "works_council"
MANAGER = "manager"
DIRECTOR = "director"
ADMINISTRATOR = "administrator"

GOVERNANCE_ROLES = (PRIVACY_OFFICER, WORKS_COUNCIL, MANAGER, DIRECTOR, ADMINISTRATOR)


def roles_of(org: Organization, person_id: str) -> frozenset[str]:
    """Every governance role of ``person_id``; empty for someone not in the directory."""
    person = org.find_person(person_id)
    if person is None:
        return frozenset()
    governance = org.policy.governance
    roles: set[str] = set()
    if governance.privacy_officer == person.id:
        roles.add(PRIVACY_OFFICER)
    if person.in_group(WORKS_COUNCIL):
        roles.add(WORKS_COUNCIL)
    if person.role in (MANAGER, DIRECTOR):
        roles.add(person.role)
    if person.id in governance.system_administrators:
        roles.add(ADMINISTRATOR)
    return frozenset(roles)


def is_administrator(org: Organization, person_id: str) -> bool:
    return ADMINISTRATOR in roles_of(org, person_id)
