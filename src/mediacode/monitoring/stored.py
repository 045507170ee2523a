"""The minimised schema: the only columns mediacode ever stores about traffic.

Both engines (DuckDB, Spark), every built-in control and every control an
organization writes itself see exactly these tables and columns (ADR 0070).
Types are SQL type names that DuckDB, Spark SQL and Arrow all understand.
A person appears only as a keyed pseudonym of the key period the row falls in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    """``TIMESTAMP`` (UTC), ``DATE``, ``VARCHAR``, ``INTEGER``, ``BIGINT``, ``BOOLEAN``."""
    nullable: bool
    doc: str


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    doc: str

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


_COMMON = (
    Column("at", "TIMESTAMP", False, "When, in UTC."),
    Column("day", "DATE", False, "The UTC day; also the partition (day=YYYY-MM-DD)."),
    Column("period", "VARCHAR", False, "The key period the pseudonyms belong to (e.g. 2026-11)."),
)

WEB = Table(
    "web",
    (
        *_COMMON,
        Column("person", "VARCHAR", False, "Pseudonym of the user (HMAC-SHA-256, 128 bits, hex)."),
        Column("known", "BOOLEAN", False, "The account resolved to a person of people.csv."),
        Column("department", "VARCHAR", True, "The person's department; null for an unknown account."),
        Column("host", "VARCHAR", False, "Host name or IP literal; never a path or query."),
        Column("port", "INTEGER", True, "Port when the request named one."),
        Column("method", "VARCHAR", False, "HTTP method (CONNECT for tunnels)."),
        Column("status", "INTEGER", False, "HTTP status."),
        Column("bytes", "BIGINT", False, "Bytes sent to the client."),
        Column("content_type", "VARCHAR", True, "Media type without parameters."),
        Column("category", "VARCHAR", True, "Category of the host from the organization's list."),
        Column("denied", "BOOLEAN", False, "The proxy refused the request (e.g. TCP_DENIED, 403)."),
    ),
    "One proxy request.",
)

MAIL = Table(
    "mail",
    (
        *_COMMON,
        Column("sender", "VARCHAR", True, "Pseudonym of an internal sender; null when external."),
        Column("sender_department", "VARCHAR", True, "Department of an internal sender."),
        Column("recipient", "VARCHAR", True, "Pseudonym of an internal recipient; null when external."),
        Column("recipient_department", "VARCHAR", True, "Department of an internal recipient."),
        Column("peer_domain", "VARCHAR", True, "Domain of the external party, if any; never a local part."),
        Column("direction", "VARCHAR", False, "inbound, outbound or internal."),
        Column("size", "BIGINT", True, "Message size in bytes."),
        Column("status", "VARCHAR", False, "sent, deferred, bounced, rejected, ..."),
        Column("message", "VARCHAR", False, "Keyed hash of the message, to count messages."),
    ),
    "One delivery of one message to one recipient (a message to n recipients is n rows).",
)

TABLES: dict[str, Table] = {WEB.name: WEB, MAIL.name: MAIL}
