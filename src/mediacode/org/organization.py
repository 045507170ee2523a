"""The organization: its validated policy and its directory, loaded once and passed around."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from mediacode.org.confidential import ConfidentialTerm
from mediacode.org.people import Person
from mediacode.org.relations import Relation
from mediacode.org.schema import Policy
from mediacode.org.yaml_source import YamlSource


def monitoring_hash(policy: Policy) -> str:
    """``sha256:<hex>`` over the validated monitoring part.

    Computed from the values after validation, so comments, layout, key order
    and keys spelled out at their defaults do not change it; any change of a
    value does, and then the works council has to consent again (P19). Values
    left at their defaults are not part of it, so a new optional key in a later
    version of mediacode does not void every recorded consent (ADR 0020).
    """
    data = policy.monitoring.model_dump(mode="json", exclude_defaults=True)
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Organization:
    """Everything the policy and directory say, validated. Immutable once built."""

    root: Path
    policy: Policy
    people: tuple[Person, ...]
    relations: tuple[Relation, ...] = ()
    confidential_terms: tuple[ConfidentialTerm, ...] = ()
    source: YamlSource | None = None
    _people_by_id: dict[str, Person] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._people_by_id.update({p.id: p for p in self.people})

    @property
    def name(self) -> str:
        return self.policy.organization.name

    @property
    def language(self) -> str:
        return self.policy.organization.language

    @property
    def state_dir(self) -> Path:
        """Where mediacode keeps what it writes for this organization."""
        return self.root / ".mediacode"

    def find_person(self, person_id: str) -> Person | None:
        return self._people_by_id.get(person_id)

    def get_person(self, person_id: str) -> Person:
        from mediacode.errors import NotFoundError

        person = self.find_person(person_id)
        if person is None:
            raise NotFoundError(f"no person with id {person_id!r} in people.csv")
        return person

    def manager_of(self, person: Person) -> Person | None:
        return self.find_person(person.manager) if person.manager else None

    def members_of(self, group: str) -> tuple[Person, ...]:
        return tuple(p for p in self.people if group in p.groups)

    def monitoring_hash(self) -> str:
        return monitoring_hash(self.policy)

    def line_of(self, *path: str | int) -> int | None:
        return self.source.line_of(path) if self.source else None
