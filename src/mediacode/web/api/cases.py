"""JSON API: re-identification cases, every step through ``services.cases``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from mediacode.cases.opening import CaseRequest
from mediacode.org.app_roles import AppRole
from mediacode.services import cases
from mediacode.services.cases import CaseView
from mediacode.web.api.room_schemas import (
    CaseDecisionIn,
    CaseOpenIn,
    CaseOut,
    DayIn,
    OutcomeIn,
    RevealedOut,
)
from mediacode.web.case_context import case_context
from mediacode.web.identity import Viewer, require_viewer
from mediacode.web.rooms import today
from mediacode.web.row_id import RowId
from mediacode.web.state import app_state

router = APIRouter(prefix="/api", tags=["cases"])


def _out(viewer: Viewer, view: CaseView) -> dict[str, Any]:
    data = view.as_dict()
    if AppRole.PRIVACY_OFFICER not in viewer.roles:
        data["subject"] = None
    return data


@router.get("/cases", name="api_cases", response_model=list[CaseOut])
def api_cases(request: Request) -> list[dict[str, Any]]:
    viewer = require_viewer(request)
    return [_out(viewer, v) for v in cases.list_views(viewer.org, app_state(request).database, today())]


@router.get("/cases/{case_id}", name="api_case", response_model=CaseOut)
def api_case(case_id: RowId, request: Request) -> dict[str, Any]:
    viewer = require_viewer(request)
    return _out(viewer, cases.find_view(viewer.org, app_state(request).database, case_id, today()))


@router.post("/cases", name="api_case_open", response_model=CaseOut, status_code=201)
def api_case_open(body: CaseOpenIn, request: Request) -> dict[str, Any]:
    """Open a case on a flagged pseudonym; the opener can never approve it."""
    viewer = require_viewer(request)
    case_request = CaseRequest(
        body.pseudonym, body.purpose, body.reason, body.from_, body.to, body.covert, body.dpia
    )
    return _out(viewer, cases.open_case(case_context(request), viewer.id, case_request))


@router.post("/cases/{case_id}/decision", name="api_case_decide", response_model=CaseOut)
def api_case_decide(case_id: RowId, body: CaseDecisionIn, request: Request) -> dict[str, Any]:
    """Approve or refuse as one of the roles the policy names (a refusal needs a comment)."""
    viewer = require_viewer(request)
    view = cases.decide(case_context(request), viewer.id, case_id, body.decision == "refuse", body.comment)
    return _out(viewer, view)


@router.post("/cases/{case_id}/reveal", name="api_case_reveal", response_model=RevealedOut)
def api_case_reveal(case_id: RowId, request: Request) -> dict[str, Any]:
    """Name the person behind an approved case's pseudonym (recorded in the audit log)."""
    viewer = require_viewer(request)
    found = cases.reveal(case_context(request), viewer.id, case_id)
    return {
        "case_id": found.case_id,
        "period": found.period,
        "person_id": found.person_id,
        "name": found.name,
        "department": found.department,
    }


@router.post("/cases/{case_id}/notification", name="api_case_notify", response_model=CaseOut)
def api_case_notify(case_id: RowId, body: DayIn, request: Request) -> dict[str, Any]:
    viewer = require_viewer(request)
    return _out(viewer, cases.notify(case_context(request), viewer.id, case_id, body.on))


@router.post("/cases/{case_id}/conversation", name="api_case_discuss", response_model=CaseOut)
def api_case_discuss(case_id: RowId, body: DayIn, request: Request) -> dict[str, Any]:
    viewer = require_viewer(request)
    return _out(viewer, cases.discuss(case_context(request), viewer.id, case_id, body.on))


@router.post("/cases/{case_id}/close", name="api_case_close", response_model=CaseOut)
def api_case_close(case_id: RowId, body: OutcomeIn, request: Request) -> dict[str, Any]:
    viewer = require_viewer(request)
    return _out(viewer, cases.close(case_context(request), viewer.id, case_id, body.outcome))
