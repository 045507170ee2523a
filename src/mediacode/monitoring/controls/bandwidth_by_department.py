"""Built-in ``bandwidth_by_department``: bytes and requests through the proxy, per department."""

from __future__ import annotations

from mediacode.monitoring.controls.control import Control, Figure
from mediacode.org.schema import Policy

NAME = "bandwidth_by_department"

SQL = """
SELECT department, SUM(bytes) AS bytes, COUNT(*) AS requests, COUNT(DISTINCT person) AS users
FROM web
GROUP BY department
"""


def control(policy: Policy) -> Control:
    return Control(
        name=NAME,
        description="Bytes and requests through the proxy",
        sql=SQL,
        figures=(Figure("bytes", "sum", bound=5e9), Figure("requests", "count", bound=20_000)),
    )
