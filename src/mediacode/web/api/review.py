"""``/api/review``: check a draft as the signed-in person; nothing is stored."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from mediacode.services.post_check import check_post
from mediacode.web.api.schemas import ReviewOut, TextIn
from mediacode.web.identity import require_viewer

router = APIRouter(prefix="/api", tags=["review"])


@router.post("/review", name="api_review", response_model=ReviewOut)
def api_review(body: TextIn, request: Request) -> JSONResponse:
    """The JSON of one line of ``mediacode review --format json`` for the signed-in author."""
    viewer = require_viewer(request)
    return JSONResponse(check_post(viewer.org, viewer.id, body.text).as_dict())
