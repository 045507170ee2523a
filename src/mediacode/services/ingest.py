"""Use case: ``mediacode ingest`` — gate, parse, minimise, resolve, spare, pseudonymise, store.

Per input file, in rotation order: hash the content; skip it if the ledger
knows it; otherwise stream it through its parser and the ``RowMaker`` into
staged day files, publish them with ``os.replace`` and record the ledger
entry last (ADR 0072). Retention runs first, under the same lock. Nothing is
written at all when the gate says no or an input is missing, and nothing is
read before the gate says yes.

The engines (PyArrow, DuckDB) are imported only once the gate has passed, while the
first input is hashed in a thread: the imports hold the GIL on one core, the hash
gives it up, so the two overlap (ADR 0078, round 3).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import secrets
import shutil
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from mediacode.errors import GovernanceError, InputError
from mediacode.monitoring.categories import CategoryIndex, load_categories
from mediacode.monitoring.engines.file_check import FileCheck, check_file
from mediacode.monitoring.identity import Directory, load_directory
from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.records import MailRecord, WebRecord
from mediacode.monitoring.retention import keep_from
from mediacode.monitoring.rows import RowMaker
from mediacode.monitoring.sources import combined, m365, postfix, squid
from mediacode.monitoring.sources.counting import Tally
from mediacode.monitoring.sources.files import in_rotation_order, open_text, read_lines, syslog_start_year
from mediacode.monitoring.spare import Sparer
from mediacode.monitoring.stored import MAIL, WEB
from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.policy.gate import monitoring_gate
from mediacode.services import retention
from mediacode.services.audit import SYSTEM, record
from mediacode.storage.content_hash import content_hash
from mediacode.storage.disk_full import disk_full_is_clear
from mediacode.storage.layout import StateLayout, StorageSettings
from mediacode.storage.ledger import Ledger
from mediacode.storage.lock import exclusive
from mediacode.storage.parquet.publish import publish, staged_names
from mediacode.storage.recovery import recover

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]

    from mediacode.storage.parquet.writer import DayPartitionWriter

SOURCES = ("squid", "combined", "postfix", "m365")
WEB_SOURCES = frozenset({"squid", "combined"})
PROGRESS_EVERY = 65_536
PARSE_AHEAD_BYTES = 16 << 20
"""Postfix files this large are parsed in a second process (ADR 0078); smaller ones do not repay its start."""
NOT_STORED = (
    "nothing of this input was stored (inputs finished before it stay stored); "
    "free space and run the same ingest again"
)


class Progress(Protocol):
    """What a caller may watch: which file of how many, and lines read so far in the run."""

    def file_started(self, number: int, total: int) -> None: ...

    def lines_read(self, total: int) -> None: ...


@dataclass
class IngestSummary:
    read: int = 0
    accepted: int = 0
    records: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    reject_lines: dict[str, list[int]] = field(default_factory=dict)
    notices: Counter[str] = field(default_factory=Counter)
    spared: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    unknown: set[str] = field(default_factory=set, repr=False)
    rows: Counter[str] = field(default_factory=Counter)
    partitions: set[str] = field(default_factory=set)
    files: int = 0
    skipped_files: int = 0
    retention: retention.RetentionResult | None = None

    @property
    def unknown_accounts(self) -> int:
        return len(self.unknown)

    def add_tally(self, tally: Tally) -> None:
        self.read += tally.read
        self.accepted += tally.accepted_lines
        self.records += tally.records
        self.rejected.update(tally.rejected)
        self.notices.update(tally.notices)
        for reason, lines in tally.reject_lines.items():
            kept = self.reject_lines.setdefault(reason, [])
            kept.extend(lines[: max(0, tally.keep_lines - len(kept))])

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "accepted": self.accepted,
            "records": self.records,
            "rejected": dict(sorted(self.rejected.items())),
            "reject_lines": dict(sorted(self.reject_lines.items())),
            "notices": dict(sorted(self.notices.items())),
            "spared": dict(sorted(self.spared.items())),
            "expired": self.dropped.get("expired", 0),
            "unknown_accounts": self.unknown_accounts,
            "rows": {table: self.rows.get(table, 0) for table in (WEB.name, MAIL.name)},
            "partitions_written": len(self.partitions),
            "files": self.files,
            "skipped_files": self.skipped_files,
            "retention": self.retention.as_dict() if self.retention else None,
        }


def check_gate(org: Organization, today: dt.date, source: str) -> None:
    """``GovernanceError`` naming every reason when the policy does not allow this ingest."""
    verdict = monitoring_gate(org, today, source=source)
    if not verdict.allowed:
        reasons = "; ".join(f"{reason.text(org.language)} [{reason.code}]" for reason in verdict.reasons)
        raise GovernanceError(f"ingest refused, nothing was read or written: {reasons}")


def ingest(
    org_dir: Path,
    source: str,
    files: Sequence[Path],
    today: dt.date,
    settings: StorageSettings,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest ``files`` of ``source``; the summary of the run (counts only, never an identifier)."""
    if source not in SOURCES:
        raise InputError(f"unknown source {source!r}: use one of {', '.join(SOURCES)}")
    org = load_organization(org_dir)
    check_gate(org, today, source)
    if not files:
        raise InputError("name at least one log file to ingest")
    missing = sum(1 for path in files if not path.is_file())
    if missing:
        raise InputError(
            f"{missing} of the named log files do not exist or are not files; nothing was written"
        )
    ordered = in_rotation_order(files)
    first = HashAhead(ordered[0], source)
    try:
        _load_engines(source)
        summary = _ingest_locked(org_dir, org, source, ordered, first, today, settings, progress)
    finally:
        first.join()
    return summary


