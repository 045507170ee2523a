"""Page: the works council's room: consent, the diff since consent, evaluation, statistics, cases."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.services.governance import record_consent
from mediacode.web.council_overview import council_overview
from mediacode.web.identity import require_viewer
from mediacode.web.pages.forms import field
from mediacode.web.rooms import parse_day, today
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/council", name="council_page")
def council_page(request: Request) -> Response:
    viewer = require_viewer(request)
    overview = council_overview(viewer.org, app_state(request).database, today())
    return render(request, "council.html", {"overview": overview, "today": today()})


@router.post("/council/consent", name="council_consent_submit")
async def council_consent_submit(request: Request) -> Response:
    viewer = require_viewer(request)
    on = parse_day(await field(request, "on"), "consent date")
    record_consent(viewer.org.root, on, await field(request, "reference"), today())
    return RedirectResponse("/council", status_code=303)
