"""Use case ``rights erase``: delete what the person may have erased, say what is kept and why.

Erasable are the person's own post approval requests once decided and past
``social_media.approval_retention_days`` (``delete_after_on`` before today),
with every in-app message about them. A request still waiting for a decision
is kept (the approver has to be able to decide it); a decided one inside its
retention is kept until then (the decision must stay checkable) and goes by
itself afterwards. Acknowledgements are kept: they are the organization's
record that the person was shown the rules. SQLite overwrites deleted
content (``PRAGMA secure_delete``, checked before anything is deleted), so
the draft's bytes leave the database file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import MediacodeError
from mediacode.org import load_organization
from mediacode.services import audit
from mediacode.storage.db import approval_repository as store
from mediacode.storage.db.database import DatabaseSettings, open_database
from mediacode.storage.db.secure_delete import enable_secure_delete, secure_delete_is_on

PENDING = "pending"


class SecureDeleteError(MediacodeError):
    """The database would keep deleted bytes in its file, so nothing is erased."""


@dataclass(frozen=True)
class EraseResult:
    erased: tuple[int, ...]
    notifications: int
    pending: tuple[int, ...]
    """Requests kept because they wait for a decision."""
    in_retention: tuple[tuple[int, dt.date], ...]
    """Decided requests kept until their retention ends: (request, deleted after)."""
    acknowledgements: int
    secure_delete: bool | None
    """``None`` when the database is not SQLite."""

    def render(self) -> str:
        lines = [
            f"erased {len(self.erased)} decided approval request(s) past retention "
            f"and {self.notifications} message(s) about them"
            + (f": {', '.join(str(i) for i in self.erased)}" if self.erased else "")
        ]
        if self.pending:
            listed = ", ".join(str(i) for i in self.pending)
            lines.append(
                f"kept {len(self.pending)} request(s) waiting for a decision ({listed}): the approver still "
                "has to decide them; ask again once they are decided and their retention has passed"
            )
        for request, after in self.in_retention:
            lines.append(
                f"kept request {request}: decided, kept until {after.isoformat()} so the decision can be "
                "checked; it is deleted by itself after that date"
            )
        if self.acknowledgements:
            lines.append(
                f"kept {self.acknowledgements} acknowledgement(s): the organization must be able to show "
                "that you were given the rules and read them"
            )
        if self.secure_delete is None:
            lines.append("the database is not SQLite: deleted rows leave its files at its next vacuum")
        else:
            lines.append("SQLite secure_delete is on: the deleted text was overwritten in the database file")
        return "\n".join(lines)


def erase(
    org_root: Path, person_id: str, today: dt.date, database: DatabaseSettings | None = None
) -> EraseResult:
    org = load_organization(org_root)
    person = org.get_person(person_id)
    db = open_database(org_root, database)
    enable_secure_delete(db.engine)
    try:
        with db.transaction() as session:
            secure = secure_delete_is_on(session)
            if secure is False:
                raise SecureDeleteError(
                    "SQLite's secure_delete cannot be turned on here, so deleted drafts would stay in the "
                    "database file; nothing was erased"
                )
            rows = store.requests_by(session, person.id)
            due = sorted(
                row.id
                for row in rows
                if row.status != PENDING and row.delete_after_on is not None and row.delete_after_on < today
            )
            pending = tuple(sorted(row.id for row in rows if row.status == PENDING))
            in_retention = tuple(
                sorted(
                    (row.id, row.delete_after_on)
                    for row in rows
                    if row.status != PENDING and row.delete_after_on is not None and row.id not in due
                )
            )
            notifications = store.delete_requests(session, due)
            acknowledgements = len(store.acknowledgements_of(session, person.id))
    finally:
        db.close()
    result = EraseResult(tuple(due), notifications, pending, in_retention, acknowledgements, secure)
    audit.record(
        org_root,
        person.id,
        "erase",
        {
            "kind": "subject_request",
            "erased": len(due),
            "notifications_erased": notifications,
            "kept_pending": len(pending),
            "kept_in_retention": len(in_retention),
            "kept_acknowledgements": acknowledgements,
        },
        org=org,
    )
    return result
