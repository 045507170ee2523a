"""What the works council's room shows: consent and versions, the diff since consent, the evaluation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mediacode.org.organization import Organization
from mediacode.services.cases import list_views
from mediacode.services.consent_snapshots import (
    ConsentDiff,
    ConsentVersion,
    capture_if_covered,
    diff_since_consent,
    list_versions,
)
from mediacode.services.governance import MonitoringStatus, monitoring_status
from mediacode.storage.db.database import Database
from mediacode.web.officer_overview import case_counts


@dataclass(frozen=True)
class CouncilOverview:
    status: MonitoringStatus
    versions: tuple[ConsentVersion, ...]
    diff: ConsentDiff
    case_counts: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        status = self.status.as_dict()
        return {
            "monitoring_allowed": status["monitoring_allowed"],
            "reasons": status["reasons"],
            "consent": status["consent"],
            "published_on": status["published_on"],
            "current_hash": self.diff.current_hash,
            "versions": [v.as_dict() for v in self.versions],
            "diff": self.diff.as_dict(),
            "evaluation": status["evaluation"],
            "purposes": status["purposes"],
            "retention_days": status["retention_days"],
            "min_group_size": status["min_group_size"],
            "reidentification_approvers": status["reidentification_approvers"],
            "case_counts": self.case_counts,
        }


def council_overview(org: Organization, database: Database, today: dt.date) -> CouncilOverview:
    capture_if_covered(org)
    return CouncilOverview(
        monitoring_status(org, today),
        tuple(reversed(list_versions(org.root))),
        diff_since_consent(org),
        case_counts(list_views(org, database, today)),
    )
