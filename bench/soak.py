"""Soak (issue 7, part 5): mixed review, page and ingest traffic against one ``mediacode serve`` for minutes.

    uv run python bench/soak.py [--seconds S] [--rate R] [--json FILE] [--org-dir DIR]
    SOAK_SECONDS=60 uv run python bench/soak.py        # the environment variable shortens it too

The server is ``mediacode serve`` as shipped (one uvicorn process) for a
fresh demo organization (``build/bench/soak-org``, the demo's month of logs
ingested first), on a free port of 127.0.0.1; nothing leaves loopback. For
the whole run, at once:

- **web traffic** from this process (asyncio, keep-alive HTTP/1.1, one
  connection per role, at a fixed total rate): ``POST /api/review`` as the
  employee, the pages of each role (employee, manager, privacy officer, works
  council), and now and then an approval request that the manager then
  approves;
- **ingest**: every ``--ingest-every`` seconds ``mediacode ingest`` (its own
  process) of a fresh Squid log (demo lines with new time stamps) into the same
  organization;
- **memory**: the server's RSS (``/proc/PID/status``) every ``--sample-every``
  seconds.

The first ``--warm-up`` seconds (default: a tenth of the run, at least 5 s)
fill caches and are not judged. Reported: requests, errors (any answer >= 400,
a broken connection or a failed ingest), p50/p99 latency, RSS at the end of
the warm-up, at the end and its maximum, and the verdict "memory flat" when
the RSS at the end is at most 10 % above the one after the warm-up. Exits 1
on any error or more growth. Bounded: ``--seconds`` (default 600) and at
most ``MAX_REQUESTS`` requests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web import _free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ORG = ROOT / "build" / "bench" / "soak-org"
MAX_REQUESTS = 500_000
GROWTH_LIMIT = 0.10
POSTS = (
    "Mooie klus afgerond voor Bouwgroep Meerwijk: veertig warmtepompen in één week geleverd. Trots!",
    "Vandaag de nieuwe vestiging geopend, de omzet steeg dit kwartaal met 18 procent.",
    "Morgen met de hele ploeg naar de beurs; bel me gerust op 06-12345678.",
    "Great week at the warehouse, thanks to everyone who helped with the stock count.",
)
PAGES = {
    "employee": ("/", "/check", "/requests", "/documents", "/my-data", "/api/me", "/api/notifications"),
    "manager": ("/", "/approvals", "/api/approvals", "/requests"),
    "privacy_officer": ("/officer", "/reports/private_use", "/reports/security", "/cases", "/api/cases"),
    "works_council": ("/council", "/reports/capacity", "/cases", "/api/council"),
}
REVIEWS_PER_PAGE = 1
"""The employee's connection alternates a review and a page view."""
IDLE_SECONDS = 3.0
"""A connection idle longer than this is reopened (uvicorn's keep-alive timeout is 5 s)."""
ASK_EVERY = 50
"""One request in this many from the employee is an approval request (the manager approves it next)."""


# ---- a small keep-alive HTTP/1.1 client ---------------------------------------------------------


class Client:
    """One signed-in role on one keep-alive connection."""

    def __init__(self, port: int, role: str, cookie: str) -> None:
        self.port = port
        self.role = role
        self.cookie = cookie
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.used = 0.0

    async def send(self, method: str, path: str, body: object = None) -> tuple[int, bytes]:
        lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Cookie: mediacode_session={self.cookie}"]
        payload = b""
        if body is not None:
            payload = json.dumps(body).encode()
            lines += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
        if self.writer is not None and time.monotonic() - self.used > IDLE_SECONDS:
            self.close()  # the server closes a keep-alive connection idle for 5 s; a client opens a new one
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = re.search(rb"\r\ncontent-length: *(\d+)", head, flags=re.I)
        if length is None:
            raise RuntimeError(f"{method} {path}: answer without Content-Length")
        content = await self.reader.readexactly(int(length.group(1)))
        self.used = time.monotonic()
        if re.search(rb"\r\nconnection: *close", head, flags=re.I):
            self.close()
        return status, content

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


