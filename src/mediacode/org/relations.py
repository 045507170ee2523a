"""``relations.csv``: the customers and suppliers an employee should not write about lightly."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import Problem
from mediacode.org.csv_table import read_csv_table

RELATION_COLUMNS = ("name", "kind", "aliases")
KINDS = ("customer", "supplier")


@dataclass(frozen=True, slots=True)
class Relation:
    name: str
    kind: str
    aliases: tuple[str, ...]
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by its aliases."""
        return (self.name, *self.aliases)


def load_relations(path: Path, shown_as: str) -> tuple[tuple[Relation, ...], list[Problem]]:
    rows, problems = read_csv_table(path, shown_as, RELATION_COLUMNS)
    relations: list[Relation] = []
    for row in rows:
        v = row.values
        ok = True
        if not v["name"]:
            problems.append(Problem(shown_as, row.line, 1, "name", "is empty", "write the relation's name"))
            ok = False
        if v["kind"] not in KINDS:
            problems.append(
                Problem(
                    shown_as, row.line, 2, "kind", f"unknown kind {v['kind']!r}", "use customer or supplier"
                )
            )
            ok = False
        if ok:
            aliases = tuple(a.strip() for a in v["aliases"].split(";") if a.strip())
            relations.append(Relation(v["name"], v["kind"], aliases, row.line))
    return tuple(relations), problems
