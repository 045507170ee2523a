"""Page: the administrator's room: accounts and derived roles, ingest and retention runs. No names.

Accounts are listed by person id with their roles; the page never shows a
name, a pseudonym, a draft or a case.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mediacode.services.accounts import disable_account, list_accounts
from mediacode.services.run_history import run_history
from mediacode.web.case_context import storage_settings
from mediacode.web.identity import require_viewer
from mediacode.web.state import app_state
from mediacode.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/admin", name="admin_page")
def admin_page(request: Request) -> Response:
    viewer = require_viewer(request)
    accounts = list_accounts(app_state(request).database, viewer.org)
    history = run_history(viewer.org.root, storage_settings())
    return render(request, "admin.html", {"accounts": accounts, "history": history})


@router.post("/admin/users/{person_id}/disable", name="admin_disable_submit")
def admin_disable_submit(person_id: str, request: Request) -> Response:
    viewer = require_viewer(request)
    disable_account(app_state(request).database, viewer.org, person_id)
    app_state(request).sessions.clear()
    return RedirectResponse("/admin", status_code=303)