# ---- the run ------------------------------------------------------------------------------------


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)
    ingests: int = 0
    ingest_seconds: list[float] = field(default_factory=list)

    def count(self, kind: str, seconds: float) -> None:
        self.latencies.append(seconds)
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1


@dataclass
class Result:
    seconds: float
    warm_up: float
    rate: float
    requests: int
    by_kind: dict[str, int]
    errors: int
    error_examples: list[str]
    p50_ms: float
    p99_ms: float
    max_ms: float
    ingests: int
    ingest_median_s: float
    rss_samples: list[tuple[float, float]]
    rss_start_mb: float
    rss_end_mb: float
    rss_max_mb: float
    growth: float
    verdict: str
    load_average: tuple[float, float, float]
    cores: int | None


def rss_mb(pid: int) -> float:
    """The resident set of ``pid`` in MB (``VmRSS`` of ``/proc/PID/status``)."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def sample_memory(
    pid: int, every: float, stop: threading.Event, start: float, into: list[tuple[float, float]]
) -> None:
    while not stop.is_set():
        try:
            into.append((time.monotonic() - start, rss_mb(pid)))
        except (OSError, RuntimeError):
            return
        stop.wait(every)


def fresh_squid_log(source: list[str], number: int, target: Path, lines: int = 2_000) -> Path:
    """``lines`` demo proxy lines from a rotating offset, time stamps moved by ``number`` ms: new content."""
    start = (number * lines) % max(1, len(source) - lines)
    out = []
    for line in source[start : start + lines]:
        stamp, _, rest = line.partition(" ")
        out.append(f"{float(stamp) + number / 1000:.3f} {rest}")
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return target


def ingest_loop(org: Path, every: float, stop: threading.Event, tally: Tally, lock: threading.Lock) -> None:
    mediacode = str(Path(sys.executable).parent / "mediacode")
    source = (org / "logs" / "access.log").read_text(encoding="utf-8").splitlines()
    folder = org.parent / f"{org.name}-fresh-logs"
    folder.mkdir(exist_ok=True)
    number = 0
    while not stop.wait(every):
        number += 1
        log = fresh_squid_log(source, number, folder / f"access-{number}.log")
        began = time.perf_counter()
        done = subprocess.run(
            [mediacode, "ingest", "--org", str(org), "--source", "squid", str(log), "--format", "json"],
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        with lock:
            tally.ingests += 1
            tally.ingest_seconds.append(time.perf_counter() - began)
            if done.returncode != 0:
                tally.errors.append(f"ingest {number}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
            elif json.loads(done.stdout).get("accepted", 0) <= 0:
                tally.errors.append(f"ingest {number}: nothing accepted")
        log.unlink()


async def role_loop(
    client: Client, interval: float, stop_at: float, tally: Tally, manager: Client | None
) -> None:
    """One role's traffic, one request every ``interval`` seconds (open loop: late requests go at once)."""
    pages = PAGES[client.role]
    number = 0
    due = time.perf_counter()
    while time.perf_counter() < stop_at and len(tally.latencies) < MAX_REQUESTS:
        due += interval
        kind, method, path, body = "page", "GET", pages[number % len(pages)], None
        if client.role == "employee" and number % 2 == 0:
            kind, method, path, body = "review", "POST", "/api/review", {"text": POSTS[number % len(POSTS)]}
        if client.role == "employee" and number % ASK_EVERY == 1:
            kind, method, path, body = "ask", "POST", "/api/requests", {"text": POSTS[1] + f" ({number})"}
        await _timed(client, kind, method, path, body, tally)
        if kind == "ask" and manager is not None:
            await _approve_all(manager, tally)
        number += 1
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)


async def _timed(client: Client, kind: str, method: str, path: str, body: object, tally: Tally) -> bytes:
    began = time.perf_counter()
    try:
        status, content = await client.send(method, path, body)
    except (OSError, RuntimeError, asyncio.IncompleteReadError) as problem:
        client.close()
        tally.errors.append(f"{client.role} {method} {path}: {type(problem).__name__}: {problem}")
        return b""
    tally.count(kind, time.perf_counter() - began)
    if status >= 400:
        tally.errors.append(f"{client.role} {method} {path}: {status} {content[:200]!r}")
    return content


