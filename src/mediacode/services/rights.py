"""Use cases of the data subject's rights: ``rights export`` (access) and ``rights erase``.

Export recomputes the person's pseudonym for every key period whose key
still exists, reads their rows from the day partitions, lists their cases
and says what is held where; it writes an HTML report and a JSON twin and
is audited. ``download`` builds the same export in memory for the web app's
"my data" page. Erasure is :mod:`mediacode.services.rights_erase`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

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
from mediacode.services.rights_posts import post_approvals_of
from mediacode.storage.db.case_repository import rows_about
from mediacode.storage.db.database import Database, DatabaseSettings, open_database
from mediacode.storage.layout import StateLayout, StorageSettings
from mediacode.storage.lock import reading
from mediacode.storage.parquet.partitions import list_partitions
from mediacode.storage.parquet.subject_rows import rows_of


@dataclass(frozen=True)
class ExportResult:
    html: Path
    json: Path
    rows: int
    periods: int
    cases: int
    approval_requests: int


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
        ("post approval requests, acknowledgements and messages in the app", shown_db),
        ("audit log (names you only as the subject of a case)", str(org.state_dir / "audit")),
    )


def gather(
    org: Organization,
    db: Database,
    person_id: str,
    today: dt.date,
    storage: StorageSettings | None = None,
    keystore: Callable[[Path], KeyStore] | None = None,
) -> SubjectAccess:
    """Everything held about ``person_id``, read into memory; writes nothing and audits nothing."""
    person = org.get_person(person_id)
    layout = StateLayout.of(org.root, storage)
    keys = keystore(layout.keys) if keystore is not None else KeyStore(layout.keys)
    # one view of the data folder, as a report has: each ingested input whole or not at all (ADR 0106)
    with reading(layout.state) if layout.state.is_dir() else contextlib.nullcontext():
        periods = tuple(_period_rows(layout, keys, period, person.id) for period in _periods(layout, keys))
    return SubjectAccess(
        person.id,
        person.name,
        person.department,
        org.name,
        org.language,
        today,
        periods,
        _cases(db, person.id),
        post_approvals_of(db, person.id),
        _held_where(org, layout, db.engine.url.render_as_string(hide_password=True)),
    )


def _audit(org: Organization, access: SubjectAccess, channel: str) -> None:
    exported = [p.period for p in access.periods if p.status == "exported"]
    audit.record(
        org.root,
        access.person_id,
        "export",
        {
            "kind": "subject_access",
            "channel": channel,
            "rows": access.row_count,
            "periods": exported,
            "sealed_periods": [p.period for p in access.periods if p.status == "sealed"],
            "cases": len(access.cases),
            "approval_requests": len(access.posts.own),
            "acknowledgements": len(access.posts.acknowledgements),
            "notifications": len(access.posts.notifications),
        },
        org=org,
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
    org.get_person(person_id)
    if out.suffix.lower() == ".json":
        raise InputError("--out names the HTML report; the JSON is written beside it with .json")
    json_out = out.with_suffix(".json")
    db = open_database(org_root, database)
    try:
        access = gather(org, db, person_id, today, storage, keystore)
    finally:
        db.close()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_html(access), encoding="utf-8")
        json_out.write_text(render_json(access), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the export to {out}: {exc.strerror}") from None
    _audit(org, access, "cli")
    exported = sum(1 for p in access.periods if p.status == "exported")
    return ExportResult(out, json_out, access.row_count, exported, len(access.cases), len(access.posts.own))


def render_json(access: SubjectAccess) -> str:
    return json.dumps(access.as_dict(), ensure_ascii=False, indent=2)


class DownloadFormat(StrEnum):
    HTML = "html"
    JSON = "json"


@dataclass(frozen=True)
class Download:
    content: bytes
    media_type: str
    filename: str


def download(
    org: Organization,
    db: Database,
    person_id: str,
    today: dt.date,
    language: str,
    fmt: DownloadFormat,
    storage: StorageSettings | None = None,
) -> Download:
    """The signed-in person's own export, built in memory (never written to disk) and audited.

    Periods whose key is sealed are listed as sealed: opening them needs the
    key custodians, which a download cannot ask for.
    """
    access = gather(org, db, person_id, today, storage)
    if fmt is DownloadFormat.HTML:
        result = Download(
            render_html(access, language).encode("utf-8"), "text/html; charset=utf-8", f"my-data-{today}.html"
        )
    else:
        result = Download(render_json(access).encode("utf-8"), "application/json", f"my-data-{today}.json")
    _audit(org, access, f"web.{fmt.value}")
    return result
