"""Microsoft 365 / Exchange Online message-trace CSV exports.

Handled layouts, matched by header name (case, ``_``, spaces and ``-`` ignored):

* ``Get-MessageTrace`` / ``Get-MessageTraceV2`` via ``Export-Csv``:
  ``Received, SenderAddress, RecipientAddress, Subject, Status, ToIP, FromIP,
  Size, MessageId, MessageTraceId, …`` — one row per (message, recipient);
* Exchange admin center downloadable reports: the enhanced summary
  (``origin_timestamp_utc, sender_address, recipient_status`` as
  ``addr##Receive, Deliver;addr2##…``, ``message_subject, total_bytes,
  message_id, directionality, …``) and the extended report (``date_time_utc,
  event_id, recipient_address, …``; one row per event, only outcome events —
  DELIVER, SEND, FAIL, DEFER — become records, the others are counted as a
  ``Notice``).

The subject is read only to test the policy's private-mail tag and is then
dropped with the row; IPs, message ids and trace ids never leave this module.
Consecutive rows of one message (same message id) become one record.
Timestamps are UTC (ISO 8601, or ``M/d/yyyy h:mm:ss AM`` as ``Export-Csv``
writes them in an en-US session).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from mediacode.monitoring.direction import mail_direction, normalise_domains
from mediacode.monitoring.records import Direction, MailRecord
from mediacode.monitoring.sources.ascii_digits import is_digits
from mediacode.monitoring.sources.reject import Notice, Reject

ALIASES: dict[str, tuple[str, ...]] = {
    "at": (
        "received",
        "receiveddatetime",
        "origintimestamputc",
        "origintimestamp",
        "datetimeutc",
        "datetime",
        "date(utc)",
        "date",
    ),
    "sender": ("senderaddress", "sender", "fromaddress"),
    "recipient": ("recipientaddress", "recipient", "toaddress"),
    "recipient_status": ("recipientstatus",),
    "subject": ("subject", "messagesubject"),
    "size": ("size", "totalbytes", "messagesize"),
    "status": ("status", "deliverystatus"),
    "event": ("eventid",),
    "direction": ("direction", "directionality"),
    "message_id": ("messageid", "networkmessageid", "internalmessageid"),
}
OUTCOME_EVENTS = {"DELIVER": "delivered", "SEND": "sent", "FAIL": "failed", "DEFER": "deferred"}
SUMMARY_EVENTS = {
    "deliver": "delivered",
    "send": "sent",
    "fail": "failed",
    "defer": "deferred",
    "receive": "received",
    "expand": "expanded",
    "drop": "dropped",
}
DIRECTIONS: dict[str, Direction] = {
    "inbound": "inbound",
    "incoming": "inbound",
    "1": "inbound",
    "outbound": "outbound",
    "originating": "outbound",
    "2": "outbound",
    "intraorg": "internal",
    "internal": "internal",
}
_US_TIME = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?$")


def _normalise(name: str) -> str:
    return name.strip().lstrip("\ufeff").lower().replace("_", "").replace(" ", "").replace("-", "")


@dataclass(frozen=True, slots=True)
class _Columns:
    width: int
    positions: dict[str, int]

    @classmethod
    def from_header(cls, header: list[str]) -> _Columns:
        names = [_normalise(name) for name in header]
        positions: dict[str, int] = {}
        for key, aliases in ALIASES.items():
            for alias in aliases:
                if alias in names:
                    positions[key] = names.index(alias)
                    break
        return cls(len(header), positions)

    def usable(self) -> bool:
        has_address = any(key in self.positions for key in ("sender", "recipient", "recipient_status"))
        return "at" in self.positions and has_address

    def get(self, row: list[str], key: str) -> str:
        position = self.positions.get(key)
        return "" if position is None else row[position].strip()


@dataclass(slots=True)
class _Group:
    key: str
    first_line: int
    at: datetime
    sender: str | None
    size: int | None
    direction: Direction | None
    outcomes: dict[str, str] = field(default_factory=dict)
    private: bool = False


def trace_at(text: str) -> datetime | None:
    """UTC time of a trace timestamp (ISO 8601 or en-US ``M/d/yyyy h:mm[:ss] [AM|PM]``)."""
    if not text:
        return None
    if is_digits(text[0:4]):
        try:
            parsed = datetime.fromisoformat(text)
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
        except (ValueError, OverflowError):
            return None  # malformed, or shifted to UTC it leaves years 1-9999
    match = _US_TIME.match(text)
    if match is None:
        return None
    month, day, year, hour, minute, second, half = match.groups()
    hours = int(hour)
    if half is not None:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half.lower() == "pm" else 0)
    try:
        return datetime(int(year), int(month), int(day), hours, int(minute), int(second or 0), tzinfo=UTC)
    except ValueError:
        return None


def _summary_recipients(value: str) -> dict[str, str]:
    """``addr##Receive, Deliver;addr2##Receive, Fail`` -> {address: last event as a status}."""
    outcomes: dict[str, str] = {}
    for part in value.split(";"):
        address, _, events = part.partition("##")
        address = address.strip().lower()
        if address:
            last = events.rpartition(",")[2].strip().lower()
            outcomes[address] = SUMMARY_EVENTS.get(last, last or "unknown")
    return outcomes


