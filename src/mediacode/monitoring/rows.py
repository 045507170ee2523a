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

from mediacode.monitoring.categories import CategoryIndex, is_denied
from mediacode.monitoring.identity import Directory, Identity
from mediacode.monitoring.keystore import KeyDestroyedError, KeyStore
from mediacode.monitoring.periods import PeriodKind, period_of
from mediacode.monitoring.pseudonym import account_pseudonym, message_pseudonym, person_pseudonym
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

    def web(self, record: WebRecord) -> WebRow | None:
        at = record.at
        day = at.date()
        found = self._period(day)
        if found is None:
            self.dropped[EXPIRED] += 1
            return None
        period, key = found
        user = record.user
        if user is not None:
            identity = self.directory.resolve_user(user)
        else:
            identity = self.directory.resolve_client(record.client_ip, at)
        person = identity.person
        host = record.host
        return (
            at,
            day,
            period,
            self._pseudonym(period, key, identity),
            person is not None,
            person.department or None if person is not None else None,
            host,
            record.port,
            record.method,
            record.status,
            record.bytes,
            record.content_type,
            self.categories.category_of(host),
            is_denied(record.cache_result),
        )

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
        message = message_pseudonym(key, self.ingest_id, ordinal)
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
