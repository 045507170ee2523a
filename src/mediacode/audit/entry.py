"""One audit entry and its canonical bytes: the leaf that goes into the tree.

Canonical JSON (sorted keys, UTF-8, no spaces, no NaN) makes the bytes of an
entry a function of its content, so that anyone can recompute a leaf hash
from the entry alone. An entry says who (``actor``: a person id, a role or
``system``) did what (``action``) when (``at``, UTC), with ``details`` that
hold counts, purpose ids, pseudonyms and case ids. ``subject`` is true only
when the entry is about a case whose subject it may then name by person id.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ACTIONS = (
    "ingest",
    "report",
    "retention",
    "policy.consent",
    "policy.publish",
    "case.open",
    "case.approve",
    "case.reveal",
    "case.notify",
    "case.discuss",
    "case.close",
    "key.create",
    "key.destroy",
    "export",
    "erase",
    "login",
)
"""Actions known today; ``is_action`` also admits new dotted names so later features need no edit here."""

FIELDS = ("action", "actor", "at", "details", "seq", "subject")
_ACTION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
_ACTOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")


class EntryFormatError(ValueError):
    """Bytes that are not a well-formed audit entry."""


def is_action(name: str) -> bool:
    return bool(_ACTION.match(name))


def is_actor(name: str) -> bool:
    return bool(_ACTOR.match(name))


def utc_stamp(moment: dt.datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.ffffffZ`` of an aware moment."""
    if moment.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_json(value: object) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    actor: str
    action: str
    details: Mapping[str, Any]
    subject: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "details": dict(self.details),
            "subject": self.subject,
        }

    def to_bytes(self) -> bytes:
        """The canonical bytes: the leaf of the tree and the line of the log (without its newline)."""
        return canonical_json(self.as_dict())


def parse_entry(line: bytes) -> Entry:
    """The entry on one log line; ``EntryFormatError`` when it is not one."""
    try:
        value = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EntryFormatError(f"not JSON ({exc.__class__.__name__})") from None
    if not isinstance(value, dict) or sorted(value) != list(FIELDS):
        raise EntryFormatError("not an audit entry (the fields differ)")
    seq, at, actor, action = value["seq"], value["at"], value["actor"], value["action"]
    details, subject = value["details"], value["subject"]
    if type(seq) is not int or seq < 0:
        raise EntryFormatError("seq is not a number")
    if not isinstance(at, str) or not isinstance(actor, str) or not isinstance(action, str):
        raise EntryFormatError("at, actor and action must be text")
    if not isinstance(details, dict) or not isinstance(subject, bool):
        raise EntryFormatError("details must be an object and subject true or false")
    return Entry(seq, at, actor, action, details, subject)