def _status(outcomes: dict[str, str]) -> str:
    statuses = set(outcomes.values())
    if not statuses:
        return "unknown"
    return statuses.pop() if len(statuses) == 1 else "partial"


def parse(
    lines: Iterable[str],
    *,
    local_domains: Iterable[str] = (),
    private_subject_tag: str | None = None,
) -> Iterator[MailRecord | Reject | Notice]:
    """Yield one ``MailRecord`` per message (consecutive rows merged) and a ``Reject`` per bad row."""
    domains = normalise_domains(local_domains)
    tag = private_subject_tag.casefold() if private_subject_tag else None
    reader = csv.reader(lines)
    columns: _Columns | None = None
    group: _Group | None = None

    def finish(done: _Group) -> MailRecord:
        recipients = tuple(done.outcomes)
        direction = done.direction or mail_direction(done.sender, recipients, domains)
        return MailRecord(
            at=done.at,
            sender=done.sender,
            recipients=recipients,
            size=done.size,
            direction=direction,
            status=_status(done.outcomes),
            subject_marker_private=done.private,
        )

    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # a stray line break or a field past csv's size limit: the row is unreadable, the rest is not
            yield Reject(reader.line_num, "bad_csv")
            continue
        number = reader.line_num
        if not row or all(not cell.strip() for cell in row):
            yield Reject(number, "empty")
            continue
        if columns is None:
            if row[0].lstrip("\ufeff").startswith("#"):
                continue  # Windows PowerShell's "#TYPE …" line before the header
            columns = _Columns.from_header(row)
            if not columns.usable():
                yield Reject(number, "unknown_header")
            continue
        if not columns.usable():
            yield Reject(number, "unknown_header")
            continue
        if len(row) != columns.width:
            yield Reject(number, "too_few_fields" if len(row) < columns.width else "custom_format")
            continue
        at = trace_at(columns.get(row, "at"))
        if at is None:
            yield Reject(number, "bad_timestamp")
            continue
        event = columns.get(row, "event").upper()
        if "event" in columns.positions and event not in OUTCOME_EVENTS:
            yield Notice(number, "event_skipped")
            continue
        size_text = columns.get(row, "size")
        if size_text and not is_digits(size_text):
            yield Reject(number, "bad_size")
            continue
        summary = columns.get(row, "recipient_status")
        if "##" in summary:
            outcomes = _summary_recipients(summary)
        else:
            recipient = columns.get(row, "recipient").lower()
            status = OUTCOME_EVENTS.get(event) or columns.get(row, "status").lower() or "unknown"
            outcomes = {recipient: status} if recipient else {}
        sender = columns.get(row, "sender").lower() or None
        if sender is None and not outcomes:
            yield Reject(number, "no_address")
            continue
        private = False
        if tag is not None:
            private = tag in columns.get(row, "subject").casefold()
        key = columns.get(row, "message_id")
        if group is not None and key and key == group.key and sender == group.sender:
            group.outcomes.update(outcomes)
            group.private = group.private or private
            continue
        if group is not None:
            yield finish(group)
        group = _Group(
            key=key,
            first_line=number,
            at=at,
            sender=sender,
            size=int(size_text) if size_text else None,
            direction=DIRECTIONS.get(_normalise(columns.get(row, "direction"))),
            outcomes=outcomes,
            private=private,
        )
    if group is not None:
        yield finish(group)
