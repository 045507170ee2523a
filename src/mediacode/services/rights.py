"""Use cases of the data subject's rights: ``rights export`` (access) and ``rights erase``.

Export recomputes the person's pseudonym for every key period whose key
still exists, reads their rows from the day partitions, lists their cases
and says what is held where; it writes an HTML report and a JSON twin and
is audited. Erase removes what the person may have erased.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from mediacode.cases.model import CaseStatus
from mediacode.errors import InputError
from mediacode.monitoring.keystore import KeyDestroyedError, KeySealedError, KeyStore
from mediacode.monitoring.periods import period_bounds
from mediacode.monitoring.pseudonym import person_pseudonym
from mediacode.monitoring.stored import MAIL, WEB
from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.rights.html_report import render_html
from mediacode.rights.model import PeriodRows, SubjectAccess, mask_mail_row
from mediacode.services import audit
from mediacode.storage.db.case_repository import rows_about
from mediacode.storage.db.database import Database, DatabaseSettings, database_url, open_database
from mediacode.storage.layout import StateLayout, StorageSettings
from mediacode.storage.parquet.partitions import list_partitions
from mediacode.storage.parquet.subject_rows import rows_of

APPROVAL_TABLES = ("approval_requests", "post_approvals", "acknowledgements")
"""Tables of the post review workflow, once it stores anything; none exist yet."""


@dataclass(frozen=True)
class ExportResult:
    html: Path
    json: Path
    rows: int
    periods: int
    cases: int


def _periods(layout: StateLayout, keys: KeyStore) -> list[str]:
    stored = {p.day for p in list_partitions(layout)}
    periods = set(keys.present()) | set(keys.destroyed())
    del stored  # the periods of stored rows always have a key (or a tombstone): ingest makes it first
    return sorted(periods)


def _period_rows(layout: StateLayout, keys: KeyStore, period: str, person_id: str) -> PeriodRows:
    try:
        key = keys.find(period)
    except KeySealedError:
        return PeriodRows(period, None, "sealed")
    except KeyDestroyedError:
        return PeriodRows(period, None, "key destroyed")
    if key is None:
        return PeriodRows(period, None, "no key")
    pseudonym = person_pseudonym(key, person_id)
    first, last = period_bounds(period)
    web = rows_of(layout, WEB.name, period, pseudonym, first, last)
    mail = [mask_mail_row(r, pseudonym) for r in rows_of(layout, MAIL.name, period, pseudonym, first, last)]
    return PeriodRows(period, pseudonym, "exported", tuple(web), tuple(mail))


def _approvals_held(db: Database) -> str | None:
    present = [name for name in inspect(db.engine).get_table_names() if name in APPROVAL_TABLES]
    if not present:
        return None
    return "held in " + ", ".join(present) + " (not yet part of this export)"


def _cases(db: Database, person_id: str) -> tuple[dict[str, Any], ...]:
    with db.transaction() as session:
        return tuple(
            {
                "case": row.id,
                "status": row.status,
                "purpose": row.purpose,
                "reason": row.reason,
                "from": row.from_on.isoformat(),
                "to": row.to_on.isoformat(),
                "covert": row.covert,
                "revealed_on": row.revealed_on.isoformat() if row.revealed_on else None,
                "notified_on": row.notified_on.isoformat() if row.notified_on else None,
                "discussed_on": row.discussed_on.isoformat() if row.discussed_on else None,
                "outcome": row.outcome if row.status == CaseStatus.CLOSED.value else None,
            }
            for row in rows_about(session, person_id)
        )


def _held_where(org: Organization, layout: StateLayout, db_url: str) -> tuple[tuple[str, str], ...]:
    shown_db = db_url.split("@")[-1] if "@" in db_url else db_url
    return (
        ("traffic data (pseudonymous, per day)", str(layout.data)),
        ("pseudonym keys (one per period, destroyed after retention)", str(layout.keys)),
        ("re-identification cases", shown_db),
        ("audit log (names you only as the subject of a case)", str(org.state_dir / "audit")),
    )


def export(
    org_root: Path,
    person_id: str,
    out: Path,
    today: dt.date,
    storage: StorageSettings | None = None,
    database: DatabaseSettings | None = None,
    keystore: Callable[[Path], KeyStore] | None = None,
) -> ExportResult:
    org = load_organization(org_root)
    person = org.get_person(person_id)
    if out.suffix.lower() == ".json":
        raise InputError("--out names the HTML report; the JSON is written beside it with .json")
    json_out = out.with_suffix(".json")
    layout = StateLayout.of(org_root, storage)
    keys = keystore(layout.keys) if keystore is not None else KeyStore(layout.keys)
    periods = tuple(_period_rows(layout, keys, period, person.id) for period in _periods(layout, keys))
    db = open_database(org_root, database)
    try:
        cases = _cases(db, person.id)
        held = _approvals_held(db)
    finally:
        db.close()
    access = SubjectAccess(
        person.id,
        person.name,
        person.department,
        org.name,
        org.language,
        today,
        periods,
        cases,
        held,
        _held_where(org, layout, database_url(org_root, database)),
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_html(access), encoding="utf-8")
        json_out.write_text(json.dumps(access.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the export to {out}: {exc.strerror}") from None
    exported = [p.period for p in periods if p.status == "exported"]
    audit.record(
        org_root,
        person.id,
        "export",
        {"kind": "subject_access", "rows": access.row_count, "periods": exported, "cases": len(cases)},
        org=org,
    )
    return ExportResult(out, json_out, access.row_count, len(exported), len(cases))


@dataclass(frozen=True)
class EraseResult:
    erased: int
    note: str


def erase(org_root: Path, person_id: str, database: DatabaseSettings | None = None) -> EraseResult:
    """Erase decided post approval requests past retention; today none are stored, and that is recorded."""
    org = load_organization(org_root)
    person = org.get_person(person_id)
    db = open_database(org_root, database)
    try:
        held = _approvals_held(db)
    finally:
        db.close()
    if held is None:
        note = (
            "nothing to erase: mediacode stores no post approval requests or acknowledgements; "
            "traffic data is erased by retention, and cases are kept as the record of a lawful check"
        )
    else:
        note = f"approval requests are {held}; their erasure is not implemented yet, nothing was erased"
    audit.record(org_root, person.id, "erase", {"kind": "subject_request", "erased": 0}, org=org)
    return EraseResult(0, note)
