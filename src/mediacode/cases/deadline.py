"""The conversation deadline: a revealed case is discussed within ``discuss_case_within_days``."""

from __future__ import annotations

import datetime as dt

from mediacode.cases.model import Case, CaseStatus
from mediacode.org.organization import Organization


def discuss_by(org: Organization, case: Case) -> dt.date | None:
    days = org.policy.governance.discuss_case_within_days
    if days is None or case.revealed_on is None:
        return None
    return case.revealed_on + dt.timedelta(days=days)


def is_overdue(org: Organization, case: Case, today: dt.date) -> bool:
    """Revealed, not yet discussed, and past the deadline (a closed case is never overdue)."""
    due = discuss_by(org, case)
    return (
        due is not None and case.discussed_on is None and case.status is CaseStatus.REVEALED and today > due
    )
