"""JSON API of the rooms: the privacy officer's overview, the works council's, the administrator's."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from mediacode.services.accounts import disable_account, list_accounts
from mediacode.services.governance import record_consent
from mediacode.services.run_history import run_history
from mediacode.web.api.room_schemas import AccountOut, ConsentIn
from mediacode.web.api.schemas import OkOut
from mediacode.web.case_context import storage_settings
from mediacode.web.council_overview import council_overview
from mediacode.web.identity import require_viewer
from mediacode.web.officer_overview import officer_overview
from mediacode.web.rooms import overview_cache, today
from mediacode.web.state import app_state

router = APIRouter(prefix="/api", tags=["rooms"])


@router.get("/officer", name="api_officer", response_model=dict[str, Any])
def api_officer(request: Request) -> dict[str, Any]:
    """Governance status, policy lint, audit verification, stored data and keys per period, case counts."""
    viewer = require_viewer(request)
    return officer_overview(
        viewer.org, app_state(request).database, today(), overview_cache(request)
    ).as_dict()


@router.get("/council", name="api_council", response_model=dict[str, Any])
def api_council(request: Request) -> dict[str, Any]:
    """Consent and versions, the diff of the monitoring part since consent, evaluation, case counts."""
    viewer = require_viewer(request)
    return council_overview(viewer.org, app_state(request).database, today()).as_dict()


@router.post("/council/consent", name="api_council_consent", response_model=dict[str, Any])
def api_council_consent(body: ConsentIn, request: Request) -> dict[str, Any]:
    """Record the works council's consent to the monitoring part as it stands now."""
    viewer = require_viewer(request)
    record_consent(viewer.org.root, body.on, body.reference, today())
    org = app_state(request).orgs.get()
    return council_overview(org, app_state(request).database, today()).as_dict()


@router.get("/admin/users", name="api_admin_users", response_model=list[AccountOut])
def api_admin_users(request: Request) -> list[dict[str, Any]]:
    """Everyone in people.csv by id, with derived roles and whether a password is set. No names."""
    viewer = require_viewer(request)
    return [
        {
            "person_id": a.person_id,
            "roles": [str(r) for r in a.roles],
            "password_set": a.can_sign_in,
            "disabled": a.disabled,
        }
        for a in list_accounts(app_state(request).database, viewer.org)
    ]


@router.post("/admin/users/{person_id}/disable", name="api_admin_disable", response_model=OkOut)
def api_admin_disable(person_id: str, request: Request) -> dict[str, Any]:
    viewer = require_viewer(request)
    disable_account(app_state(request).database, viewer.org, person_id)
    app_state(request).sessions.clear()
    return {"ok": True}


@router.get("/admin/runs", name="api_admin_runs", response_model=dict[str, Any])
def api_admin_runs(request: Request) -> dict[str, Any]:
    """Ingest runs, retention runs and ingested input files: when, source, counts."""
    viewer = require_viewer(request)
    return run_history(viewer.org.root, storage_settings()).as_dict()
