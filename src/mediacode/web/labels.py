"""Words for the values the pages show (verdicts, severities, categories, statuses), as English msgids."""

from __future__ import annotations

from collections.abc import Callable

from mediacode.i18n import Gettext

LABELS: dict[str, dict[str, str]] = {
    "verdict": {
        "allowed": "Allowed",
        "caution": "Be careful",
        "approval_required": "Approval required",
        "not_allowed": "Not allowed",
    },
    "severity": {
        "caution": "Be careful",
        "approval_required": "Approval required",
        "not_allowed": "Not allowed",
    },
    "category": {
        "colleague": "Colleague",
        "customer": "Customer",
        "supplier": "Supplier",
        "confidential": "Confidential",
        "personal_data": "Personal data",
        "damaging": "Damaging",
        "conduct": "Conduct",
        "position": "Position",
    },
    "status": {"pending": "Waiting for a decision", "approved": "Approved", "rejected": "Rejected"},
    "case_status": {
        "open": "Waiting for approvals",
        "approved": "Approved, not yet revealed",
        "refused": "Refused",
        "revealed": "Revealed",
        "closed": "Closed",
    },
    "key": {"present": "Key present", "destroyed": "Key destroyed", "absent": "No key"},
    "role": {
        "employee": "Employee",
        "manager": "Manager",
        "director": "Director",
        "approver": "Approver of posts",
        "privacy_officer": "Privacy officer",
        "works_council": "Works council",
        "administrator": "Administrator",
    },
    "decision": {"approved": "Approved", "refused": "Refused"},
}


def labeller(gettext: Gettext) -> Callable[[str, str], str]:
    def label(kind: str, value: str) -> str:
        return gettext(LABELS.get(kind, {}).get(value, value))

    return label
