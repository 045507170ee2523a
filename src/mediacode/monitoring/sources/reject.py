"""What a parser yields instead of a record: a reason code and a line number, never the line's text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reject:
    """A line that does not parse. ``reason`` is a short machine code such as ``bad_timestamp``."""

    line_number: int
    reason: str


@dataclass(frozen=True, slots=True)
class Notice:
    """Something parsed but worth counting that is not a rejected line.

    Examples: a Postfix message still unfinished at the end of the input (emitted
    anyway), or a message-trace event row that is not a delivery outcome.
    ``line_number`` is the line the notice is about (for a message: its first line).
    """

    line_number: int
    reason: str
