"""Shared SQL of ``malware_hits`` and ``phishing_hits``: web requests and mail of one threat category.

Web rows count when their host's category is the threat; mail rows when the
external peer's domain is in the threat category of the organization's list
(``peer_category``, registered by the service). The person behind a mail row
is the internal party: the recipient of inbound mail, the sender otherwise.
"""

from __future__ import annotations

from mediacode.monitoring.controls.control import PEER_CATEGORY, Control, Figure
from mediacode.monitoring.controls.sql_literals import string


def threat_control(name: str, category: str, description: str) -> Control:
    threat = string(category)
    # the category is a literal quoted by sqlglot
    sql = f"""
SELECT department,
       SUM(CASE WHEN source = 'web' THEN 1 ELSE 0 END) AS web_requests,
       SUM(CASE WHEN source = 'mail' THEN 1 ELSE 0 END) AS mail_deliveries,
       COUNT(DISTINCT person) AS users
FROM (
    SELECT 'web' AS source, department, person FROM web WHERE category = {threat}
    UNION ALL
    SELECT 'mail' AS source,
           CASE WHEN m.direction = 'inbound' THEN m.recipient_department ELSE m.sender_department END
               AS department,
           CASE WHEN m.direction = 'inbound' THEN m.recipient ELSE m.sender END AS person
    FROM mail AS m JOIN {PEER_CATEGORY} AS p ON m.peer_domain = p.peer_domain
    WHERE p.category = {threat}
) AS hits
WHERE person IS NOT NULL
GROUP BY department
"""  # noqa: S608  # nosec B608  # the category is a literal quoted by sqlglot
    return Control(
        name=name,
        description=description,
        sql=sql,
        figures=(Figure("web_requests", "count", bound=100), Figure("mail_deliveries", "count", bound=100)),
        peer_categories=(category,),
    )
