"""Pages: my requests (with the decisions and notifications), the approver's queue and decision."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.services import approvals
from mediacode.services.notifications import list_notifications, mark_all_read
from mediacode.web.highlight import pieces
from mediacode.web.identity import require_viewer
from mediacode.web.pages.forms import field
from mediacode.web.row_id import RowId
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/requests", name="requests_page")
def requests_page(request: Request) -> Response:
    viewer = require_viewer(request)
    database = app_state(request).database
    notes = list_notifications(database, viewer.id)
    if any(not note.read for note in notes):  # no write (and no write lock) when all are read
        mark_all_read(database, viewer.id)
    views = approvals.my_requests(database, viewer.org, viewer.id)
    return render(
        request,
        "requests.html",
        {
            "requests": [(v, pieces(v.text, v.findings)) for v in views],
            "unread": {n.request_id for n in notes if not n.read and n.kind != "approval.requested"},
        },
    )


@router.get("/approvals", name="queue_page")
def queue_page(request: Request) -> Response:
    viewer = require_viewer(request)
    views = approvals.approval_queue(app_state(request).database, viewer.org, viewer.id)
    return render(request, "queue.html", {"requests": [(v, pieces(v.text, v.findings)) for v in views]})


@router.post("/approvals/{request_id}", name="decide_submit")
async def decide_submit(request_id: RowId, request: Request) -> Response:
    viewer = require_viewer(request)
    decision = await field(request, "decision")
    approvals.decide(
        app_state(request).database,
        viewer.org,
        viewer.id,
        request_id,
        decision == "approve",
        await field(request, "comment"),
    )
    return RedirectResponse("/approvals", status_code=303)
