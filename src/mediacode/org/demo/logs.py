"""The demo's log files: a month of proxy and mail traffic for its people (``logs/`` in the folder)."""

from __future__ import annotations

from mediacode.org.demo.log_month import LogMonth
from mediacode.org.demo.mail_log import maillog
from mediacode.org.demo.people import DemoPerson
from mediacode.org.demo.proxy_log import access_log

LOG_FOLDER = "logs"
ACCESS_LOG = f"{LOG_FOLDER}/access.log"
MAILLOG = f"{LOG_FOLDER}/maillog"


def demo_logs(people: tuple[DemoPerson, ...], month: LogMonth) -> dict[str, str]:
    """``logs/access.log`` (Squid native) and ``logs/maillog`` (Postfix) for ``month``, path -> text."""
    return {ACCESS_LOG: access_log(people, month), MAILLOG: maillog(people, month)}
