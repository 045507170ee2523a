"""Use case: the messages the app holds for one person (a decision on their request, a new request)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mediacode.services.clock import utc_now
from mediacode.storage.db import approval_repository as store
from mediacode.storage.db.database import Database


@dataclass(frozen=True)
class NotificationView:
    id: int
    kind: str
    request_id: int | None
    created_at: dt.datetime
    read: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "request_id": self.request_id,
            "created_at": self.created_at.isoformat() + "Z",
            "read": self.read,
        }


def list_notifications(db: Database, person_id: str) -> list[NotificationView]:
    with db.read() as session:
        return [
            NotificationView(row.id, row.kind, row.request_id, row.created_at, row.read_at is not None)
            for row in store.notifications_of(session, person_id)
        ]


def mark_all_read(db: Database, person_id: str) -> None:
    now = utc_now()
    with db.transaction() as session:
        for row in store.notifications_of(session, person_id):
            if row.read_at is None:
                row.read_at = now
