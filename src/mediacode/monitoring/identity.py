"""Who is who: a proxy user name, a mail address or a leased client IP to a person of ``people.csv``.

Resolution order for a proxy user: the name as an e-mail address, then the
name without ``DOMAIN\\`` and ``@realm`` as the local part of a person's
address, then ``accounts.csv`` (``person,account``) with either form. A line
with only a client IP goes through ``leases.csv`` (``ip,from,to,account``) to
an account at that moment and then the same way. A mail address resolves by
the whole address, then ``accounts.csv``, then by its local part when its
domain is one of the organization's own.

What resolves to nobody keeps a normalised account name, which is
pseudonymised like a person (as an account) and counted as unknown. Nothing
here writes or logs an identifier.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from mediacode.errors import OrgFolderError, Problem
from mediacode.monitoring.direction import is_local, normalise_domains
from mediacode.org.csv_table import read_csv_table
from mediacode.org.organization import Organization
from mediacode.org.people import Person

ACCOUNTS_FILE = "accounts.csv"
LEASES_FILE = "leases.csv"
ANONYMOUS = "-"
"""The account of a line that names neither a user nor a client."""


class Identity(NamedTuple):
    """A resolved person, or ``None`` and the normalised account that stands for them."""

    person: Person | None
    account: str


class Lease(NamedTuple):
    start: dt.datetime
    end: dt.datetime
    account: str


def _lease_start(lease: Lease) -> dt.datetime:
    return lease.start


def proxy_account(user: str) -> str:
    """A proxy user name without ``DOMAIN\\`` before it or ``@realm`` after it, lower case."""
    name = user.strip().lower()
    name = name.rpartition("\\")[2]
    return name.partition("@")[0] if "@" in name else name


@dataclass
class Directory:
    """The people and their accounts and leases, with lookups cached per name."""

    people: tuple[Person, ...]
    accounts: dict[str, str] = field(default_factory=dict)
    """Normalised account -> person id."""
    leases: dict[str, list[Lease]] = field(default_factory=dict)
    """Client IP -> its leases sorted by start."""
    local_domains: frozenset[str] = frozenset()
    _by_email: dict[str, Person] = field(default_factory=dict, repr=False)
    _by_local_part: dict[str, Person] = field(default_factory=dict, repr=False)
    _by_id: dict[str, Person] = field(default_factory=dict, repr=False)
    _users: dict[str, Identity] = field(default_factory=dict, repr=False)
    _addresses: dict[str, Identity] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        ambiguous: set[str] = set()
        for person in self.people:
            self._by_id[person.id] = person
            if not person.email:
                continue
            self._by_email[person.email.lower()] = person
            local = person.email.lower().partition("@")[0]
            if local in self._by_local_part and self._by_local_part[local].id != person.id:
                ambiguous.add(local)
            self._by_local_part[local] = person
        for local in ambiguous:
            del self._by_local_part[local]
        if not self.local_domains:
            self.local_domains = normalise_domains(p.email.partition("@")[2] for p in self.people if p.email)
        for starts in self.leases.values():
            starts.sort()

    def _account_person(self, account: str) -> Person | None:
        person_id = self.accounts.get(account)
        return self._by_id.get(person_id) if person_id is not None else None

    def resolve_user(self, user: str) -> Identity:
        """A proxy user name (``jdoe``, ``CORP\\jdoe``, ``jdoe@CORP.LOCAL``, ``j.doe@example.org``)."""
        found = self._users.get(user)
        if found is None:
            found = self._resolve_user(user)
            self._users[user] = found
        return found

    def _resolve_user(self, user: str) -> Identity:
        whole = user.strip().lower()
        account = proxy_account(user)
        person = (
            self._by_email.get(whole)
            or self._account_person(whole)
            or self._by_local_part.get(account)
            or self._account_person(account)
        )
        return Identity(person, account or ANONYMOUS)

    def resolve_client(self, ip: str | None, at: dt.datetime) -> Identity:
        """A line without a user: the account leased the client IP at ``at``, if any."""
        if ip is None:
            return Identity(None, ANONYMOUS)
        leases = self.leases.get(ip)
        if leases:
            index = bisect.bisect_right(leases, at, key=_lease_start) - 1
            while index >= 0:
                lease = leases[index]
                if lease.start <= at <= lease.end:
                    return self.resolve_user(lease.account)
                index -= 1
        return Identity(None, "ip:" + ip.lower())

    def resolve_address(self, address: str) -> Identity:
        """A mail address (lower case) to its person, or to itself as an account."""
        found = self._addresses.get(address)
        if found is None:
            whole = address.strip().lower()
            person = self._by_email.get(whole) or self._account_person(whole)
            if person is None and is_local(whole, self.local_domains):
                person = self._by_local_part.get(whole.partition("@")[0])
            found = Identity(person, whole)
            self._addresses[address] = found
        return found

    def is_local(self, address: str) -> bool:
        return is_local(address, self.local_domains)


def load_directory(org: Organization) -> Directory:
    """``people.csv`` with the optional ``accounts.csv`` and ``leases.csv`` of the organization folder."""
    problems: list[Problem] = []
    accounts = _load_accounts(org, org.root / ACCOUNTS_FILE, problems)
    leases = _load_leases(org.root / LEASES_FILE, problems)
    if problems:
        raise OrgFolderError(problems)
    return Directory(org.people, accounts, leases)


def _load_accounts(org: Organization, path: Path, problems: list[Problem]) -> dict[str, str]:
    if not path.is_file():
        return {}
    rows, found = read_csv_table(path, ACCOUNTS_FILE, ("person", "account"))
    problems.extend(found)
    accounts: dict[str, str] = {}
    for row in rows:
        person, account = row.values["person"], row.values["account"]
        if org.find_person(person) is None:
            problems.append(
                Problem(
                    ACCOUNTS_FILE,
                    row.line,
                    1,
                    "person",
                    "is not an id in people.csv",
                    "use an id of people.csv",
                )
            )
            continue
        if not account:
            problems.append(Problem(ACCOUNTS_FILE, row.line, 2, "account", "is empty", "name the account"))
            continue
        for form in _account_forms(account):
            earlier = accounts.get(form)
            if earlier is not None and earlier != person:
                problems.append(
                    Problem(
                        ACCOUNTS_FILE,
                        row.line,
                        2,
                        "account",
                        "is already given to another person",
                        "an account belongs to one person",
                    )
                )
                break
            accounts[form] = person
    return accounts


def _account_forms(account: str) -> Iterable[str]:
    whole = account.strip().lower()
    yield whole
    short = proxy_account(account)
    if short != whole and "@" not in whole:
        yield short  # CORP\jdoe also answers to jdoe; an address keeps its domain


def _parse_at(text: str) -> dt.datetime | None:
    try:
        at = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)


def _load_leases(path: Path, problems: list[Problem]) -> dict[str, list[Lease]]:
    if not path.is_file():
        return {}
    rows, found = read_csv_table(path, LEASES_FILE, ("ip", "from", "to", "account"))
    problems.extend(found)
    leases: dict[str, list[Lease]] = {}
    for row in rows:
        values = row.values
        start, end = _parse_at(values["from"]), _parse_at(values["to"])
        hint = "write an ISO time such as 2026-03-02T08:00:00 (UTC unless it names a zone)"
        if not values["ip"]:
            problems.append(Problem(LEASES_FILE, row.line, 1, "ip", "is empty", "write the client IP"))
        elif start is None:
            problems.append(Problem(LEASES_FILE, row.line, 2, "from", "is not a time", hint))
        elif end is None:
            problems.append(Problem(LEASES_FILE, row.line, 3, "to", "is not a time", hint))
        elif end < start:
            problems.append(Problem(LEASES_FILE, row.line, 3, "to", "is before from", "swap the two times"))
        elif not values["account"]:
            problems.append(Problem(LEASES_FILE, row.line, 4, "account", "is empty", "name the account"))
        else:
            leases.setdefault(values["ip"].lower(), []).append(Lease(start, end, values["account"]))
    return leases
