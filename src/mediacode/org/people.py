"""``people.csv``: the organization's people, their roles, managers and groups."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import Problem
from mediacode.org.csv_table import read_csv_table

PEOPLE_COLUMNS = ("id", "name", "email", "role", "department", "manager", "groups")
ROLES = ("employee", "manager", "director")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    email: str
    role: str
    department: str
    manager: str | None
    groups: tuple[str, ...]
    line: int = 0

    def in_group(self, group: str) -> bool:
        return group in self.groups


def _reporter(shown_as: str, line: int, sink: list[Problem]) -> Callable[..., None]:
    def bad(field: str, message: str, hint: str | None = None) -> None:
        sink.append(Problem(shown_as, line, PEOPLE_COLUMNS.index(field) + 1, field, message, hint))

    return bad


def load_people(path: Path, shown_as: str) -> tuple[tuple[Person, ...], list[Problem]]:
    """Every valid person of the file, and every mistake found in it.

    Checks per row: id shape, duplicates, a name, an e-mail address, the role,
    and that ``manager`` names another row.
    """
    rows, problems = read_csv_table(path, shown_as, PEOPLE_COLUMNS)
    people: list[Person] = []
    seen: dict[str, int] = {}
    for row in rows:
        v = row.values
        row_problems: list[Problem] = []
        bad = _reporter(shown_as, row.line, row_problems)

        if not _ID.match(v["id"]):
            bad("id", f"{v['id']!r} is not a valid id", "use letters, digits, '-', '_' or '.'")
        elif v["id"] in seen:
            bad("id", f"duplicate id {v['id']!r}", f"it is already used on line {seen[v['id']]}")
        if not v["name"]:
            bad("name", "is empty", "write the person's full name")
        if v["email"] and not _EMAIL.match(v["email"]):
            bad("email", "is not an e-mail address", "write it as name@domain")
        if v["role"] not in ROLES:
            bad("role", f"unknown role {v['role']!r}", "use employee, manager or director")
        if v["manager"] and v["manager"] == v["id"]:
            bad("manager", "a person cannot be their own manager", "leave it empty or name another id")
        if row_problems:
            problems.extend(row_problems)
            if v["id"] and v["id"] not in seen:
                seen[v["id"]] = row.line
            continue
        seen[v["id"]] = row.line
        groups = tuple(g.strip() for g in v["groups"].split(";") if g.strip())
        people.append(
            Person(
                id=v["id"],
                name=" ".join(v["name"].split()),
                email=v["email"].lower(),
                role=v["role"],
                department=v["department"],
                manager=v["manager"] or None,
                groups=groups,
                line=row.line,
            )
        )
    column = PEOPLE_COLUMNS.index("manager") + 1
    for person in people:
        if person.manager is not None and person.manager not in seen:
            problems.append(
                Problem(
                    shown_as,
                    person.line,
                    column,
                    "manager",
                    f"manager {person.manager!r} is not an id in this file",
                    "use the id of another row or leave it empty",
                )
            )
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return tuple(people), problems
