"""Built-in ``private_browsing_share``: the share of requests to non-work categories, per department."""

from __future__ import annotations

from collections.abc import Iterable

from mediacode.monitoring.controls.control import Control, Figure
from mediacode.monitoring.controls.sql_literals import membership
from mediacode.org.schema import Policy

NAME = "private_browsing_share"

PRIVATE_CATEGORIES: tuple[str, ...] = (
    "social_networks",
    "shopping",
    "news",
    "webmail",
    "games",
    "sports",
    "radio",
    "audio-video",
    "dating",
    "gambling",
)
"""UT1 category names counted as private browsing unless the caller names others."""


def control(policy: Policy, categories: Iterable[str] = PRIVATE_CATEGORIES) -> Control:
    private = membership("category", categories)
    # the categories are literals quoted by sqlglot
    sql = f"""
SELECT department,
       SUM(CASE WHEN {private} THEN 1 ELSE 0 END) AS private_requests,
       COUNT(*) AS requests,
       COUNT(DISTINCT person) AS users
FROM web
GROUP BY department
"""  # noqa: S608  # nosec B608  # categories are literals quoted by sqlglot
    return Control(
        name=NAME,
        description="Share of requests to categories of private use",
        sql=sql,
        figures=(
            Figure("private_requests", "count", bound=20_000),
            Figure("requests", "count", bound=20_000),
            Figure("share", "share", numerator="private_requests", denominator="requests"),
        ),
    )
