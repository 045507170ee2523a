"""One thing the code has to say about a post: category, where, why, how bad."""

from __future__ import annotations

from dataclasses import dataclass

from mediacode.org.schema import Category, Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """A category, the span of text it is about (``None`` for the whole post) and the reason.

    ``explanation`` is a sentence in the post's language naming the rule of the
    code and the evidence; ``detector`` and ``evidence`` say which rule fired
    on what, for people tuning the detectors.
    """

    category: Category
    start: int | None
    end: int | None
    text: str
    severity: Severity
    explanation: str
    detector: str
    evidence: str = ""
    score: float = 1.0

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None

    def overlaps(self, other: Finding) -> bool:
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        return self.start < other.end and other.start < self.end

    def contains(self, other: Finding) -> bool:
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        return self.start <= other.start and other.end <= self.end

    def as_dict(self) -> dict[str, object]:
        return {
            "category": self.category.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "severity": self.severity.value,
            "explanation": self.explanation,
        }
