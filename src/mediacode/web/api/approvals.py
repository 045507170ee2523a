"""Approval requests: ask, my requests, one request, the approver's queue and decision, notifications."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from mediacode.services import approvals
from mediacode.services.notifications import list_notifications, mark_all_read
from mediacode.web.api.schemas import ApprovalOut, DecisionIn, NotificationOut, TextIn
from mediacode.web.identity import require_viewer
from mediacode.web.row_id import RowId
from mediacode.web.state import app_state

router = APIRouter(prefix="/api", tags=["approvals"])


@router.post("/requests", name="api_ask_approval", response_model=ApprovalOut, status_code=201)
def api_ask_approval(body: TextIn, request: Request) -> dict[str, Any]:
    """Ask the approver the policy names (the author's manager by default); only now is the draft stored."""
    viewer = require_viewer(request)
    return approvals.ask_approval(app_state(request).database, viewer.org, viewer.id, body.text).as_dict()


@router.get("/requests", name="api_my_requests", response_model=list[ApprovalOut])
def api_my_requests(request: Request) -> list[dict[str, Any]]:
    viewer = require_viewer(request)
    return [v.as_dict() for v in approvals.my_requests(app_state(request).database, viewer.org, viewer.id)]


@router.get("/requests/{request_id}", name="api_request", response_model=ApprovalOut)
def api_request(request_id: RowId, request: Request) -> dict[str, Any]:
    """One request, for its author or its approver only."""
    viewer = require_viewer(request)
    return approvals.get_request(app_state(request).database, viewer.org, viewer.id, request_id).as_dict()


@router.get("/approvals", name="api_queue", response_model=list[ApprovalOut])
def api_queue(request: Request) -> list[dict[str, Any]]:
    """The requests the signed-in person is the approver of."""
    viewer = require_viewer(request)
    return [v.as_dict() for v in approvals.approval_queue(app_state(request).database, viewer.org, viewer.id)]


@router.post("/approvals/{request_id}", name="api_decide", response_model=ApprovalOut)
def api_decide(request_id: RowId, body: DecisionIn, request: Request) -> dict[str, Any]:
    viewer = require_viewer(request)
    view = approvals.decide(
        app_state(request).database,
        viewer.org,
        viewer.id,
        request_id,
        body.decision == "approve",
        body.comment,
    )
    return view.as_dict()


@router.get("/notifications", name="api_notifications", response_model=list[NotificationOut])
def api_notifications(request: Request, mark_read: bool = False) -> list[dict[str, Any]]:
    viewer = require_viewer(request)
    database = app_state(request).database
    found = [n.as_dict() for n in list_notifications(database, viewer.id)]
    if mark_read:
        mark_all_read(database, viewer.id)
    return found
