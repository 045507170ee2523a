"""P12: only traffic data is logged; no subjects, bodies, attachments, URL paths or queries."""

from __future__ import annotations

import re

from mediacode.policy.lint.context import LintContext
from mediacode.policy.lint.finding import LintFinding
from mediacode.policy.lint.rule import Rule

TRAFFIC_FIELDS: dict[str, frozenset[str]] = {
    "web": frozenset(
        {
            "time",
            "user",
            "client",
            "host",
            "domain",
            "method",
            "status",
            "bytes",
            "content_type",
            "category",
            "duration",
            "action",
        }
    ),
    "mail": frozenset(
        {
            "time",
            "sender",
            "recipients",
            "recipient",
            "size",
            "direction",
            "status",
            "queue_id",
            "message_id",
            "relay",
        }
    ),
}
"""What ``monitoring.md`` calls traffic data, per kind of log; anything else is content."""

CONTENT_COLUMNS = (
    "subject",
    "body",
    "attachment",
    "attachments",
    "attachment_name",
    "attachment_names",
    "url",
    "url_path",
    "path",
    "query",
    "query_string",
    "fragment",
    "cookie",
    "cookies",
    "content",
    "referer",
    "referrer",
)
"""Column names a control's SQL must not read: they hold content, not traffic data."""

_CONTENT_COLUMN = re.compile(r"\b(" + "|".join(CONTENT_COLUMNS) + r")\b", re.IGNORECASE)


class TrafficDataOnly(Rule):
    id = "P12"
    title = "Logging is limited to traffic data"
    severity = "error"

    def check(self, ctx: LintContext) -> list[LintFinding]:
        monitoring = ctx.policy.monitoring
        found: list[LintFinding] = []
        logged = {"web": monitoring.logged_fields.web, "mail": monitoring.logged_fields.mail}
        for kind, fields in logged.items():
            for index, name in enumerate(fields):
                if name.strip().lower() not in TRAFFIC_FIELDS[kind]:
                    message = ctx._(
                        "monitoring.logged_fields.{kind} lists '{field}', which is not traffic data. "
                        "Log only traffic data: remove '{field}'."
                    ).format(kind=kind, field=name)
                    path = ("monitoring", "logged_fields", kind, index)
                    found.append(self.finding(ctx, path, message))
        for index, control in enumerate(monitoring.controls):
            columns = dict.fromkeys(match.lower() for match in _CONTENT_COLUMN.findall(control.sql))
            for column in columns:
                message = ctx._(
                    "The control '{control}' reads the column '{column}' in its SQL, which is not traffic "
                    "data. Rewrite the query so that it uses traffic data only."
                ).format(control=control.name, column=column)
                found.append(self.finding(ctx, ("monitoring", "controls", index, "sql"), message))
        return found
