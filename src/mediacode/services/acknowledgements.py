"""Use cases: read the code, the regulation and the notice in one's language, and acknowledge each.

An acknowledgement stores which text the person was shown (the SHA-256 of its
Markdown) and the policy's monitoring hash at that moment; when the policy
changes the text, the old acknowledgement no longer counts as current.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mediacode.org.organization import Organization
from mediacode.policy.documents.kinds import DocumentKind
from mediacode.services.clock import utc_now
from mediacode.services.rendered_documents import rendered
from mediacode.storage.db import approval_repository as store
from mediacode.storage.db.approval_tables import AcknowledgementRow
from mediacode.storage.db.database import Database

READABLE = (DocumentKind.CODE, DocumentKind.REGULATION, DocumentKind.NOTICE)


@dataclass(frozen=True)
class DocumentView:
    kind: DocumentKind
    language: str
    title: str
    html: str
    """The document's body as HTML (raw HTML in the source is never passed through)."""
    document_hash: str
    acknowledged_at: dt.datetime | None
    """When the person acknowledged exactly this text, if they did."""

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "language": self.language,
            "title": self.title,
            "html": self.html,
            "document_hash": self.document_hash,
            "acknowledged_at": self.acknowledged_at.isoformat() + "Z" if self.acknowledged_at else None,
        }


def _current(db: Database, person_id: str, kind: DocumentKind, document_hash: str) -> dt.datetime | None:
    with db.read() as session:  # rows are read inside: the read ends in a rollback, which expires them
        matching = [
            r.acknowledged_at
            for r in store.acknowledgements_of(session, person_id)
            if r.document == kind.value and r.document_hash == document_hash
        ]
    return max(matching) if matching else None


def read_document(
    db: Database, org: Organization, person_id: str, kind: DocumentKind, language: str
) -> DocumentView:
    document = rendered(org, kind, language)
    return DocumentView(
        kind,
        language,
        document.title,
        document.html,
        document.document_hash,
        _current(db, person_id, kind, document.document_hash),
    )


def acknowledge(
    db: Database, org: Organization, person_id: str, kind: DocumentKind, language: str
) -> DocumentView:
    """Record that ``person_id`` read ``kind`` in ``language`` as it reads today."""
    org.get_person(person_id)
    document = rendered(org, kind, language)
    with db.transaction() as session:
        store.add_acknowledgement(
            session,
            AcknowledgementRow(
                person_id=person_id,
                document=kind.value,
                language=language,
                document_hash=document.document_hash,
                monitoring_hash=org.monitoring_hash(),
                acknowledged_at=utc_now(),
            ),
        )
    return read_document(db, org, person_id, kind, language)
