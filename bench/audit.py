"""Time ``mediacode audit verify`` over a 1,000,000-entry log (issue 5 target: seconds).

Builds ``build/bench/audit-org/.mediacode/audit/`` with entries shaped like
ingest and report entries (a head every 1,024 entries, as the writer keeps
them), then times, in-process: a full ``verify`` (streaming root, every stored
head checked), appends through the real writer (lock, fsync, latest head),
an inclusion proof, and a consistency check against an exported head.
Usage: ``uv run python bench/audit.py [ENTRIES]``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import time
from pathlib import Path

from mediacode.audit.entry import Entry, utc_stamp
from mediacode.audit.hashing import leaf_hash
from mediacode.audit.head import TreeHead
from mediacode.audit.log_file import HEAD_EVERY, AuditLog
from mediacode.audit.tree import Frontier
from mediacode.services.audit import audit_log, check_head, prove_entry, verify_audit, write_head

ROOT = Path(__file__).resolve().parents[1] / "build" / "bench" / "audit-org"
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def details(number: int) -> dict[str, object]:
    if number % 3:
        return {"purpose": "security", "control": "malware_sites", "periods": ["2026-03"], "rows": 40}
    return {"source": "squid", "files": 1, "read": 120_000 + number, "accepted": 119_000, "rejected": 12}


def build(size: int) -> AuditLog:
    shutil.rmtree(ROOT, ignore_errors=True)
    log = audit_log(ROOT)
    log.folder.mkdir(parents=True)
    # The audit commands act on an organization folder only: the minimal policy makes it one.
    (ROOT / "policy.yaml").write_text("organization:\n  name: Audit Bench\n", encoding="utf-8")
    frontier = Frontier()
    with log.log_path.open("wb") as lines, log.heads_path.open("wb") as heads:
        for number in range(size):
            stamp = utc_stamp(START + dt.timedelta(seconds=number * 30))
            action = "report" if number % 3 else "ingest"
            body = Entry(number, stamp, "system", action, details(number)).to_bytes()
            lines.write(body + b"\n")
            frontier.push(leaf_hash(body))
            if frontier.size % HEAD_EVERY == 0:
                heads.write(TreeHead(frontier.size, frontier.root(), stamp).to_bytes() + b"\n")
    head = TreeHead(frontier.size, frontier.root(), utc_stamp(START))
    log._write_latest(head, log.log_path.stat().st_size, frontier)  # bulk build only
    return log


def timed(label: str, action: object) -> float:
    begin = time.perf_counter()
    assert callable(action)
    action()
    seconds = time.perf_counter() - begin
    print(f"{label}: {seconds:.2f} s")
    return seconds


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    begin = time.perf_counter()
    log = build(size)
    megabytes = log.log_path.stat().st_size / 1e6
    print(f"built {size:,} entries ({megabytes:.0f} MB) in {time.perf_counter() - begin:.1f} s")
    exported = ROOT.parent / "audit-head.json"
    write_head(ROOT, exported)

    def verify() -> None:
        result = verify_audit(ROOT)
        assert result.intact and result.size == size, result.damage[:3]
        print(f"  intact: {result.size:,} entries, {result.heads_checked:,} stored heads checked")

    seconds = timed("verify", verify)
    print(f"  {size / seconds:,.0f} entries/s")
    appends = 200
    begin = time.perf_counter()
    for number in range(appends):
        log.append("system", "report", details(number))
    each = (time.perf_counter() - begin) / appends
    print(f"append (lock, fsync, latest head): {each * 1000:.2f} ms each")
    timed("inclusion proof of one entry", lambda: prove_entry(ROOT, size // 3))
    timed("check-head against the exported head", lambda: check_head(ROOT, exported))


if __name__ == "__main__":
    main()