async def _approve_all(manager: Client, tally: Tally) -> None:
    content = await _timed(manager, "approvals", "GET", "/api/approvals", None, tally)
    for item in json.loads(content or b"[]"):
        if item["status"] != "pending":
            continue
        await _timed(
            manager, "decide", "POST", f"/api/approvals/{item['id']}", {"decision": "approve"}, tally
        )


async def traffic(port: int, cookies: dict[str, str], rate: float, seconds: float, tally: Tally) -> None:
    clients = {role: Client(port, role, cookie) for role, cookie in cookies.items()}
    decider = Client(port, "manager", cookies["manager"])
    # Half the rate is the employee's (reviews and pages), the other half shared by the three other roles.
    intervals = {"employee": 2 / rate} | {role: 6 / rate for role in clients if role != "employee"}
    stop_at = time.perf_counter() + seconds
    try:
        await asyncio.gather(
            *(
                role_loop(c, intervals[role], stop_at, tally, decider if role == "employee" else None)
                for role, c in clients.items()
            )
        )
    finally:
        for c in [*clients.values(), decider]:
            c.close()


def build_org(org: Path) -> dict[str, str]:
    """A fresh demo organization with its month of logs ingested; role -> person id (demo password)."""
    from argon2 import PasswordHasher, profiles

    from mediacode.org.loader import load_organization
    from mediacode.services.demo import create_demo
    from mediacode.services.demo_accounts import give_demo_passwords
    from mediacode.storage.db.database import open_database

    shutil.rmtree(org, ignore_errors=True)
    shutil.rmtree(org.parent / f"{org.name}-fresh-logs", ignore_errors=True)
    create_demo(org)
    db = open_database(org)
    try:
        chosen = give_demo_passwords(
            db, load_organization(org), hasher=PasswordHasher.from_parameters(profiles.CHEAPEST)
        )
    finally:
        db.close()
    mediacode = str(Path(sys.executable).parent / "mediacode")
    for source, log in (("squid", "access.log"), ("postfix", "maillog")):
        subprocess.run(
            [mediacode, "ingest", "--org", str(org), "--source", source, str(org / "logs" / log)],
            capture_output=True, timeout=900, check=True,
        )  # fmt: skip
    return {a.role.value: a.person_id for a in chosen if a.role.value in PAGES}


def sign_in(port: int, person: str, password: str) -> str:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        body = json.dumps({"username": person, "password": password})
        connection.request("POST", "/api/login", body=body, headers={"Content-Type": "application/json"})
        answer = connection.getresponse()
        answer.read()
        match = re.search(r"mediacode_session=([^;]+)", answer.getheader("set-cookie") or "")
    finally:
        connection.close()
    if answer.status != 200 or match is None:
        raise RuntimeError(f"signing in as {person} failed ({answer.status})")
    return match.group(1)


def judge(samples: list[tuple[float, float]], warm_up: float) -> tuple[float, float, float, float, str]:
    """RSS after the warm-up, at the end and the max after it (MB), the growth, and the verdict."""
    judged = [mb for at, mb in samples if at >= warm_up] or [samples[-1][1]]
    start, end = judged[0], judged[-1]
    growth = (end - start) / start
    return start, end, max(judged), growth, "memory flat" if growth <= GROWTH_LIMIT else "MEMORY GROWS"


def _percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else float("nan")