def _ingest_locked(
    org_dir: Path,
    org: Organization,
    source: str,
    ordered: list[Path],
    first: HashAhead,
    today: dt.date,
    settings: StorageSettings,
    progress: Progress | None,
) -> IngestSummary:
    """Recovery, retention and the inputs one by one, under the ingest lock; then the audit entries."""
    layout = StateLayout.of(org_dir, settings)
    directory = load_directory(org)
    categories = load_categories(org) if source in WEB_SOURCES else CategoryIndex()
    summary = IngestSummary()
    with exclusive(layout.lock_file):
        recover(layout)
        summary.retention = retention.apply_locked(layout, org, today)
        keys = KeyStore(layout.keys)
        keys_before = set(keys.present())
        ledger = Ledger(layout.ledger)
        seen: set[str] = set()
        for number, path in enumerate(ordered, 1):
            if progress is not None:
                progress.file_started(number, len(ordered))
            summary.files += 1
            digest, check = first.result() if number == 1 else _hash_and_check(path, source)
            if digest in seen or ledger.has(digest):
                summary.skipped_files += 1
                continue
            seen.add(digest)
            _ingest_file(
                org,
                layout,
                ledger,
                keys,
                directory,
                categories,
                source,
                path,
                digest,
                today,
                summary,
                progress,
                check=check,
            )
        created = sorted(set(keys.present()) - keys_before)
    _audit(org_dir, org, source, summary, created)
    return summary


SCANNED_SOURCES = frozenset({"squid", "postfix"})
"""Sources whose DuckDB path needs the byte scan (ADR 0078, 0079)."""


class HashAhead:
    """``_hash_and_check`` of one file, made in a thread from the moment this object is made.

    ``result`` gives what ``_hash_and_check`` would have given, or raises what it would have
    raised (a broken gzip stream), at the point where the caller asks, not earlier.
    """

    def __init__(self, path: Path, source: str) -> None:
        self._outcome: tuple[str, FileCheck | None] | BaseException = InputError("not hashed yet")
        self._thread = threading.Thread(target=self._run, args=(path, source), name="hash-ahead", daemon=True)
        self._thread.start()

    def _run(self, path: Path, source: str) -> None:
        try:
            self._outcome = _hash_and_check(path, source)
        except BaseException as error:  # raised in the caller by ``result``
            self._outcome = error

    def join(self) -> None:
        self._thread.join()

    def result(self) -> tuple[str, FileCheck | None]:
        self._thread.join()
        if isinstance(self._outcome, BaseException):
            raise self._outcome
        return self._outcome


