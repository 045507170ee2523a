"""Postfix ``maillog``: messages reassembled from their queue-id lines.

A message's lines share its queue id: ``cleanup`` (``message-id=``), ``qmgr``
(``from=``, ``size=``, ``nrcpt=``), delivery agents (``to=``, ``status=``) and
finally ``qmgr … removed``, at which point one ``MailRecord`` is emitted and
the queue id forgotten (queue ids are reused). Messages still open at the end
of the input, or not seen for longer than ``window``, are emitted as they are
and counted with a ``Notice``. ``NOQUEUE: reject`` lines become ``rejected``
records at once. Message ids, client names, relays and reply texts are read
past and never kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from mediacode.monitoring.direction import is_local, normalise_domains
from mediacode.monitoring.records import Direction, MailRecord
from mediacode.monitoring.sources.ascii_digits import is_digits
from mediacode.monitoring.sources.reject import Notice, Reject
from mediacode.monitoring.sources.syslog_time import ClassicClock, rfc3339_at

DELIVERY_AGENTS = frozenset(
    {"smtp", "lmtp", "local", "virtual", "pipe", "error", "discard", "relay", "retry"}
)
DEFAULT_WINDOW = timedelta(days=7)
"""Longer than Postfix's default ``maximal_queue_lifetime`` (5 days)."""
CHECK_EVERY = 4096
"""Lines between two sweeps for queue ids older than the window."""
PROGRAMS_KEPT = 65_536
"""Distinct ``program[pid]:`` tokens remembered before the cache starts over."""
ADDRESSES_KEPT = 262_144
"""Distinct addresses whose locality is remembered before that cache starts over."""
_WORD = re.compile(r"[^ ,;)]*")
"""A value up to the next space, comma, semicolon or closing parenthesis (it always matches)."""
_REFUSALS = ("reject:", "milter-reject:")


@dataclass(slots=True)
class _Message:
    first_line: int
    at: datetime
    seen_at: datetime
    sender: str | None = None
    size: int | None = None
    outcomes: dict[str, str] = field(default_factory=dict)
    private: bool = False


def _between(text: str, start: str, end: str) -> str | None:
    begin = text.find(start)
    if begin < 0:
        return None
    begin += len(start)
    stop = text.find(end, begin)
    if stop < 0:
        return None
    return text[begin:stop]


def _address(raw: str | None) -> str | None:
    if not raw:
        return None
    return raw.lower()


def _word_after(text: str, key: str) -> str | None:
    begin = text.find(key)
    if begin < 0:
        return None
    return _WORD.match(text, begin + len(key)).group() or None  # type: ignore[union-attr]


def _status(outcomes: dict[str, str]) -> str:
    if len(outcomes) == 1:
        for status in outcomes.values():
            return status
    statuses = set(outcomes.values())
    if not statuses:
        return "unknown"
    if len(statuses) == 1:
        return statuses.pop()
    return "partial"


def _service(program: str, syslog_name: str) -> str | None:
    """``smtp`` of ``postfix/smtp[123]:``; ``None`` when the token is no program of ``syslog_name``."""
    if not program.endswith(":"):
        return None
    name = program[:-1].partition("[")[0]
    if not name.startswith(syslog_name):
        return None
    return name.rpartition("/")[2]


class _Finisher:
    """Builds the records; remembers per address whether it is local (``direction.is_local``)."""

    __slots__ = ("domains", "local")

    def __init__(self, domains: frozenset[str]) -> None:
        self.domains = domains
        self.local: dict[str, bool] = {}

    def is_local(self, address: str) -> bool:
        found = self.local.get(address)
        if found is None:
            if len(self.local) >= ADDRESSES_KEPT:
                self.local.clear()
            found = self.local[address] = is_local(address, self.domains)
        return found

    def direction(self, sender: str | None, recipients: tuple[str, ...]) -> Direction | None:
        """``direction.mail_direction``, with the locality of each address remembered."""
        if not self.domains or (sender is None and not recipients):
            return None
        local = self.is_local
        recipients_local = bool(recipients) and all(local(rcpt) for rcpt in recipients)
        if sender is not None and local(sender):
            return "internal" if recipients_local else "outbound"
        if recipients_local or any(local(rcpt) for rcpt in recipients):
            return "inbound"
        return None

    def record(self, message: _Message) -> MailRecord:
        outcomes = message.outcomes
        recipients = tuple(outcomes)
        return MailRecord(
            message.at,
            message.sender,
            recipients,
            message.size,
            self.direction(message.sender, recipients),
            _status(outcomes),
            message.private,
        )

    def rejected(self, at: datetime, body: str) -> MailRecord:
        sender = _address(_between(body, "from=<", ">"))
        recipient = _address(_between(body, "to=<", ">"))
        recipients = (recipient,) if recipient else ()
        return MailRecord(at, sender, recipients, None, self.direction(sender, recipients), "rejected")


def _is_queue_id(token: str) -> bool:
    """Short ids are upper-case hex, long ids mixed-case alphanumerics with digits; words are neither."""
    return (
        len(token) >= 5
        and token.isalnum()
        and token.isascii()
        and (token.isupper() or not token.isalpha())
        and token != "NOQUEUE"  # noqa: S105 (a Postfix keyword, not a secret)  # nosec B105  # a Postfix keyword
    )


