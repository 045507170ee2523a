"""What a case needs before it may be opened: a declared purpose, a fixed short period, a reason.

Targeted monitoring is allowed only for a fixed, short period on a concrete
suspicion (rules of thumb); a covert case also needs a DPIA reference and a
substantial reason (the regulator's extra conditions for covert checks).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mediacode.cases.errors import CaseRefusedError
from mediacode.monitoring.periods import period_of
from mediacode.monitoring.pseudonym import PSEUDONYM_HEX
from mediacode.monitoring.retention import keep_from
from mediacode.org.organization import Organization

MAX_CASE_DAYS = 31
MAX_KEY_PERIODS = 2
MIN_REASON_CHARS = 20
MIN_COVERT_REASON_CHARS = 80
"""A covert case must say why nothing less intrusive works and what the suspicion is."""

_PSEUDONYM = re.compile(rf"^[0-9a-f]{{{PSEUDONYM_HEX}}}$")


@dataclass(frozen=True, slots=True)
class CaseRequest:
    pseudonym: str
    purpose: str
    reason: str
    from_on: dt.date
    to_on: dt.date
    covert: bool = False
    dpia: str | None = None


def normalise_pseudonym(text: str) -> str:
    value = text.strip().lower()
    if not _PSEUDONYM.match(value):
        raise CaseRefusedError(
            f"a pseudonym is {PSEUDONYM_HEX} hexadecimal characters, as a report's flag shows it"
        )
    return value


def key_periods(org: Organization, from_on: dt.date, to_on: dt.date) -> tuple[str, ...]:
    """The key periods the case window touches, in order."""
    kind = org.policy.monitoring.key_period
    periods: list[str] = []
    day = from_on
    while day <= to_on:
        period = period_of(day, kind)
        if period not in periods:
            periods.append(period)
        day += dt.timedelta(days=1)
    return tuple(periods)


def check_request(org: Organization, request: CaseRequest, today: dt.date) -> CaseRequest:
    """The request with its pseudonym normalised, or ``CaseRefusedError`` naming the first reason."""
    pseudonym = normalise_pseudonym(request.pseudonym)
    purposes = [p.id for p in org.policy.monitoring.purposes]
    if request.purpose not in purposes:
        declared = ", ".join(purposes) or "none"
        raise CaseRefusedError(
            f"purpose {request.purpose!r} is not declared in the policy (declared: {declared})"
        )
    reason = " ".join(request.reason.split())
    if len(reason) < MIN_REASON_CHARS:
        raise CaseRefusedError(
            "the reason is too short: describe the concrete suspicion in at least "
            f"{MIN_REASON_CHARS} characters"
        )
    _check_window(org, request.from_on, request.to_on, today)
    dpia = (request.dpia or "").strip() or None
    if request.covert:
        if dpia is None:
            raise CaseRefusedError(
                "a covert case needs a DPIA made before the first covert check: give --dpia REFERENCE"
            )
        if len(reason) < MIN_COVERT_REASON_CHARS:
            raise CaseRefusedError(
                "a covert case needs a reason of at least "
                f"{MIN_COVERT_REASON_CHARS} characters: the suspicion of something forbidden, "
                "and why no less intrusive way works"
            )
    return CaseRequest(
        pseudonym, request.purpose, reason, request.from_on, request.to_on, request.covert, dpia
    )


def _check_window(org: Organization, from_on: dt.date, to_on: dt.date, today: dt.date) -> None:
    if to_on < from_on:
        raise CaseRefusedError("the period ends before it starts: --to must not be before --from")
    days = (to_on - from_on).days + 1
    if days > MAX_CASE_DAYS:
        raise CaseRefusedError(
            f"the period is {days} days; a case covers a fixed, short period of at most {MAX_CASE_DAYS} days"
        )
    if to_on > today:
        raise CaseRefusedError(
            "the period lies (partly) in the future; a case looks back at stored data only"
        )
    first_kept = keep_from(today, org.policy.monitoring.retention_days)
    if first_kept is not None and from_on < first_kept:
        raise CaseRefusedError(
            f"the period starts before {first_kept.isoformat()}, the oldest day still kept under retention"
        )
    periods = key_periods(org, from_on, to_on)
    if len(periods) > MAX_KEY_PERIODS:
        raise CaseRefusedError(
            f"the period spans {len(periods)} key periods ({', '.join(periods)}); at most {MAX_KEY_PERIODS}"
        )
