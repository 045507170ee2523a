"""Use cases of re-identification cases: open, approve or refuse, reveal, notify, discuss, close, list, show.

Each step is one database transaction and one audit entry (ADR 0085). The
pure rules live in ``mediacode.cases``; this module loads the organization,
checks the acting person, runs the rule, stores the result and records it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediacode.cases.approval import is_approved, open_slots, role_of_slot, slot_for, slots
from mediacode.cases.deadline import discuss_by, is_overdue
from mediacode.cases.errors import CaseRefusedError
from mediacode.cases.model import Case, CaseStatus
from mediacode.cases.opening import CaseRequest, check_request, key_periods
from mediacode.cases.transitions import check_after_reveal, check_close, check_reveal
from mediacode.errors import NotFoundError
from mediacode.monitoring.keystore import KeyDestroyedError, KeySealedError, KeyStore
from mediacode.monitoring.reidentify import reidentify
from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.services import audit
from mediacode.storage.db.case_repository import add_approval, add_event, get_row, list_rows, to_case
from mediacode.storage.db.database import Database, DatabaseSettings, open_database
from mediacode.storage.db.tables import CaseRow
from mediacode.storage.layout import StateLayout, StorageSettings


@dataclass(frozen=True)
class CaseContext:
    """What every case command needs: the organization, its database, the clock and the settings."""

    org_root: Path
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    today: dt.date | None = None
    now: dt.datetime | None = None

    def clock(self) -> tuple[dt.date, dt.datetime]:
        moment = self.now or dt.datetime.now(dt.UTC)
        return self.today or moment.date(), moment


@dataclass(frozen=True)
class CaseView:
    """A case as list and show print it: the pseudonym, never a name."""

    case: Case
    slots: tuple[str, ...]
    needed: tuple[str, ...]
    subject: str | None
    discuss_by: dt.date | None
    overdue: bool

    def as_dict(self) -> dict[str, Any]:
        c = self.case
        return {
            "id": c.id,
            "status": c.status.value,
            "pseudonym": c.pseudonym,
            "purpose": c.purpose,
            "reason": c.reason,
            "from": c.from_on.isoformat(),
            "to": c.to_on.isoformat(),
            "covert": c.covert,
            "dpia": c.dpia,
            "opened_by": c.opened_by,
            "opened_at": c.opened_at.isoformat(),
            "approvals": [
                {
                    "approver": a.approver,
                    "role": role_of_slot(a.role),
                    "decision": "approved" if a.approved else "refused",
                    "comment": a.comment,
                    "at": a.at.isoformat(),
                }
                for a in c.approvals
            ],
            "approvals_needed": [role_of_slot(s) for s in self.needed],
            "subject": self.subject,
            "revealed_on": _iso(c.revealed_on),
            "notified_on": _iso(c.notified_on),
            "discussed_on": _iso(c.discussed_on),
            "discuss_by": _iso(self.discuss_by),
            "overdue": self.overdue,
            "closed_on": _iso(c.closed_on),
            "outcome": c.outcome,
        }


@dataclass(frozen=True)
class Revealed:
    case_id: int
    period: str
    person_id: str
    name: str
    department: str


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _acting(org: Organization, person_id: str) -> str:
    if org.find_person(person_id) is None:
        raise NotFoundError(f"--as {person_id!r}: no person with that id in people.csv")
    return person_id


def _session_org(ctx: CaseContext) -> tuple[Organization, Database]:
    org = load_organization(ctx.org_root)
    return org, open_database(ctx.org_root, ctx.database)


def _record(
    ctx: CaseContext,
    org: Organization,
    actor: str,
    action: str,
    details: dict[str, Any],
    subject: bool = False,
) -> None:
    _, now = ctx.clock()
    audit.record(ctx.org_root, actor, action, details, subject=subject, org=org, now=now)


def _view(org: Organization, row: CaseRow, today: dt.date) -> CaseView:
    case = to_case(row)
    subject = row.subject if case.revealed_on is not None else None
    return CaseView(
        case, slots(org), open_slots(org, case), subject, discuss_by(org, case), is_overdue(org, case, today)
    )


def open_case(ctx: CaseContext, actor: str, request: CaseRequest) -> CaseView:
    org, db = _session_org(ctx)
    today, now = ctx.clock()
    try:
        _acting(org, actor)
        checked = check_request(org, request, today)
        with db.transaction() as session:
            row = CaseRow(
                pseudonym=checked.pseudonym,
                purpose=checked.purpose,
                reason=checked.reason,
                from_on=checked.from_on,
                to_on=checked.to_on,
                covert=checked.covert,
                dpia=checked.dpia,
                opened_by=actor,
                opened_at=_naive(now),
                status=CaseStatus.OPEN.value,
            )
            session.add(row)
            session.flush()
            add_event(session, row, "opened", actor, _naive(now), None)
            details: dict[str, Any] = {
                "case": row.id,
                "purpose": checked.purpose,
                "pseudonym": checked.pseudonym,
                "from": checked.from_on.isoformat(),
                "to": checked.to_on.isoformat(),
                "covert": checked.covert,
            }
            view = _view(org, row, today)
        _record(ctx, org, actor, "case.open", details)
        return view
    finally:
        db.close()


def decide(
    ctx: CaseContext, actor: str, case_id: int, refuse: bool = False, comment: str | None = None
) -> CaseView:
    """Approve (or refuse) a case; the case becomes approved when every slot is filled."""
    org, db = _session_org(ctx)
    today, now = ctx.clock()
    try:
        _acting(org, actor)
        if refuse and not (comment or "").strip():
            raise CaseRefusedError("a refusal needs a --comment saying why")
        with db.transaction() as session:
            row = get_row(session, case_id)
            slot = slot_for(org, to_case(row), actor)
            add_approval(session, row, actor, slot, not refuse, (comment or "").strip() or None, _naive(now))
            case = to_case(row)
            if refuse:
                row.status = CaseStatus.REFUSED.value
            elif is_approved(org, case):
                row.status = CaseStatus.APPROVED.value
            add_event(session, row, "refused" if refuse else "approved", actor, _naive(now), None)
            view = _view(org, row, today)
        details = {
            "case": case_id,
            "role": role_of_slot(slot),
            "decision": "refused" if refuse else "approved",
            "status": view.case.status.value,
        }
        _record(ctx, org, actor, "case.approve", details)
        return view
    finally:
        db.close()


def reveal(
    ctx: CaseContext, actor: str, case_id: int, keystore: Callable[[Path], KeyStore] | None = None
) -> Revealed:
    """Recompute the directory's pseudonyms under the case period's key(s) and name the person."""
    org, db = _session_org(ctx)
    today, now = ctx.clock()
    try:
        _acting(org, actor)
        with db.transaction() as session:
            row = get_row(session, case_id)
            case = to_case(row)
            check_reveal(org, case, actor)
            folder = StateLayout.of(ctx.org_root, ctx.storage).keys
            keys = keystore(folder) if keystore is not None else KeyStore(folder)
            found = _lookup(
                org,
                keys,
                case,
                lambda result: _record(ctx, org, actor, "case.reveal", {"case": case_id, "result": result}),
            )
            period, person_id = found
            person = org.get_person(person_id)
            row.subject = person_id
            row.status = CaseStatus.REVEALED.value
            row.revealed_on = today
            add_event(session, row, "revealed", actor, _naive(now), today)
        details = {"case": case_id, "period": period, "person": person_id, "result": "revealed"}
        _record(ctx, org, actor, "case.reveal", details, subject=True)
        return Revealed(case_id, period, person.id, person.name, person.department)
    finally:
        db.close()


def _lookup(org: Organization, keys: KeyStore, case: Case, failed: Callable[[str], None]) -> tuple[str, str]:
    periods = key_periods(org, case.from_on, case.to_on)
    destroyed: list[str] = []
    missing: list[str] = []
    for period in periods:
        try:
            person_id = reidentify(case.pseudonym, period, org, keys)
        except KeySealedError:
            failed("key_sealed")
            raise CaseRefusedError(
                f"case {case.id}: the key of period {period} is sealed; "
                "two custodians must give their shares (--share twice)"
            ) from None
        except KeyDestroyedError:
            destroyed.append(period)
            continue
        except NotFoundError:
            missing.append(period)
            continue
        if person_id is not None:
            return period, person_id
    if destroyed and len(destroyed) == len(periods):
        failed("key_destroyed")
        raise CaseRefusedError(
            f"case {case.id}: the key of period {', '.join(destroyed)} was destroyed under retention; "
            "this pseudonym can no longer be linked to anyone, and nobody will be named"
        )
    if missing and len(missing) == len(periods):
        failed("no_key")
        raise CaseRefusedError(
            f"case {case.id}: no key exists for period {', '.join(missing)}; nothing was stored then"
        )
    failed("unknown_account")
    extra = f" (the key of {', '.join(destroyed)} was destroyed)" if destroyed else ""
    raise CaseRefusedError(
        f"case {case.id}: unknown account: the pseudonym matches nobody in people.csv in the case's "
        f"period{extra}; it may belong to an account that resolves to no one"
    )


def _dated_step(ctx: CaseContext, actor: str, case_id: int, step: str, on: dt.date) -> CaseView:
    org, db = _session_org(ctx)
    today, now = ctx.clock()
    try:
        _acting(org, actor)
        with db.transaction() as session:
            row = get_row(session, case_id)
            check_after_reveal(to_case(row), step, on, today)
            if step == "notification":
                row.notified_on = on
                kind, action = "notified", "case.notify"
            else:
                row.discussed_on = on
                kind, action = "discussed", "case.discuss"
            add_event(session, row, kind, actor, _naive(now), on)
            view = _view(org, row, today)
        _record(ctx, org, actor, action, {"case": case_id, "on": on.isoformat()})
        return view
    finally:
        db.close()


def notify(ctx: CaseContext, actor: str, case_id: int, on: dt.date) -> CaseView:
    """Record the day the employee was told about the case."""
    return _dated_step(ctx, actor, case_id, "notification", on)


def discuss(ctx: CaseContext, actor: str, case_id: int, on: dt.date) -> CaseView:
    """Record the day of the conversation with the employee."""
    return _dated_step(ctx, actor, case_id, "conversation", on)


def close(ctx: CaseContext, actor: str, case_id: int, outcome: str) -> CaseView:
    org, db = _session_org(ctx)
    today, now = ctx.clock()
    try:
        _acting(org, actor)
        with db.transaction() as session:
            row = get_row(session, case_id)
            text = check_close(to_case(row), outcome)
            row.status = CaseStatus.CLOSED.value
            row.closed_on = today
            row.outcome = text
            add_event(session, row, "closed", actor, _naive(now), today)
            view = _view(org, row, today)
        _record(ctx, org, actor, "case.close", {"case": case_id, "outcome_recorded": True})
        return view
    finally:
        db.close()


def list_views(org: Organization, db: Database, today: dt.date) -> list[CaseView]:
    """Every case, on a database the caller holds open (the web app's)."""
    with db.transaction() as session:
        return [_view(org, row, today) for row in list_rows(session)]


def find_view(org: Organization, db: Database, case_id: int, today: dt.date) -> CaseView:
    """One case, on a database the caller holds open; ``NotFoundError`` when there is none."""
    with db.transaction() as session:
        return _view(org, get_row(session, case_id), today)


def list_cases(ctx: CaseContext) -> list[CaseView]:
    org, db = _session_org(ctx)
    today, _ = ctx.clock()
    try:
        return list_views(org, db, today)
    finally:
        db.close()


def show_case(ctx: CaseContext, case_id: int) -> CaseView:
    org, db = _session_org(ctx)
    today, _ = ctx.clock()
    try:
        return find_view(org, db, case_id, today)
    finally:
        db.close()


def render_view(view: CaseView) -> str:
    data = view.as_dict()
    lines = [
        f"case {data['id']}: {data['status']}" + ("  OVERDUE" if view.overdue else ""),
        f"  pseudonym  {data['pseudonym']}",
        f"  purpose    {data['purpose']}",
        f"  period     {data['from']} .. {data['to']}"
        + ("  (covert, DPIA " + str(data["dpia"]) + ")" if view.case.covert else ""),
        f"  reason     {data['reason']}",
        f"  opened by  {data['opened_by']} at {data['opened_at']}",
    ]
    for approval in data["approvals"]:
        line = f"  {approval['decision']:<10} {approval['approver']} as {approval['role']}"
        if approval["comment"]:
            line += f": {approval['comment']}"
        lines.append(line)
    if data["approvals_needed"] and view.case.status is CaseStatus.OPEN:
        lines.append("  waiting for " + ", ".join(data["approvals_needed"]))
    for key in (
        "subject",
        "revealed_on",
        "notified_on",
        "discussed_on",
        "discuss_by",
        "closed_on",
        "outcome",
    ):
        if data[key]:
            lines.append(f"  {key.replace('_', ' '):<10} {data[key]}")
    return "\n".join(lines)


def render_list(views: list[CaseView]) -> str:
    if not views:
        return "no cases"
    lines = []
    for view in views:
        c = view.case
        flag = "  OVERDUE" if view.overdue else ""
        lines.append(
            f"{c.id:>4}  {c.status.value:<9} {c.pseudonym}  {c.purpose}  "
            f"{c.from_on.isoformat()}..{c.to_on.isoformat()}{flag}"
        )
    return "\n".join(lines)
