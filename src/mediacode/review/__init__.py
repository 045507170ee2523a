"""Post review: detectors and the verdict of the social media code.

``review(text, author, org)`` answers "may I post this?" with a ``Decision``:
the post's language, the verdict and the findings, each with a span and an
explanation in the post's language.
"""

from mediacode.review.decision import Decision
from mediacode.review.finding import Finding
from mediacode.review.reviewer import Reviewer, review

__all__ = ["Decision", "Finding", "Reviewer", "review"]