def _load_engines(source: str) -> None:
    """Import the modules the bulk path of ``source`` needs (PyArrow, DuckDB), while the first file hashes.

    PyArrow's allocator is chosen here, before the first batch is made.
    """
    from mediacode.monitoring.engines.arrow_memory import prefer_jemalloc
    from mediacode.storage.parquet import writer  # noqa: F401

    prefer_jemalloc()
    if source in SCANNED_SOURCES:
        from mediacode.monitoring.engines import duckdb_postfix, mail_rows, read_ahead, web_rows  # noqa: F401


def _hash_and_check(path: Path, source: str) -> tuple[str, FileCheck | None]:
    """The content hash, and for Squid and Postfix the engine's byte scan of the file, made side by side.

    SHA-256 gives up the GIL while it hashes, so the scan runs beside it rather than after it.
    A scan that fails (a broken gzip stream) gives ``None``: the engine scans again and reports it.
    """
    if source not in SCANNED_SOURCES:
        return content_hash(path), None
    found: list[FileCheck] = []

    def scan() -> None:
        with contextlib.suppress(Exception):
            found.append(check_file(path))

    worker = threading.Thread(target=scan, name="byte-scan", daemon=True)
    worker.start()
    try:
        digest = content_hash(path)
    finally:
        worker.join()
    return digest, (found[0] if found else None)


def _audit(org_dir: Path, org: Organization, source: str, summary: IngestSummary, created: list[str]) -> None:
    """The audit entries of a run: counts only, and the periods whose key this run made."""
    details = {
        "source": source,
        "files": summary.files,
        "skipped_files": summary.skipped_files,
        "read": summary.read,
        "accepted": summary.accepted,
        "rejected": sum(summary.rejected.values()),
        "rows": dict(summary.rows),
        "partitions_written": len(summary.partitions),
    }
    record(org_dir, SYSTEM, "ingest", details, org=org)
    if created:
        record(org_dir, SYSTEM, "key.create", {"periods": created}, org=org)


def _ingest_file(
    org: Organization,
    layout: StateLayout,
    ledger: Ledger,
    keys: KeyStore,
    directory: Directory,
    categories: CategoryIndex,
    source: str,
    path: Path,
    digest: str,
    today: dt.date,
    summary: IngestSummary,
    progress: Progress | None,
    *,
    check: FileCheck | None = None,
) -> None:
    from mediacode.storage.parquet.writer import DayPartitionWriter

    ingest_id = f"{source}-{digest[:24]}"
    staging = layout.tmp / secrets.token_hex(8)
    monitoring = org.policy.monitoring
    maker = RowMaker(
        directory=directory,
        sparer=Sparer.for_organization(org),
        keys=keys,
        categories=categories,
        key_period=monitoring.key_period,
        keep_from=keep_from(today, monitoring.retention_days),
        ingest_id=ingest_id,
    )
    table = WEB if source in WEB_SOURCES else MAIL
    writer = DayPartitionWriter(table, staging, ingest_id)
    tally = Tally()
    try:
        with disk_full_is_clear(layout.tmp, "writing the staged day files", NOT_STORED):
            if source == "squid":
                _fill_from_engine(maker, writer, tally, path, progress, summary.read, check)
            elif source == "postfix":
                _fill_from_postfix(org, directory, maker, writer, tally, path, progress, summary.read, check)
            else:
                _fill_from_parser(org, directory, maker, writer, tally, source, path, progress, summary.read)
            days = writer.close()
    except BaseException:
        writer.abort()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    entry: dict[str, object] = {
        "ingest_id": ingest_id,
        "source": source,
        "ingested_on": today.isoformat(),
        "read": tally.read,
        "accepted": tally.accepted_lines,
        "rejected": dict(tally.rejected),
        "spared": dict(maker.sparer.spared),
        "rows": writer.rows_written,
    }
    try:
        with disk_full_is_clear(layout.ledger, "recording which files are being published", NOT_STORED):
            ledger.begin_publish(digest, ingest_id, staged_names(staging))
        with disk_full_is_clear(layout.data, "publishing the day files", NOT_STORED):
            entry["files"] = publish(staging, layout.data)
        with disk_full_is_clear(layout.ledger, "writing the ledger entry", NOT_STORED):
            ledger.record(digest, entry)
    except BaseException:
        ledger.roll_back(layout.data)  # nothing of this input stays visible
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    ledger.end_publish(digest)
    summary.add_tally(tally)
    summary.spared.update(maker.sparer.spared)
    summary.dropped.update(maker.dropped)
    summary.unknown |= maker.unknown_accounts
    summary.rows[table.name] += writer.rows_written
    summary.partitions.update(f"{table.name}/day={day.isoformat()}" for day in days)


