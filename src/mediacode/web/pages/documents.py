"""Pages: the code, the regulation and the notice in the reader's language, and their acknowledgement."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.policy.documents.kinds import DocumentKind
from mediacode.services.acknowledgements import READABLE, acknowledge, read_document
from mediacode.web.identity import require_viewer
from mediacode.web.language import language_of
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)
Kind = Literal["code", "regulation", "notice"]


@router.get("/documents", name="documents_page")
def documents_page(request: Request) -> Response:
    viewer = require_viewer(request)
    database, language = app_state(request).database, language_of(request)
    views = [read_document(database, viewer.org, viewer.id, kind, language) for kind in READABLE]
    return render(request, "documents.html", {"documents": views})


@router.get("/documents/{kind}", name="document_page")
def document_page(kind: Kind, request: Request) -> Response:
    viewer = require_viewer(request)
    view = read_document(
        app_state(request).database, viewer.org, viewer.id, DocumentKind(kind), language_of(request)
    )
    return render(request, "document.html", {"document": view})


@router.post("/documents/{kind}/acknowledge", name="acknowledge_submit")
def acknowledge_submit(kind: Kind, request: Request) -> Response:
    viewer = require_viewer(request)
    acknowledge(app_state(request).database, viewer.org, viewer.id, DocumentKind(kind), language_of(request))
    return RedirectResponse(f"/documents/{kind}", status_code=303)
