"""A reviewed text cut into pieces for the page: plain runs and marked runs with their finding numbers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Piece:
    text: str
    numbers: tuple[int, ...] = ()
    """1-based numbers of the findings that cover this run; empty for unmarked text."""
    severity: str | None = None
    """The highest severity among them (for the style; the number and the list carry the meaning)."""


_RANK = {"allowed": 0, "caution": 1, "approval_required": 2, "not_allowed": 3}


def pieces(text: str, findings: Sequence[Mapping[str, Any]]) -> list[Piece]:
    """``text`` split at every finding boundary; overlapping findings share a run."""
    spans = [
        (int(f["start"]), int(f["end"]), number, str(f["severity"]))
        for number, f in enumerate(findings, start=1)
        if f.get("start") is not None and f.get("end") is not None and 0 <= f["start"] < f["end"] <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    result: list[Piece] = []
    for begin, end in pairwise(cuts):
        covering = [(number, severity) for s, e, number, severity in spans if s <= begin and end <= e]
        run = text[begin:end]
        if not covering:
            result.append(Piece(run))
            continue
        severity = max((sev for _, sev in covering), key=lambda sev: _RANK.get(sev, 0))
        result.append(Piece(run, tuple(n for n, _ in covering), severity))
    return result