def _fill_from_engine(
    maker: RowMaker,
    writer: DayPartitionWriter,
    tally: Tally,
    path: Path,
    progress: Progress | None,
    start: int,
    check: FileCheck | None,
) -> None:
    """The bulk path (ADR 0078): Squid parsed in DuckDB, rows made per distinct value, batches written."""
    from mediacode.monitoring.engines import duckdb_squid
    from mediacode.monitoring.engines.read_ahead import read_ahead, write_behind
    from mediacode.monitoring.engines.web_rows import stored_web_batches

    batches = read_ahead(duckdb_squid.record_batches(path, check=check))
    write_behind(
        stored_web_batches(_watched_batches(batches, progress, start), maker, tally), writer.write_batch
    )


def _fill_from_postfix(
    org: Organization,
    directory: Directory,
    maker: RowMaker,
    writer: DayPartitionWriter,
    tally: Tally,
    path: Path,
    progress: Progress | None,
    start: int,
    check: FileCheck | None = None,
) -> None:
    """DuckDB when it reads the file exactly (ADR 0079); else the reference parser (in a child if large)."""
    if _fill_from_mail_engine(org, directory, maker, writer, tally, path, progress, start, check):
        return
    if path.stat().st_size >= PARSE_AHEAD_BYTES:
        _fill_from_parse_ahead(org, directory, maker, writer, tally, path, progress, start)
    else:
        _fill_from_parser(org, directory, maker, writer, tally, "postfix", path, progress, start)


def _fill_from_mail_engine(
    org: Organization,
    directory: Directory,
    maker: RowMaker,
    writer: DayPartitionWriter,
    tally: Tally,
    path: Path,
    progress: Progress | None,
    start: int,
    check: FileCheck | None = None,
) -> bool:
    """Postfix parsed and reassembled in DuckDB, rows made per distinct value (ADR 0079).

    ``False`` (nothing done) when only the reference parser can read the file exactly. Parquet is
    written in a thread (it holds no GIL while it encodes) while the next rows are made.
    """
    from mediacode.monitoring.engines import duckdb_postfix
    from mediacode.monitoring.engines.mail_rows import stored_mail_batches
    from mediacode.monitoring.engines.read_ahead import read_ahead, write_behind

    options = duckdb_postfix.options_for(
        syslog_start_year(path),
        directory.local_domains,
        org.policy.private_use.private_mail_marker.subject_tag,
    )
    found = duckdb_postfix.item_batches(path, options, spill_in=writer.staging.parent, check=check)
    if found is None:
        return False
    total, batches = found
    tally.read = total
    if progress is not None:
        # Every line is read (numbered in DuckDB) before messages are reassembled and rows made:
        # the bar shows them now, not only when the last row is written.
        progress.lines_read(start + total)
    write_behind(stored_mail_batches(read_ahead(batches), maker, tally), writer.write_batch)
    return True


def _watched_batches(
    batches: Iterator[pa.RecordBatch], progress: Progress | None, start: int
) -> Iterator[pa.RecordBatch]:
    count = start
    for batch in batches:
        yield batch
        count += batch.num_rows
        if progress is not None:
            progress.lines_read(count)


