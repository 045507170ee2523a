"""The demo's people: a director, a manager per department, team leads and employees, as a tree."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass

from mediacode.org.demo.ascii_fold import fold_ascii
from mediacode.org.demo.names import FIRST_NAMES, SURNAMES
from mediacode.org.people import PEOPLE_COLUMNS

WORKS_COUNCIL = "works_council"
COMPANY_DOCTOR = "company_doctor"


@dataclass(frozen=True, slots=True)
class Department:
    name: str
    size: int
    """Everyone in it, the manager and team leads included."""
    team_leads: int = 0


DIRECTORATE = "Directie"
DEPARTMENTS: tuple[Department, ...] = (
    Department(DIRECTORATE, 3),
    Department("Verkoop", 13, team_leads=1),
    Department("Inkoop", 7),
    Department("Magazijn en Logistiek", 17, team_leads=2),
    Department("ICT", 7),
    Department("Financiën", 7),
    Department("HR", 6),
)
WORKS_COUNCIL_SIZE = 5
_MAX_SAME_FIRST_NAME = 2


@dataclass(frozen=True, slots=True)
class DemoPerson:
    id: str
    first_name: str
    surname: str
    email: str
    role: str
    department: str
    manager: str | None
    groups: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.surname}"

    def with_group(self, group: str) -> DemoPerson:
        return DemoPerson(
            self.id,
            self.first_name,
            self.surname,
            self.email,
            self.role,
            self.department,
            self.manager,
            (*self.groups, group),
        )


class _NameDraw:
    """Draws first name and surname pairs whose full name and e-mail address are not taken yet."""

    def __init__(self, rng: random.Random, domain: str) -> None:
        self._rng = rng
        self._domain = domain
        self._emails: set[str] = set()
        self._surnames: set[str] = set()
        self._first_names: dict[str, int] = {}

    def draw(self) -> tuple[str, str, str]:
        while True:
            first = self._rng.choice(FIRST_NAMES)
            surname = self._rng.choice(SURNAMES)
            email = f"{fold_ascii(first)}.{fold_ascii(surname)}@{self._domain}"
            # A surname used twice is realistic, but the demo keeps them apart so a post names one person.
            taken = email in self._emails or surname in self._surnames
            if taken or self._first_names.get(first, 0) >= _MAX_SAME_FIRST_NAME:
                continue
            self._first_names[first] = self._first_names.get(first, 0) + 1
            self._emails.add(email)
            self._surnames.add(surname)
            return first, surname, email


def build_people(rng: random.Random, domain: str) -> tuple[DemoPerson, ...]:
    """Everyone, in department order; the first person is the director, ids run E001, E002, ..."""
    draw = _NameDraw(rng, domain)
    people: list[DemoPerson] = []

    def add(role: str, department: str, manager: str | None) -> DemoPerson:
        first, surname, email = draw.draw()
        person = DemoPerson(f"E{len(people) + 1:03d}", first, surname, email, role, department, manager)
        people.append(person)
        return person

    director = add("director", DIRECTORATE, None)
    for department in DEPARTMENTS:
        if department.name == DIRECTORATE:
            for _ in range(department.size - 1):
                add("employee", DIRECTORATE, director.id)
            continue
        head = add("manager", department.name, director.id)
        leads = [add("manager", department.name, head.id) for _ in range(department.team_leads)]
        bosses = leads or [head]
        for index in range(department.size - 1 - len(leads)):
            add("employee", department.name, bosses[index % len(bosses)].id)
    return _with_groups(rng, people)


def _with_groups(rng: random.Random, people: list[DemoPerson]) -> tuple[DemoPerson, ...]:
    """Works council members from different departments, and one company doctor in HR."""
    employees = [p for p in people if p.role == "employee" and p.department not in (DIRECTORATE, "HR")]
    departments = sorted({p.department for p in employees})
    council: set[str] = set()
    for department in departments:
        council.add(rng.choice([p.id for p in employees if p.department == department]))
    rest = sorted(p.id for p in employees if p.id not in council)
    council.update(rng.sample(rest, max(0, WORKS_COUNCIL_SIZE - len(council))))
    doctor = rng.choice([p.id for p in people if p.department == "HR" and p.role == "employee"])
    result: list[DemoPerson] = []
    for person in people:
        if person.id in council:
            person = person.with_group(WORKS_COUNCIL)
        if person.id == doctor:
            person = person.with_group(COMPANY_DOCTOR)
        result.append(person)
    return tuple(result)


def people_csv(people: tuple[DemoPerson, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(PEOPLE_COLUMNS)
    for p in people:
        writer.writerow([p.id, p.name, p.email, p.role, p.department, p.manager or "", ";".join(p.groups)])
    return buffer.getvalue()
