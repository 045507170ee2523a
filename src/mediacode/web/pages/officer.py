"""Page: the privacy officer's room: purposes and reports, cases, stored data and keys, audit, lint."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from mediacode.web.identity import require_viewer
from mediacode.web.officer_overview import officer_overview
from mediacode.web.rooms import overview_cache, today
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/officer", name="officer_page")
def officer_page(request: Request) -> Response:
    viewer = require_viewer(request)
    overview = officer_overview(viewer.org, app_state(request).database, today(), overview_cache(request))
    return render(request, "officer.html", {"overview": overview})
