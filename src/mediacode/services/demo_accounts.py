"""Demo accounts: one person per role of the fictitious demo organization, with a known password.

The password is printed by ``make run`` so anyone can try the web app. It is
set only in the organization ``mediacode demo`` writes (same name, same people
as the generator makes): a real organization is refused, so no real account
can ever end up with a published password.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher

from mediacode.errors import InputError
from mediacode.org.app_roles import AppRole, app_roles_of
from mediacode.org.demo import build_demo_folder
from mediacode.org.demo.identity import NAME
from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization
from mediacode.org.people import Person
from mediacode.services import accounts
from mediacode.storage.db.database import Database, DatabaseSettings, open_database

DEMO_PASSWORD = "hollewijn-demo"  # noqa: S105 - published on purpose, fictitious demo only  # nosec B105  # the published demo password
"""Known to everyone who reads this file or the output of ``make run``: for the demo only."""

ROLE_ORDER: tuple[AppRole, ...] = (
    AppRole.EMPLOYEE,
    AppRole.MANAGER,
    AppRole.PRIVACY_OFFICER,
    AppRole.WORKS_COUNCIL,
    AppRole.ADMINISTRATOR,
)


class NotDemoOrganizationError(InputError):
    """Demo passwords are only ever set in the fictitious demo organization."""


@dataclass(frozen=True)
class DemoAccount:
    role: AppRole
    """The role this account is there to show."""
    person_id: str
    email: str
    roles: tuple[AppRole, ...]
    """Every role the person holds (sorted as :data:`ROLE_ORDER`, then approver)."""
    password: str = DEMO_PASSWORD


def is_demo_organization(org: Organization) -> bool:
    """Whether ``org`` is the one ``mediacode demo`` writes: its name and exactly its people."""
    if org.name != NAME:
        return False
    made = {(p.id, p.name, p.email) for p in build_demo_folder().people}
    return {(p.id, p.name, p.email) for p in org.people} == made


def _refuse_unless_demo(org: Organization) -> None:
    if not is_demo_organization(org):
        raise NotDemoOrganizationError(
            "demo accounts are only set up in the demo organization that `mediacode demo` writes; "
            "set real passwords with `mediacode users set-password`"
        )


def _sorted_roles(roles: frozenset[AppRole]) -> tuple[AppRole, ...]:
    order = [*ROLE_ORDER, AppRole.APPROVER]
    return tuple(sorted(roles, key=order.index))


def choose_demo_accounts(org: Organization) -> list[DemoAccount]:
    """One person per role, each holding as few other roles as the demo allows.

    The employee reports to the manager shown, so the approval flow runs
    between the two. A role nobody holds (no ``system_administrators`` in the
    policy, say) is left out.
    """
    roles = {p.id: app_roles_of(org, p.id) for p in org.people}
    chosen: dict[AppRole, Person] = {}

    def fewest(candidates: list[Person]) -> Person | None:
        return min(candidates, key=lambda p: (len(roles[p.id]), p.id), default=None)

    governance = org.policy.governance
    if governance.privacy_officer and org.find_person(governance.privacy_officer) is not None:
        chosen[AppRole.PRIVACY_OFFICER] = org.get_person(governance.privacy_officer)
    for role in (AppRole.WORKS_COUNCIL, AppRole.ADMINISTRATOR):
        person = fewest([p for p in org.people if role in roles[p.id] and p not in chosen.values()])
        if person is not None:
            chosen[role] = person
    managers = [
        p
        for p in org.people
        if {AppRole.MANAGER, AppRole.APPROVER} <= roles[p.id]
        and p not in chosen.values()
        and any(roles[r.id] == {AppRole.EMPLOYEE} for r in org.people if r.manager == p.id)
    ]
    # a line manager rather than the director, whose reports are managers themselves
    manager = min(managers, key=lambda p: (p.role == "director", len(roles[p.id]), p.id), default=None)
    if manager is not None:
        chosen[AppRole.MANAGER] = manager
        reports = [r for r in org.people if r.manager == manager.id and roles[r.id] == {AppRole.EMPLOYEE}]
        chosen[AppRole.EMPLOYEE] = min(reports, key=lambda p: p.id)
    return [
        DemoAccount(role, chosen[role].id, chosen[role].email, _sorted_roles(roles[chosen[role].id]))
        for role in ROLE_ORDER
        if role in chosen
    ]


def give_demo_passwords(
    db: Database, org: Organization, *, hasher: PasswordHasher | None = None
) -> list[DemoAccount]:
    """Set :data:`DEMO_PASSWORD` for the demo accounts; refused outside the demo organization."""
    _refuse_unless_demo(org)
    chosen = choose_demo_accounts(org)
    for account in chosen:
        accounts.set_password(db, org, account.person_id, account.password, hasher=hasher)
    return chosen


def set_up_demo_accounts(
    org_root: Path, database: DatabaseSettings | None = None, *, hasher: PasswordHasher | None = None
) -> list[DemoAccount]:
    """Open the folder's database and give the demo accounts their password."""
    org = load_organization(org_root)
    _refuse_unless_demo(org)
    db = open_database(org_root, database)
    try:
        return give_demo_passwords(db, org, hasher=hasher)
    finally:
        db.close()
