"""What the post workflow holds about one person, for their subject access export.

Their own approval requests in full (the draft is their own data), only the
id and decision date of a colleague's request they were asked to decide (the
colleague's draft is not theirs), their acknowledgements and their messages
in the app.
"""

from __future__ import annotations

import json

from mediacode.rights.model import Acknowledgement, DecidedRequest, Notification, OwnRequest, PostApprovals
from mediacode.storage.db import approval_repository as store
from mediacode.storage.db.database import Database


def post_approvals_of(db: Database, person_id: str) -> PostApprovals:
    with db.transaction() as session:
        own = tuple(
            OwnRequest(
                id=row.id,
                text=row.text,
                language=row.language,
                verdict=row.verdict,
                findings=tuple(json.loads(row.findings)),
                approver=row.approver,
                status=row.status,
                comment=row.comment,
                created_at=row.created_at,
                decided_at=row.decided_at,
                delete_after_on=row.delete_after_on,
            )
            for row in reversed(store.requests_by(session, person_id))
        )
        decided = tuple(
            DecidedRequest(row.id, row.decided_at.date() if row.decided_at else None)
            for row in reversed(store.requests_for(session, person_id))
            if row.author != person_id
        )
        acknowledgements = tuple(
            Acknowledgement(
                row.document, row.language, row.document_hash, row.monitoring_hash, row.acknowledged_at
            )
            for row in store.acknowledgements_of(session, person_id)
        )
        notifications = tuple(
            Notification(row.kind, row.request_id, row.created_at, row.read_at)
            for row in reversed(store.notifications_of(session, person_id))
        )
    return PostApprovals(own, decided, acknowledgements, notifications)
