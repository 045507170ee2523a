"""Built-in ``blocked_category_attempts``: requests the proxy denied or that went to a blocked category."""

from __future__ import annotations

from mediacode.monitoring.controls.control import Control, Figure
from mediacode.monitoring.controls.sql_literals import membership
from mediacode.org.schema import Policy

NAME = "blocked_category_attempts"


def control(policy: Policy) -> Control:
    blocked = membership("category", policy.prevention.blocked_categories)
    # the categories are literals quoted by sqlglot
    sql = f"""
SELECT department,
       COUNT(*) AS attempts,
       SUM(CASE WHEN denied THEN 1 ELSE 0 END) AS denied,
       COUNT(DISTINCT person) AS users
FROM web
WHERE denied OR ({blocked})
GROUP BY department
"""  # noqa: S608  # nosec B608  # categories are literals quoted by sqlglot
    return Control(
        name=NAME,
        description="Requests denied by the proxy or to a category the policy blocks",
        sql=sql,
        figures=(Figure("attempts", "count", bound=200), Figure("denied", "count", bound=200)),
    )
