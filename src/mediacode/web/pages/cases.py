"""Pages: re-identification cases. Open from a flag, approve or refuse, reveal, notification, close.

Every step calls ``services.cases`` (which checks the policy's rules and writes
the audit entry). The reveal answers its own page, the only one that names a
person; it is not stored in the browser (no-store) and not reachable by GET.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.cases.opening import CaseRequest
from mediacode.services import cases
from mediacode.services.cases import CaseContext, CaseView
from mediacode.web.case_actions import case_actions
from mediacode.web.case_context import case_context
from mediacode.web.identity import require_viewer
from mediacode.web.officer_overview import case_counts
from mediacode.web.pages.forms import field
from mediacode.web.rooms import parse_day, today
from mediacode.web.row_id import RowId
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


def _to_case(case_id: int) -> RedirectResponse:
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.get("/cases", name="cases_page")
def cases_page(request: Request) -> Response:
    viewer = require_viewer(request)
    views = cases.list_views(viewer.org, app_state(request).database, today())
    purposes = [p.id for p in viewer.org.policy.monitoring.purposes]
    return render(request, "cases.html", {"views": views, "counts": case_counts(views), "purposes": purposes})


@router.get("/cases/{case_id}", name="case_page")
def case_page(case_id: RowId, request: Request) -> Response:
    viewer = require_viewer(request)
    view = cases.find_view(viewer.org, app_state(request).database, case_id, today())
    return render(
        request, "case.html", {"view": view, "actions": case_actions(viewer, view), "today": today()}
    )


@router.post("/cases", name="case_open_submit")
async def case_open_submit(request: Request) -> Response:
    viewer = require_viewer(request)
    case_request = CaseRequest(
        pseudonym=await field(request, "pseudonym"),
        purpose=await field(request, "purpose"),
        reason=await field(request, "reason"),
        from_on=parse_day(await field(request, "from"), "from"),
        to_on=parse_day(await field(request, "to"), "to"),
        covert=(await field(request, "covert")) == "yes",
        dpia=(await field(request, "dpia")) or None,
    )
    view = cases.open_case(case_context(request), viewer.id, case_request)
    return _to_case(view.case.id)


@router.post("/cases/{case_id}/decision", name="case_decide_submit")
async def case_decide_submit(case_id: RowId, request: Request) -> Response:
    viewer = require_viewer(request)
    refuse = (await field(request, "decision")) == "refuse"
    comment = await field(request, "comment")
    cases.decide(case_context(request), viewer.id, case_id, refuse, comment or None)
    return _to_case(case_id)


@router.post("/cases/{case_id}/reveal", name="case_reveal_submit")
def case_reveal_submit(case_id: RowId, request: Request) -> Response:
    viewer = require_viewer(request)
    revealed = cases.reveal(case_context(request), viewer.id, case_id)
    return render(request, "revealed.html", {"revealed": revealed})


async def _dated(request: Request, case_id: int, step: Callable[..., CaseView], what: str) -> Response:
    viewer = require_viewer(request)
    on = parse_day(await field(request, "on"), what)
    context: CaseContext = case_context(request)
    step(context, viewer.id, case_id, on)
    return _to_case(case_id)


@router.post("/cases/{case_id}/notification", name="case_notify_submit")
async def case_notify_submit(case_id: RowId, request: Request) -> Response:
    return await _dated(request, case_id, cases.notify, "notification")


@router.post("/cases/{case_id}/conversation", name="case_discuss_submit")
async def case_discuss_submit(case_id: RowId, request: Request) -> Response:
    return await _dated(request, case_id, cases.discuss, "conversation")


@router.post("/cases/{case_id}/close", name="case_close_submit")
async def case_close_submit(case_id: RowId, request: Request) -> Response:
    viewer = require_viewer(request)
    cases.close(case_context(request), viewer.id, case_id, await field(request, "outcome"))
    return _to_case(case_id)
