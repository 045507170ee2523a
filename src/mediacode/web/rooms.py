"""Shared bits of the privacy officer's, the works council's and the administrator's rooms."""

from __future__ import annotations

import datetime as dt

from starlette.requests import Request

from mediacode.errors import InputError
from mediacode.monitoring.controls.catalog import get_purpose
from mediacode.monitoring.periods import period_bounds
from mediacode.monitoring.reports.report import Report
from mediacode.monitoring.retention import keep_from
from mediacode.org.app_roles import AppRole
from mediacode.org.organization import Organization
from mediacode.web.identity import Viewer
from mediacode.web.report_cache import ReportCache
from mediacode.web.stamped_cache import StampedCache


def today() -> dt.date:
    return dt.date.today()


def report_cache(request: Request) -> ReportCache:
    cache = request.app.state.report_cache
    assert isinstance(cache, ReportCache)
    return cache


def overview_cache(request: Request) -> StampedCache:
    cache = request.app.state.overview_cache
    assert isinstance(cache, StampedCache)
    return cache


def purpose_report(request: Request, org: Organization, purpose: str) -> Report:
    """The (cached) report of a declared purpose; ``NotFoundError`` for a purpose the policy lacks."""
    get_purpose(org.policy, purpose)
    return report_cache(request).get(org, purpose, today())


def sees_flags(viewer: Viewer) -> bool:
    """Flags (pseudonyms) are for the privacy officer; the works council sees the figures only."""
    return AppRole.PRIVACY_OFFICER in viewer.roles


def case_window(org: Organization, period: str, on: dt.date) -> tuple[dt.date, dt.date]:
    """The default window of a case opened from a flag: the flag's period, kept days only, up to today."""
    start, end = period_bounds(period)
    first_kept = keep_from(on, org.policy.monitoring.retention_days)
    if first_kept is not None:
        start = max(start, first_kept)
    return start, min(end, on)


def parse_day(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{what}: give a date as YYYY-MM-DD") from None