def _fill_from_parser(
    org: Organization,
    directory: Directory,
    maker: RowMaker,
    writer: DayPartitionWriter,
    tally: Tally,
    source: str,
    path: Path,
    progress: Progress | None,
    start: int,
) -> None:
    """The streaming path: a parser's records through ``RowMaker`` one by one."""
    counter = itertools.count()
    counted = map(itemgetter(1), zip(counter, _watched(path, source, progress, start), strict=False))
    web, mail, extend, observe = maker.web, maker.mail, writer.extend, tally.observe
    spill_if_full = writer.spill_if_full
    records = 0
    for item in _parse(org, directory, source, path, counted):
        kind = type(item)
        if kind is WebRecord:
            records += 1
            row = web(item)  # type: ignore[arg-type]
            if row is not None:
                writer.buffer.append(row)
                if not records & 4095:
                    spill_if_full()
        elif kind is MailRecord:
            records += 1
            extend(mail(item))  # type: ignore[arg-type]
        else:
            observe(item)
    tally.read = next(counter) - 1  # zip drew one number more than there were lines
    tally.records = records


def _fill_from_parse_ahead(
    org: Organization,
    directory: Directory,
    maker: RowMaker,
    writer: DayPartitionWriter,
    tally: Tally,
    path: Path,
    progress: Progress | None,
    start: int,
) -> None:
    """Postfix reassembled in a child process while this one makes rows and writes them: the same items."""
    from mediacode.monitoring.sources.parse_ahead import parse_ahead

    options = {
        "year": syslog_start_year(path),
        "local_domains": tuple(directory.local_domains),
        "private_subject_tag": org.policy.private_use.private_mail_marker.subject_tag,
    }
    mail, extend, observe = maker.mail, writer.extend, tally.observe
    records = read = 0
    for read, batch in parse_ahead(path, postfix.parse, options):
        for item in batch:
            if type(item) is MailRecord:
                records += 1
                extend(mail(item))
            else:
                observe(item)
        if progress is not None:
            progress.lines_read(start + read)
    tally.read = read
    tally.records = records


def _watched(path: Path, source: str, progress: Progress | None, start: int) -> Iterator[str]:
    lines: Iterable[str]
    lines = _csv_lines(path) if source == "m365" else read_lines(path)
    if progress is None:
        yield from lines
        return
    count = start
    for line in lines:
        yield line
        count += 1
        if count % PROGRESS_EVERY == 0:
            progress.lines_read(count)
    progress.lines_read(count)


def _csv_lines(path: Path) -> Iterator[str]:
    """Lines with their ends, so that a quoted cell may span lines as CSV allows."""
    with open_text(path, newline="") as text:
        yield from text


def _parse(
    org: Organization, directory: Directory, source: str, path: Path, lines: Iterable[str]
) -> Iterator[object]:
    tag = org.policy.private_use.private_mail_marker.subject_tag
    if source == "squid":
        return squid.parse(lines)
    if source == "combined":
        return combined.parse(lines)
    if source == "postfix":
        return postfix.parse(
            lines,
            year=syslog_start_year(path),
            local_domains=directory.local_domains,
            private_subject_tag=tag,
        )
    return m365.parse(lines, local_domains=directory.local_domains, private_subject_tag=tag)


def render_json(summary: IngestSummary) -> str:
    return json.dumps(summary.as_dict(), ensure_ascii=False, sort_keys=False)


def render_text(summary: IngestSummary) -> str:
    lines = [
        f"files: {summary.files} ({summary.skipped_files} already ingested, skipped)",
        f"lines read: {summary.read:,}; accepted: {summary.accepted:,}; "
        f"rejected: {summary.read - summary.accepted:,}",
    ]
    for reason, count in sorted(summary.rejected.items()):
        first = ", ".join(str(n) for n in summary.reject_lines.get(reason, [])[:5])
        lines.append(f"  rejected as {reason}: {count:,} (first lines {first})")
    spared = ", ".join(f"{reason} {count:,}" for reason, count in sorted(summary.spared.items())) or "none"
    lines.append(f"spared before storage: {spared}")
    if summary.dropped.get("expired"):
        lines.append(f"older than retention, not stored: {summary.dropped['expired']:,}")
    lines.append(f"unknown accounts (pseudonymised, not in the directory): {summary.unknown_accounts:,}")
    web, mail = summary.rows.get(WEB.name, 0), summary.rows.get(MAIL.name, 0)
    lines.append(f"rows stored: web {web:,}, mail {mail:,}; day partitions: {len(summary.partitions)}")
    if summary.retention is not None and (summary.retention.removed or summary.retention.destroyed):
        lines.append(retention.render_text(summary.retention))
    return "\n".join(lines)
