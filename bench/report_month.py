"""Time ``mediacode report`` over one month of a 2,000-person organization on DuckDB (issue 4 target: < 2 s).

Writes synthetic day partitions with exactly the stored schema (DuckDB generates
them), records the works council's consent, then times every purpose's report
for the month, in-process (``build_report`` + JSON rendering). Usage:
``uv run python bench/report_month.py [ROWS_PER_DAY] [--engine duckdb|spark]``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.monitoring.report_scenario import TODAY, make_org

from mediacode.services.report import build_report, render

PEOPLE = 2_000
DEPARTMENTS = 25
CATEGORIES = "['news','shopping','social_networks','malware','phishing','gambling','adult','webmail','games']"


def write_month(state: Path, rows_per_day: int) -> int:
    con = duckdb.connect()
    total = 0
    for d in range(30):
        day = dt.date(2026, 11, 1) + dt.timedelta(days=d)
        for table, select in (("web", _web(day, rows_per_day)), ("mail", _mail(day, rows_per_day // 6))):
            folder = state / "data" / table / f"day={day.isoformat()}"
            folder.mkdir(parents=True, exist_ok=True)
            con.execute(f"COPY ({select}) TO '{folder / 'bench.parquet'}' (FORMAT parquet)")
        total += rows_per_day + rows_per_day // 6
    return total


def _web(day: dt.date, n: int) -> str:
    return f"""
SELECT TIMESTAMP '{day} 08:00:00' + to_seconds(CAST(random() * 36000 AS BIGINT)) AS at, DATE '{day}' AS day,
       '2026-11' AS period, md5('p' || p) AS person, p < {PEOPLE} AS known,
       CASE WHEN p < {PEOPLE} THEN 'dept' || (p % {DEPARTMENTS}) END AS department,
       'h' || CAST(random() * 20000 AS INTEGER) || '.example' AS host, CAST(443 AS INTEGER) AS port,
       'CONNECT' AS method, CAST(200 AS INTEGER) AS status, CAST(random() * 200000 AS BIGINT) AS bytes,
       NULL::VARCHAR AS content_type,
       CASE WHEN random() < 0.3 THEN {CATEGORIES}[1 + CAST(random() * 8 AS INTEGER)] END AS category,
       random() < 0.01 AS denied
FROM (SELECT CAST(floor(random() * random() * {PEOPLE + 40}) AS INTEGER) AS p FROM range({n}))
"""


def _mail(day: dt.date, n: int) -> str:
    return f"""
SELECT TIMESTAMP '{day} 09:00:00' AS at, DATE '{day}' AS day, '2026-11' AS period,
       CASE WHEN o THEN md5('p' || p) END AS sender, CASE WHEN o THEN 'dept' || (p % {DEPARTMENTS}) END
           AS sender_department,
       CASE WHEN NOT o THEN md5('p' || p) END AS recipient,
       CASE WHEN NOT o THEN 'dept' || (p % {DEPARTMENTS}) END AS recipient_department,
       'peer' || CAST(random() * 3000 AS INTEGER) || '.example' AS peer_domain,
       CASE WHEN o THEN 'outbound' ELSE 'inbound' END AS direction, CAST(random() * 100000 AS BIGINT) AS size,
       'sent' AS status, md5('m' || i) AS message
FROM (SELECT range AS i, CAST(floor(random() * {PEOPLE}) AS INTEGER) AS p, random() < 0.4 AS o
      FROM range({n}))
"""


def main() -> None:
    rows_per_day = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000
    engine = sys.argv[sys.argv.index("--engine") + 1] if "--engine" in sys.argv else "duckdb"
    root = Path(tempfile.mkdtemp(prefix="mediacode-bench-"))
    try:
        org = make_org(root / "org", extra_controls="")
        started = time.perf_counter()
        rows = write_month(org / ".mediacode", rows_per_day)
        print(f"wrote {rows:,} rows for {PEOPLE:,} people in {time.perf_counter() - started:.1f} s")
        for purpose in ("security", "capacity", "private_use"):
            for attempt in ("cold", "warm"):
                started = time.perf_counter()
                report = build_report(org, purpose, None, "2026-11", engine, today=TODAY)
                render(report, "json")
                took = time.perf_counter() - started
                print(f"{engine} {purpose:12s} {attempt}: {took:.2f} s, {len(report.rows)} rows")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
