"""The verdict on a post: the highest severity among its findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mediacode.org.schema import Category, Severity
from mediacode.review.finding import Finding


def verdict_of(findings: Iterable[Finding]) -> Severity:
    """``allowed`` when there is no finding, else the most severe one's severity."""
    return max((f.severity for f in findings), key=lambda s: s.rank, default=Severity.ALLOWED)


@dataclass(frozen=True)
class Decision:
    language: str
    verdict: Severity
    findings: tuple[Finding, ...]

    @classmethod
    def of(cls, language: str, findings: Iterable[Finding]) -> Decision:
        if isinstance(findings, (list, tuple)) and len(findings) < 2:
            # Most posts: no finding (allowed) or one (its severity); nothing to order.
            return cls(language, findings[0].severity if findings else Severity.ALLOWED, tuple(findings))
        ordered = tuple(
            sorted(findings, key=lambda f: (f.start if f.start is not None else -1, f.end or -1, f.category))
        )
        return cls(language, verdict_of(ordered), ordered)

    @property
    def categories(self) -> frozenset[Category]:
        return frozenset(f.category for f in self.findings)

    def as_dict(self, post_id: str | None = None) -> dict[str, object]:
        """Exactly the JSON object of ``review.md``: id, language, verdict, findings."""
        data: dict[str, object] = {}
        if post_id is not None:
            data["id"] = post_id
        data["language"] = self.language
        data["verdict"] = self.verdict.value
        data["findings"] = [f.as_dict() for f in self.findings]
        return data
