"""Minimised records to stored rows: resolve, spare, pseudonymise, categorise (monitoring.md steps 4–5).

Rows are plain tuples in the column order of ``stored.WEB`` and
``stored.MAIL``; the storage adapter turns them into Arrow batches. Order per
record (ADR 0071): expire (older than retention, or the period's key is
destroyed) → resolve identities → spare mail → pseudonymise. Pseudonyms, key
periods and categories are cached, so a run costs one HMAC per person and
period, not per line. The set of unknown accounts lives in memory only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from mediacode.monitoring.categories import DENIED_MARK, CategoryIndex
from mediacode.monitoring.identity import Directory, Identity
from mediacode.monitoring.keystore import KeyDestroyedError, KeyStore
from mediacode.monitoring.periods import PeriodKind, period_of
from mediacode.monitoring.pseudonym import MessagePseudonyms, account_pseudonym, person_pseudonym
from mediacode.monitoring.records import MailRecord, WebRecord
from mediacode.monitoring.spare import Sparer

WebRow = tuple[
    dt.datetime,
    dt.date,
    str,
    str,
    bool,
    str | None,
    str,
    int | None,
    str,
    int,
    int,
    str | None,
    str | None,
    bool,
]
MailRow = tuple[
    dt.datetime,
    dt.date,
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    str,
    int | None,
    str,
    str,
]
EXPIRED = "expired"
_MISSING = object()
UNKNOWN_DIRECTION = "unknown"


@dataclass
class RowMaker:
    """Turns the records of one input file into stored rows; counts what it drops and why."""

    directory: Directory
    sparer: Sparer
    keys: KeyStore
    categories: CategoryIndex
    key_period: PeriodKind
    keep_from: dt.date | None
    """The first day retention still keeps; older records are dropped (``None``: keep all)."""
    ingest_id: str
    dropped: Counter[str] = field(default_factory=Counter)
    unknown_accounts: set[str] = field(default_factory=set)
    _days: dict[dt.date, tuple[str, bytes] | None] = field(default_factory=dict, repr=False)
    _pseudonyms: dict[tuple[str, str | None, str], str] = field(default_factory=dict, repr=False)
    _messages: int = 0
    _last_day: dt.date | None = field(default=None, repr=False)
    _last_found: tuple[str, bytes] | None = field(default=None, repr=False)
    _web_people: dict[tuple[str, str | None, str | None], tuple[str, bool, str | None]] = field(
        default_factory=dict, repr=False
    )
    _host_categories: dict[str, object] = field(default_factory=dict, repr=False)
    _message_pseudonyms: dict[bytes, MessagePseudonyms] = field(default_factory=dict, repr=False)

    def _period(self, day: dt.date) -> tuple[str, bytes] | None:
        try:
            return self._days[day]
        except KeyError:
            pass
        found: tuple[str, bytes] | None = None
        if self.keep_from is None or day >= self.keep_from:
            period = period_of(day, self.key_period)
            try:
                found = (period, self.keys.get_or_create(period))
            except KeyDestroyedError:
                found = None
        self._days[day] = found
        return found

    def _pseudonym(self, period: str, key: bytes, identity: Identity) -> str:
        person = identity.person
        cache_key = (period, person.id if person is not None else None, identity.account)
        found = self._pseudonyms.get(cache_key)
        if found is None:
            if person is not None:
                found = person_pseudonym(key, person.id)
            else:
                found = account_pseudonym(key, identity.account)
                self.unknown_accounts.add(identity.account)
            self._pseudonyms[cache_key] = found
        elif person is None:
            self.unknown_accounts.add(identity.account)
        return found

    def _who(self, period: str, key: bytes, identity: Identity) -> tuple[str, bool, str | None]:
        person = identity.person
        department = (person.department or None) if person is not None else None
        return (self._pseudonym(period, key, identity), person is not None, department)

    def period_key(self, day: dt.date) -> tuple[str, bytes] | None:
        """The key period of ``day`` and its key; ``None`` past retention or when the key is gone."""
        return self._period(day)

    def web_who(
        self, period: str, key: bytes, user: str | None, client_ip: str | None, at: dt.datetime
    ) -> tuple[str, bool, str | None]:
        """Pseudonym, known, department of a request's user (or client); cached unless a lease decides."""
        if user is not None:
            cache_key: tuple[str, str | None, str | None] = (period, user, None)
        elif client_ip is not None and client_ip.lower() not in self.directory.leases:
            cache_key = (period, None, client_ip)  # no lease: the answer does not depend on the time
        else:
            cache_key = ("", None, None)
        who = self._web_people.get(cache_key) if cache_key[0] else None
        if who is None:
            if user is not None:
                identity = self.directory.resolve_user(user)
            else:
                identity = self.directory.resolve_client(client_ip, at)
            who = self._who(period, key, identity)
            if cache_key[0]:
                self._web_people[cache_key] = who
        return who

    def needs_time(self, user: str | None, client_ip: str | None) -> bool:
        """Whether ``web_who`` depends on the request's time (an IP-only line whose IP may be leased)."""
        return user is None and (client_ip is None or client_ip.lower() in self.directory.leases)

    def category(self, host: str) -> str | None:
        """The host's category from the organization's list (cached per host)."""
        if not self.categories.by_domain:
            return None
        category = self._host_categories.get(host, _MISSING)
        if category is _MISSING:
            category = self._host_categories[host] = self.categories.category_of(host)
        return category  # type: ignore[return-value]

    def categories_of(self, hosts: list[str]) -> list[str | None]:
        """``category`` of each host, in bulk: one dictionary lookup per host once it has been seen."""
        if not self.categories.by_domain:
            return [None] * len(hosts)
        known = self._host_categories
        found = [known.get(host, _MISSING) for host in hosts]
        return [
            self.category(host) if category is _MISSING else category  # type: ignore[misc]
            for host, category in zip(hosts, found, strict=True)
        ]

    def web(self, record: WebRecord) -> WebRow | None:
        """The stored row of one request; ``None`` when it is past retention. The hot path: cached."""
        at = record.at
        day = at.date()
        if day == self._last_day:
            found = self._last_found
        else:
            found = self._last_found = self._period(day)
            self._last_day = day
        if found is None:
            self.dropped[EXPIRED] += 1
            return None
        period, key = found
        who = self.web_who(period, key, record.user, record.client_ip, at)
        result = record.cache_result
        return (
            at,
            day,
            period,
            who[0],
            who[1],
            who[2],
            record.host,
            record.port,
            record.method,
            record.status,
            record.bytes,
            record.content_type,
            self.category(record.host),
            result is not None and DENIED_MARK in result.upper(),
        )

    def party_pseudonym(self, period: str, key: bytes, identity: Identity) -> str:
        """An internal party's pseudonym in ``period`` (cached); unknown to the directory: counted."""
        return self._pseudonym(period, key, identity)

    def is_internal(self, identity: Identity) -> bool:
        """A person of the directory, or an address in one of the organization's own domains."""
        return self._internal(identity)

    def message_ordinals(self, count: int) -> int:
        """Reserve the ordinals of the next ``count`` messages (as ``mail`` numbers them); the first one."""
        first = self._messages + 1
        self._messages += count
        return first

    def message_pseudonyms(self, key: bytes) -> MessagePseudonyms:
        """The message numbering under ``key`` for this ingest (the one ``mail`` uses)."""
        numbering = self._message_pseudonyms.get(key)
        if numbering is None:
            numbering = self._message_pseudonyms[key] = MessagePseudonyms(key, self.ingest_id)
        return numbering

    def mail(self, record: MailRecord, marked_private: bool = False) -> list[MailRow]:
        """One row per recipient (one row without recipient when there is none); ``[]`` when dropped."""
        self._messages += 1
        ordinal = self._messages
        at = record.at
        day = at.date()
        found = self._period(day)
        if found is None:
            self.dropped[EXPIRED] += 1
            return []
        period, key = found
        directory = self.directory
        sender = directory.resolve_address(record.sender) if record.sender else None
        recipients = [directory.resolve_address(address) for address in record.recipients]
        parties = recipients if sender is None else [sender, *recipients]
        if self.sparer.spare(record, parties, marked_private):
            return []
        sender_pseudonym = sender_department = sender_domain = None
        if sender is not None:
            if self._internal(sender):
                sender_pseudonym = self._pseudonym(period, key, sender)
                sender_department = _department(sender)
            else:
                sender_domain = _domain(sender.account)
        direction = record.direction or UNKNOWN_DIRECTION
        numbering = self._message_pseudonyms.get(key)
        if numbering is None:
            numbering = self._message_pseudonyms[key] = MessagePseudonyms(key, self.ingest_id)
        message = numbering.of(ordinal)
        rows: list[MailRow] = []
        listed: list[Identity | None] = [*recipients] if recipients else [None]
        for recipient in listed:
            pseudonym = department = None
            peer = sender_domain
            if recipient is not None:
                if self._internal(recipient):
                    pseudonym = self._pseudonym(period, key, recipient)
                    department = _department(recipient)
                else:
                    peer = _domain(recipient.account)
            rows.append(
                (
                    at,
                    day,
                    period,
                    sender_pseudonym,
                    sender_department,
                    pseudonym,
                    department,
                    peer,
                    direction,
                    record.size,
                    record.status,
                    message,
                )
            )
        return rows

    def _internal(self, identity: Identity) -> bool:
        return identity.person is not None or self.directory.is_local(identity.account)


def _department(identity: Identity) -> str | None:
    return identity.person.department or None if identity.person is not None else None


def _domain(address: str) -> str | None:
    """The domain of an external address; never its local part (``None`` when it has no domain)."""
    local, at, domain = address.rpartition("@")
    return domain or None if at and local else None
