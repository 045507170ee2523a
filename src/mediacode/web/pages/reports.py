"""Page: the anonymous report of one purpose, as charts and tables; the flags for the privacy officer."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from mediacode.errors import GovernanceError
from mediacode.i18n import gettext_for
from mediacode.web.identity import require_viewer
from mediacode.web.language import language_of
from mediacode.web.report_view import chart_tables
from mediacode.web.rooms import case_window, purpose_report, sees_flags, today
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/reports/{purpose}", name="report_page")
def report_page(purpose: str, request: Request) -> Response:
    viewer = require_viewer(request)
    org = viewer.org
    gettext = gettext_for(language_of(request), "web")
    purposes = [(p.id, p.description) for p in org.policy.monitoring.purposes]
    try:
        report = purpose_report(request, org, purpose)
    except GovernanceError as exc:
        context = {"purpose": purpose, "purposes": purposes, "refused": exc.message, "report": None}
        return render(request, "report.html", context, status=409)
    flags = []
    if sees_flags(viewer):
        for flag in report.flags:
            start, end = case_window(org, flag.period, today())
            flags.append((flag, start.isoformat(), end.isoformat()))
    return render(
        request,
        "report.html",
        {
            "purpose": purpose,
            "purposes": purposes,
            "report": report,
            "tables": chart_tables(report, gettext),
            "flags": flags,
            "show_flags": sees_flags(viewer),
            "refused": None,
        },
    )
