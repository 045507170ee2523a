"""The code, the regulation and the notice: read in one's language, and acknowledge."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request

from mediacode.policy.documents.kinds import DocumentKind
from mediacode.services.acknowledgements import READABLE, acknowledge, read_document
from mediacode.web.api.schemas import DocumentOut, DocumentSummaryOut
from mediacode.web.identity import require_viewer
from mediacode.web.language import language_of
from mediacode.web.state import app_state

router = APIRouter(prefix="/api", tags=["documents"])
Kind = Literal["code", "regulation", "notice"]


@router.get("/documents", name="api_documents", response_model=list[DocumentSummaryOut])
def api_documents(request: Request) -> list[dict[str, Any]]:
    viewer = require_viewer(request)
    database, language = app_state(request).database, language_of(request)
    views = [read_document(database, viewer.org, viewer.id, kind, language) for kind in READABLE]
    return [
        {"kind": v.kind.value, "title": v.title, "acknowledged_at": v.as_dict()["acknowledged_at"]}
        for v in views
    ]


@router.get("/documents/{kind}", name="api_document", response_model=DocumentOut)
def api_document(kind: Kind, request: Request) -> dict[str, object]:
    viewer = require_viewer(request)
    view = read_document(
        app_state(request).database, viewer.org, viewer.id, DocumentKind(kind), language_of(request)
    )
    return view.as_dict()


@router.post("/documents/{kind}/acknowledgement", name="api_acknowledge", response_model=DocumentOut)
def api_acknowledge(kind: Kind, request: Request) -> dict[str, object]:
    """Record that the signed-in person read this document as it reads today, in their language."""
    viewer = require_viewer(request)
    view = acknowledge(
        app_state(request).database, viewer.org, viewer.id, DocumentKind(kind), language_of(request)
    )
    return view.as_dict()
