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

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from mediacode.monitoring.direction import mail_direction, normalise_domains
from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.sources.reject import Notice, Reject
from mediacode.monitoring.sources.syslog_time import ClassicClock, rfc3339_at

DELIVERY_AGENTS = frozenset(
    {"smtp", "lmtp", "local", "virtual", "pipe", "error", "discard", "relay", "retry"}
)
DEFAULT_WINDOW = timedelta(days=7)
"""Longer than Postfix's default ``maximal_queue_lifetime`` (5 days)."""
CHECK_EVERY = 4096
"""Lines between two sweeps for queue ids older than the window."""


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
    begin += len(key)
    stop = begin
    while stop < len(text) and text[stop] not in " ,;)":
        stop += 1
    return text[begin:stop] or None


def _status(outcomes: dict[str, str]) -> str:
    statuses = set(outcomes.values())
    if not statuses:
        return "unknown"
    if len(statuses) == 1:
        return statuses.pop()
    return "partial"


def _is_queue_id(token: str) -> bool:
    """Short ids are upper-case hex, long ids mixed-case alphanumerics with digits; words are neither."""
    return (
        len(token) >= 5
        and token.isalnum()
        and token.isascii()
        and (token.isupper() or not token.isalpha())
        and token != "NOQUEUE"  # noqa: S105 (a Postfix keyword, not a secret)
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
    """
    clock = ClassicClock(year if year is not None else datetime.now(UTC).year, zone)
    domains = normalise_domains(local_domains)
    tag = private_subject_tag.casefold() if private_subject_tag else None
    pending: dict[str, _Message] = {}

    def finish(message: _Message) -> MailRecord:
        recipients = tuple(message.outcomes)
        return MailRecord(
            at=message.at,
            sender=message.sender,
            recipients=recipients,
            size=message.size,
            direction=mail_direction(message.sender, recipients, domains),
            status=_status(message.outcomes),
            subject_marker_private=message.private,
        )

    def rejected(at: datetime, body: str) -> MailRecord:
        sender = _address(_between(body, "from=<", ">"))
        recipient = _address(_between(body, "to=<", ">"))
        recipients = (recipient,) if recipient else ()
        return MailRecord(
            at=at,
            sender=sender,
            recipients=recipients,
            size=None,
            direction=mail_direction(sender, recipients, domains),
            status="rejected",
        )

    now: datetime | None = None
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if number % CHECK_EVERY == 0 and now is not None and pending:
            horizon = now - window
            for stale_id in [qid for qid, message in pending.items() if message.seen_at < horizon]:
                stale = pending.pop(stale_id)
                yield finish(stale)
                yield Notice(stale.first_line, "unfinished_expired")
        if not line or line.isspace():
            yield Reject(number, "empty")
            continue
        if line[0] == "#":
            yield Reject(number, "comment")
            continue
        if line[0].isdigit():
            stamp, _, rest = line.partition(" ")
            at = rfc3339_at(stamp)
            parts = rest.split(None, 2)
            if at is None:
                yield Reject(number, "bad_timestamp")
                continue
            if len(parts) < 3:
                yield Reject(number, "too_few_fields")
                continue
            program, text = parts[1], parts[2]
        else:
            parts = line.split(None, 5)
            if len(parts) < 6:
                yield Reject(number, "too_few_fields")
                continue
            at = clock.at(parts[0], parts[1], parts[2])
            if at is None:
                yield Reject(number, "bad_timestamp")
                continue
            program, text = parts[4], parts[5]
        if not program.endswith(":"):
            yield Reject(number, "no_program")
            continue
        name = program[:-1].partition("[")[0]
        if not name.startswith(syslog_name):
            yield Reject(number, "not_postfix")
            continue
        now = at
        service = name.rpartition("/")[2]
        queue_id, separator, body = text.partition(": ")
        if not separator:
            continue  # connect/disconnect, daemon notices: nothing about a message
        if queue_id == "NOQUEUE":
            if body.startswith("reject:"):
                yield rejected(at, body)
            continue
        if not _is_queue_id(queue_id):
            continue  # warning:, fatal:, statistics: … carry no message
        if body.startswith("reject:"):
            yield rejected(at, body)  # one recipient refused while the message itself goes on
            continue
        if body.startswith("milter-reject:"):
            pending.pop(queue_id, None)  # the whole message is refused and never queued
            yield rejected(at, body)
            continue
        message = pending.get(queue_id)
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
                if size is not None and size.isdigit():
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
