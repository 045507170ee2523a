"""JSON API: a purpose's anonymous report (flags only for the privacy officer)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from mediacode.monitoring.reports.formats.json_format import as_data
from mediacode.web.api.room_schemas import ReportOut
from mediacode.web.identity import require_viewer
from mediacode.web.rooms import purpose_report, sees_flags

router = APIRouter(prefix="/api", tags=["reports"])


@router.get("/reports/{purpose}", name="api_report", response_model=ReportOut)
def api_report(purpose: str, request: Request) -> dict[str, Any]:
    """The report of a declared purpose over every stored month (409 when monitoring is not allowed)."""
    viewer = require_viewer(request)
    data = as_data(purpose_report(request, viewer.org, purpose))
    if not sees_flags(viewer):
        data["flags"] = []
    return data
