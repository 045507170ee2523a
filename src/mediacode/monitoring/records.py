"""The minimised records every log source yields: traffic data and nothing else.

A record never holds a URL path, query, fragment, userinfo, cookie, referer,
user agent, subject or body: parsers drop them while they read the line, so
none of it survives past the line being parsed (ADR 0065).

Records are named tuples: immutable, without a ``__dict__``, and about three
times cheaper to build than a frozen dataclass, which matters at a million
lines a run.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, NamedTuple

Direction = Literal["inbound", "outbound", "internal"]


class WebRecord(NamedTuple):
    """One proxy request: who (still in the clear, pseudonymised later), when, which host, how much."""

    at: datetime
    """UTC, timezone-aware."""
    user: str | None
    client_ip: str | None
    host: str
    """Lower-case host name or IP literal (IPv6 without brackets); never a path or query."""
    port: int | None
    method: str
    status: int
    bytes: int
    content_type: str | None
    """Media type without parameters, lower case; ``None`` when the log has none."""
    cache_result: str | None = None
    """The proxy's result code (Squid ``%Ss`` such as ``TCP_DENIED``), when the log has one."""


class MailRecord(NamedTuple):
    """One message: envelope addresses, size, direction and outcome; never its subject or body."""

    at: datetime
    """UTC, timezone-aware: when the message was received (or first seen)."""
    sender: str | None
    """Envelope sender, lower case; ``None`` for the null sender ``<>`` or when unknown."""
    recipients: tuple[str, ...]
    size: int | None
    direction: Direction | None
    status: str
    """``sent``/``delivered``, ``deferred``, ``bounced``, ``rejected``, ``failed`` … (lower case)."""
    subject_marker_private: bool = False
    """The subject carried the policy's private-mail tag (tested at read time; the subject is not kept)."""


Record = WebRecord | MailRecord
