"""Pages: "my data", where the signed-in person downloads everything held about them.

There is no person id anywhere in these routes: the export is always of the
signed-in viewer, whatever the request carries. It is built in memory,
sent as an attachment and never written to disk; each download is an
audited export. Periods whose key is sealed are listed as sealed (opening
them needs the key custodians).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from mediacode.errors import InputError
from mediacode.services import rights
from mediacode.services.clock import utc_now
from mediacode.web.case_context import storage_settings
from mediacode.web.identity import require_viewer
from mediacode.web.language import language_of
from mediacode.web.pages.forms import field
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/my-data", name="my_data_page")
def my_data_page(request: Request) -> Response:
    require_viewer(request)
    return render(request, "my_data.html")


@router.post("/my-data/export", name="my_data_export")
async def my_data_export(request: Request) -> Response:
    viewer = require_viewer(request)
    chosen = await field(request, "format")
    if chosen not in {f.value for f in rights.DownloadFormat}:
        raise InputError("choose the format of the download: html or json")
    fmt = rights.DownloadFormat(chosen)
    download = await run_in_threadpool(
        rights.download,
        viewer.org,
        app_state(request).database,
        viewer.id,
        utc_now().date(),
        language_of(request),
        fmt,
        storage_settings(),
    )
    return Response(
        download.content,
        media_type=download.media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{download.filename}"',
            "Cache-Control": "no-store",
        },
    )
