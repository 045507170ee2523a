"""The detectors of the post review, one module each, and what they share.

A detector is built once per organization (``build(org)``) and then called
for every post with a ``Context``: the prepared post, the organization, the
translations of the post's language and the findings of the detectors that
ran before it (personal data needs to know who is identifiable; damaging
needs to know which customers are named).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from mediacode.i18n import Gettext
from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.finding import Finding
from mediacode.review.text import Post


@dataclass
class Context:
    post: Post
    org: Organization
    gettext: Gettext
    findings: list[Finding] = field(default_factory=list)

    def finding(
        self,
        category: Category,
        start: int | None,
        end: int | None,
        message: str,
        detector: str,
        evidence: str = "",
        score: float = 1.0,
        **values: str,
    ) -> Finding:
        """A finding with its explanation translated and filled in; ``text`` is the span's text."""
        text = self.post.text[start:end] if start is not None and end is not None else ""
        explanation = self.gettext(message).format(text=text, org=self.org.name, **values)
        return Finding(
            category,
            start,
            end,
            text,
            self.org.policy.social_media.severity_of(category),
            explanation,
            detector,
            evidence,
            score,
        )

    def of_category(self, category: Category) -> list[Finding]:
        return [f for f in self.findings if f.category == category]


class Detector(Protocol):
    name: str

    def detect(self, ctx: Context) -> list[Finding]: ...