def parse(
    lines: Iterable[str],
    *,
    year: int | None = None,
    zone: tzinfo = UTC,
    local_domains: Iterable[str] = (),
    private_subject_tag: str | None = None,
    syslog_name: str = "postfix",
    window: timedelta = DEFAULT_WINDOW,
) -> Iterator[MailRecord | Reject | Notice]:
    """Yield one ``MailRecord`` per message, plus a ``Reject`` per unreadable line.

    ``year`` is the year of the first classic (year-less) stamp, e.g. from
    ``files.syslog_start_year``; it rolls forward at the turn of the year.
    ``local_domains`` (the organization's mail domains) gives each record a
    direction. ``private_subject_tag`` is tested against subjects that
    ``header_checks`` may log; only the yes/no is kept.

    The hot loop caches what repeats from line to line (the last time stamp,
    the service of each ``program[pid]:`` token, whether an address is local)
    and tests the queue id only when it is not already open; the answers are
    those of the plain reading, line for line (``tests/monitoring/sources``).
    """
    clock = ClassicClock(year if year is not None else datetime.now(UTC).year, zone)
    domains = normalise_domains(local_domains)
    tag = private_subject_tag.casefold() if private_subject_tag else None
    pending: dict[str, _Message] = {}
    programs: dict[str, str | None] = {}
    """``program[pid]:`` token → service name, or ``None`` when not one of ``syslog_name``'s."""
    finisher = _Finisher(domains)
    finish, rejected = finisher.record, finisher.rejected

    every = CHECK_EVERY
    now: datetime | None = None
    last_stamp: str | None = None  # the last RFC 3339 stamp and its time
    last_rfc: datetime | None = None
    last_clock: str | None = None  # the last classic stamp the clock read, and its time
    last_day = last_month = ""
    last_classic = datetime.min
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not number % every and now is not None and pending:
            horizon = now - window
            for stale_id in [qid for qid, message in pending.items() if message.seen_at < horizon]:
                stale = pending.pop(stale_id)
                yield finish(stale)
                yield Notice(stale.first_line, "unfinished_expired")
        if not line or line.isspace():
            yield Reject(number, "empty")
            continue
        first = line[0]
        if first == "#":
            yield Reject(number, "comment")
            continue
        if "0" <= first <= "9":  # an ASCII digit: an RFC 3339 stamp begins here
            stamp, _, rest = line.partition(" ")
            if stamp != last_stamp:
                last_rfc, last_stamp = rfc3339_at(stamp), stamp
            parts = rest.split(None, 2)
            if last_rfc is None:
                yield Reject(number, "bad_timestamp")
                continue
            if len(parts) < 3:
                yield Reject(number, "too_few_fields")
                continue
            at = last_rfc
            program, text = parts[1], parts[2]
        else:
            parts = line.split(None, 5)
            if len(parts) < 6:
                yield Reject(number, "too_few_fields")
                continue
            month, day, time = parts[0], parts[1], parts[2]
            if time != last_clock or day != last_day or month != last_month:
                found = clock.at(month, day, time)
                if found is None:
                    last_clock = None  # the clock may have turned the year before it failed
                    yield Reject(number, "bad_timestamp")
                    continue
                last_classic, last_clock, last_day, last_month = found, time, day, month
            at = last_classic  # the same stamp as the last one the clock read: the same answer
            program, text = parts[4], parts[5]
        try:
            service = programs[program]
        except KeyError:
            service = programs[program] = _service(program, syslog_name)
            if len(programs) > PROGRAMS_KEPT:
                programs.clear()
                programs[program] = service
        if service is None:
            yield Reject(number, "no_program" if not program.endswith(":") else "not_postfix")
            continue
        now = at
        queue_id, separator, body = text.partition(": ")
        if not separator:
            continue  # connect/disconnect, daemon notices: nothing about a message
        message = pending.get(queue_id)
        if message is None:
            if queue_id == "NOQUEUE":
                if body.startswith("reject:"):
                    yield rejected(at, body)
                continue
            if not _is_queue_id(queue_id):
                continue  # warning:, fatal:, statistics: … carry no message
        if body.startswith(_REFUSALS):
            if body[0] == "r":
                yield rejected(at, body)  # one recipient refused while the message itself goes on
                continue
            pending.pop(queue_id, None)  # the whole message is refused and never queued
            yield rejected(at, body)
            continue
        if message is None:
            message = _Message(number, at, at)
            pending[queue_id] = message
        else:
            message.seen_at = at
        if service == "qmgr":
            if body == "removed":
                del pending[queue_id]
                yield finish(message)
            elif body.startswith("from=<"):
                message.sender = _address(_between(body, "from=<", ">"))
                size = _word_after(body, "size=")
                if size is not None and is_digits(size):
                    message.size = int(size)
        elif service in DELIVERY_AGENTS:
            if body.startswith("to=<"):
                recipient = _address(_between(body, "to=<", ">"))
                status = _word_after(body, "status=")
                if recipient and status:
                    message.outcomes[recipient] = status
        elif service == "cleanup" and tag is not None and "header Subject:" in body:
            subject = body.partition("header Subject:")[2].partition("; from=")[0]
            if tag in subject.casefold():
                message.private = True
    for message in pending.values():
        yield finish(message)
        yield Notice(message.first_line, "unfinished_at_end")
