"""Built-in ``phishing_hits``: requests to phishing hosts and mail with phishing domains, per department."""

from __future__ import annotations

from mediacode.monitoring.controls.control import Control
from mediacode.monitoring.controls.threat_hits import threat_control
from mediacode.org.schema import Policy

NAME = "phishing_hits"
CATEGORY = "phishing"


def control(policy: Policy) -> Control:
    return threat_control(
        NAME, CATEGORY, "Requests to phishing hosts and mail exchanged with phishing domains"
    )
