"""What the privacy officer's room shows at a glance: governance, lint, audit, stored data, cases.

Each part comes from its service (``governance.monitoring_status``,
``policy_lint.lint_policy``, ``audit.verify_audit``, ``status.store_status``,
``cases.list_views``); nothing is computed here but counts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from mediacode.audit.verify import Verification
from mediacode.org.organization import Organization
from mediacode.services.audit import verify_audit
from mediacode.services.cases import CaseView, list_views
from mediacode.services.governance import MonitoringStatus, monitoring_status
from mediacode.services.policy_lint import LintReport, lint_policy
from mediacode.services.status import StoreStatus, store_status
from mediacode.storage.db.database import Database
from mediacode.storage.layout import StateLayout
from mediacode.web.case_context import storage_settings
from mediacode.web.report_cache import data_stamp
from mediacode.web.stamped_cache import StampedCache

CASE_STATUSES = ("open", "approved", "refused", "revealed", "closed")


@dataclass(frozen=True)
class OfficerOverview:
    status: MonitoringStatus
    lint: LintReport
    audit: Verification
    store: StoreStatus
    case_counts: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        return {
            "governance": self.status.as_dict(),
            "lint": self.lint.as_dict(),
            "audit": {
                "intact": self.audit.intact,
                "entries": self.audit.size,
                "root": self.audit.root.hex(),
                "heads_checked": self.audit.heads_checked,
                "damage": [d.as_dict() for d in self.audit.damage],
            },
            "store": self.store.as_dict(),
            "case_counts": self.case_counts,
        }


def case_counts(views: list[CaseView]) -> dict[str, int]:
    counted = Counter(view.case.status.value for view in views)
    return {status: counted.get(status, 0) for status in CASE_STATUSES}


def officer_overview(
    org: Organization, database: Database, today: dt.date, cache: StampedCache | None = None
) -> OfficerOverview:
    """The overview; with ``cache``, lint and stored data are computed again only after a change."""
    storage = storage_settings()
    cache = cache or StampedCache()
    lint = cache.get("lint", (id(org), today), org, lambda: lint_policy(org.root, today))
    stamp = (id(org), today, data_stamp(StateLayout.of(org.root, storage)))
    store = cache.get("store", stamp, org, lambda: store_status(org.root, today, storage))
    return OfficerOverview(
        monitoring_status(org, today),
        lint,
        verify_audit(org.root),
        store,
        case_counts(list_views(org, database, today)),
    )