def soak(
    org: Path, seconds: float, rate: float, warm_up: float, ingest_every: float, sample_every: float
) -> Result:
    from mediacode.services.demo_accounts import DEMO_PASSWORD

    accounts = build_org(org)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIACODE_")}
    log = (org.parent / f"{org.name}-serve.log").open("wb")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "mediacode"), "serve", "--org", str(org), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )  # fmt: skip
    tally = Tally()
    lock = threading.Lock()
    samples: list[tuple[float, float]] = []
    stop = threading.Event()
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", server)
        cookies = {role: sign_in(port, person, DEMO_PASSWORD) for role, person in accounts.items()}
        began = time.monotonic()
        threads = [
            threading.Thread(target=sample_memory, args=(server.pid, sample_every, stop, began, samples)),
            threading.Thread(target=ingest_loop, args=(org, ingest_every, stop, tally, lock)),
        ]
        for thread in threads:
            thread.start()
        try:
            asyncio.run(traffic(port, cookies, rate, seconds, tally))
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=600)
        samples.append((time.monotonic() - began, rss_mb(server.pid)))
        if server.poll() is not None:
            tally.errors.append(f"mediacode serve stopped with exit code {server.returncode}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    start_mb, end_mb, max_mb, growth, verdict = judge(samples, warm_up)
    ordered = sorted(tally.latencies)
    return Result(
        seconds=seconds,
        warm_up=warm_up,
        rate=rate,
        requests=len(ordered),
        by_kind=tally.by_kind,
        errors=len(tally.errors),
        error_examples=tally.errors[:10],
        p50_ms=_percentile(ordered, 0.50),
        p99_ms=_percentile(ordered, 0.99),
        max_ms=ordered[-1] * 1000 if ordered else float("nan"),
        ingests=tally.ingests,
        ingest_median_s=statistics.median(tally.ingest_seconds) if tally.ingest_seconds else float("nan"),
        rss_samples=samples,
        rss_start_mb=start_mb,
        rss_end_mb=end_mb,
        rss_max_mb=max_mb,
        growth=growth,
        verdict=verdict,
        load_average=os.getloadavg(),
        cores=os.cpu_count(),
    )


def show(result: Result, load_before: tuple[float, float, float]) -> None:
    kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(result.by_kind.items()))
    print(
        f"soak: mediacode serve (one uvicorn process) of the demo organization on 127.0.0.1, "
        f"{result.cores} cores, load average {load_before[0]:.2f} at the start "
        f"and {result.load_average[0]:.2f} at the end"
    )
    print(
        f"  {result.seconds:.0f} s at {result.rate:.0f} requests/s "
        f"(warm-up {result.warm_up:.0f} s not judged)"
    )
    print(f"  requests   {result.requests:,} ({kinds})")
    print(
        f"  ingests    {result.ingests} of 2,000 fresh Squid lines, "
        f"median {result.ingest_median_s:.1f} s each"
    )
    print(f"  errors     {result.errors}")
    for example in result.error_examples:
        print(f"    {example}")
    print(f"  latency    p50 {result.p50_ms:.1f} ms  p99 {result.p99_ms:.1f} ms  max {result.max_ms:.0f} ms")
    print(
        f"  RSS        {result.rss_start_mb:.1f} MB after warm-up, {result.rss_end_mb:.1f} MB at the end, "
        f"max {result.rss_max_mb:.1f} MB ({len(result.rss_samples)} samples): growth {result.growth:+.1%}"
    )
    print(f"verdict: {result.verdict} (limit +{GROWTH_LIMIT:.0%}); errors {result.errors} (must be 0)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", "600")))
    parser.add_argument("--rate", type=float, default=40.0, help="requests per second, all roles together")
    parser.add_argument("--warm-up", type=float, help="seconds not judged (default: a tenth, at least 5)")
    parser.add_argument(
        "--ingest-every", type=float, help="seconds between ingests (default: a tenth, at most 30)"
    )
    parser.add_argument("--sample-every", type=float, default=2.0)
    parser.add_argument("--org-dir", type=Path, default=DEFAULT_ORG)
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "bench" / "soak.json")
    args = parser.parse_args()
    warm_up = args.warm_up if args.warm_up is not None else max(5.0, args.seconds / 10)
    ingest_every = (
        args.ingest_every if args.ingest_every is not None else min(30.0, max(3.0, args.seconds / 10))
    )
    load_before = os.getloadavg()
    result = soak(args.org_dir.resolve(), args.seconds, args.rate, warm_up, ingest_every, args.sample_every)
    show(result, load_before)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(asdict(result) | {"load_average_start": load_before}, indent=1), encoding="utf-8"
    )
    return 0 if result.errors == 0 and result.growth <= GROWTH_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
