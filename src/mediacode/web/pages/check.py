"""Pages: check a post (nothing stored) and ask for approval (only then the draft is stored)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.org.app_roles import approver_of
from mediacode.services.approvals import ask_approval
from mediacode.services.post_check import check_post
from mediacode.web.highlight import pieces
from mediacode.web.identity import require_viewer
from mediacode.web.pages.forms import field
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/check", name="check_page")
def check_page(request: Request) -> Response:
    return render(request, "check.html", {"text": "", "result": None})


@router.post("/check", name="check_submit")
async def check_submit(request: Request) -> Response:
    viewer = require_viewer(request)
    text = await field(request, "text")
    decision = check_post(viewer.org, viewer.id, text)
    result = decision.as_dict()
    findings = result["findings"]
    assert isinstance(findings, list)
    approver = approver_of(viewer.org, viewer.person)
    return render(
        request,
        "check.html",
        {
            "text": text,
            "result": result,
            "findings": findings,
            "pieces": pieces(text, findings),
            "approver": approver,
        },
    )


@router.post("/requests", name="ask_submit")
async def ask_submit(request: Request) -> Response:
    viewer = require_viewer(request)
    view = ask_approval(app_state(request).database, viewer.org, viewer.id, await field(request, "text"))
    return RedirectResponse(f"/requests#request-{view.id}", status_code=303)
