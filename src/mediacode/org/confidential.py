"""``confidential.txt``: code names, unreleased products and internal systems, one a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import Problem
from mediacode.org.text_file import read_utf8


@dataclass(frozen=True, slots=True)
class ConfidentialTerm:
    term: str
    line: int


def parse_confidential(text: str) -> tuple[ConfidentialTerm, ...]:
    """Terms of the file: blank lines and lines starting with ``#`` are skipped, `` #`` ends a term."""
    terms: list[ConfidentialTerm] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        terms.append(ConfidentialTerm(" ".join(line.split()), number))
    return tuple(terms)


def load_confidential(path: Path, shown_as: str) -> tuple[tuple[ConfidentialTerm, ...], list[Problem]]:
    text, problem = read_utf8(path, shown_as)
    if problem is not None or text is None:
        return (), [problem] if problem else []
    return parse_confidential(text), []
