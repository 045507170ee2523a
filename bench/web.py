"""Load on the web app: ``POST /api/review`` (signed in) and the main pages, from a second process.

The server is ``mediacode serve`` as shipped (one uvicorn process, no access
log) for a fresh demo organization under ``build/bench/web-org``, on a free
port of 127.0.0.1. The load comes from other processes on loopback only:

- this file's own asyncio HTTP/1.1 client (``--drive``, keep-alive
  connections), in a second Python process:
  - **fixed rate** (open loop): requests are due at 200/s whatever the
    answers do, latency counted from the moment a request was due (no
    coordinated omission) - the p99 target (< 50 ms);
  - **saturation** (closed loop): N connections, each sending its next
    request as soon as the answer is in - the throughput target (>= 500/s);
- ``wrk`` (Debian's package) as a peer, where installed, with the same
  session cookie and body.

Every run is bounded in count and in time and stops by itself.
Usage: ``uv run python bench/web.py [--seconds S] [--rate R] [--connections N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORG = ROOT / "build" / "bench" / "web-org"
POST = (
    "Mooie klus afgerond voor Bouwgroep Meerwijk: veertig warmtepompen in één week geleverd. "
    "Trots op ons team!"
)
MAX_REQUESTS = 50_000
"""No run sends more than this, whatever its time bound."""


# ---- the client (second process) -------------------------------------------------------------


def _request(method: str, path: str, cookie: str, body: bytes | None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Cookie: mediacode_session={cookie}"]
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


async def _answer(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    match = re.search(rb"\r\ncontent-length: *(\d+)", head, flags=re.I)
    if match is None:
        raise RuntimeError(f"answer without Content-Length: {head[:200]!r}")
    await reader.readexactly(int(match.group(1)))
    return status


class Connection:
    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def send(self, raw: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(raw)
        return await _answer(self.reader)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def _summary(latencies: list[float], statuses: list[int], seconds: float) -> dict[str, float]:
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else float("nan")

    return {
        "requests": len(latencies),
        "errors": sum(1 for s in statuses if s >= 400),
        "seconds": seconds,
        "throughput": len(latencies) / seconds if seconds else 0.0,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": ordered[-1] * 1000 if ordered else float("nan"),
        "mean_ms": statistics.fmean(ordered) * 1000 if ordered else float("nan"),
    }


async def fixed_rate(port: int, raw: bytes, rate: float, seconds: float, pool: int) -> dict[str, float]:
    """Open loop: request i is due at start + i/rate; latency from its due time."""
    total = min(MAX_REQUESTS, int(rate * seconds))
    free: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(pool):
        free.put_nowait(Connection(port))
    latencies: list[float] = []
    statuses: list[int] = []
    start = time.perf_counter() + 0.05

    async def one(due: float) -> None:
        connection = await free.get()
        try:
            statuses.append(await connection.send(raw))
            latencies.append(time.perf_counter() - due)
        finally:
            free.put_nowait(connection)

    tasks = []
    for number in range(total):
        due = start + number / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(due)))
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 30)
    elapsed = time.perf_counter() - start
    while not free.empty():
        free.get_nowait().close()
    return _summary(latencies, statuses, elapsed)


async def saturate(port: int, raws: list[bytes], connections: int, seconds: float) -> dict[str, float]:
    """Closed loop: each connection sends its next request when the answer is in, until time runs out."""
    latencies: list[float] = []
    statuses: list[int] = []
    stop = time.perf_counter() + seconds

    async def worker(offset: int) -> None:
        connection = Connection(port)
        number = offset
        try:
            while time.perf_counter() < stop and len(latencies) < MAX_REQUESTS:
                begin = time.perf_counter()
                statuses.append(await connection.send(raws[number % len(raws)]))
                latencies.append(time.perf_counter() - begin)
                number += 1
        finally:
            connection.close()

    begin = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(worker(i) for i in range(connections))), timeout=seconds + 30)
    return _summary(latencies, statuses, time.perf_counter() - begin)


def drive(args: argparse.Namespace) -> None:
    review = _request("POST", "/api/review", args.cookie, json.dumps({"text": POST}).encode())
    pages = [_request("GET", path, args.cookie, None) for path in ("/", "/check", "/requests", "/documents")]
    results = {
        "review_fixed_rate": asyncio.run(fixed_rate(args.port, review, args.rate, args.seconds, 32)),
        "review_saturation": asyncio.run(saturate(args.port, [review], args.connections, args.seconds)),
        "pages_saturation": asyncio.run(saturate(args.port, pages, args.connections, args.seconds)),
        "pages_fixed_rate": asyncio.run(fixed_rate(args.port, pages[0], args.rate, args.seconds, 32)),
    }
    print(json.dumps(results))


# ---- the server and the report (first process) -----------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_org() -> tuple[str, str]:
    from argon2 import PasswordHasher, profiles

    from mediacode.org.loader import load_organization
    from mediacode.services.demo import create_demo
    from mediacode.services.demo_accounts import give_demo_passwords
    from mediacode.storage.db.database import open_database

    shutil.rmtree(ORG, ignore_errors=True)
    create_demo(ORG)
    db = open_database(ORG)
    try:
        chosen = give_demo_passwords(
            db, load_organization(ORG), hasher=PasswordHasher.from_parameters(profiles.CHEAPEST)
        )
    finally:
        db.close()
    employee = next(a for a in chosen if a.role == "employee")
    return employee.person_id, employee.password


def sign_in(url: str, person: str, password: str) -> str:
    body = json.dumps({"username": person, "password": password}).encode()
    request = urllib.request.Request(
        url + "api/login", data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as answer:  # loopback only
        cookie = answer.headers.get("set-cookie", "")
    match = re.search(r"mediacode_session=([^;]+)", cookie)
    if match is None:
        raise RuntimeError("signing in gave no session cookie")
    return match.group(1)


def wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("mediacode serve stopped")
        try:
            with urllib.request.urlopen(url + "login", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("mediacode serve did not start within 60 s")


WRK_SCRIPT = """wrk.method = "POST"
wrk.body = {body}
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "mediacode_session={cookie}"
"""


def run_wrk(url: str, cookie: str, seconds: float, connections: int) -> dict[str, float] | None:
    if shutil.which("wrk") is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT.format(body=json.dumps(json.dumps({"text": POST})), cookie=cookie))
    try:
        out = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{int(seconds)}s", "--latency", "-s", script.name,
             url + "api/review"],
            capture_output=True, text=True, timeout=seconds + 60, check=True,
        ).stdout  # fmt: skip
    finally:
        Path(script.name).unlink()
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def ms(match: re.Match[str] | None) -> float:
        if match is None:
            return float("nan")
        return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]

    return {
        "throughput": float(rate.group(1)) if rate else float("nan"),
        "p50_ms": ms(p50),
        "p99_ms": ms(p99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def show(label: str, result: dict[str, float]) -> None:
    requests = f"{int(result['requests']):>6,} req" if "requests" in result else " " * 10
    print(
        f"  {label:<44} {requests} {result['throughput']:>8,.0f} req/s  p50 {result['p50_ms']:6.1f} ms  "
        f"p99 {result['p99_ms']:6.1f} ms  errors {int(result['errors'])}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--drive", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cookie", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        drive(args)
        return

    person, password = build_org()
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    mediacode = str(Path(sys.executable).parent / "mediacode")
    env = {
        k: v for k, v in os.environ.items() if k not in ("MEDIACODE_DATABASE_URL", "MEDIACODE_SECURE_COOKIES")
    }
    server = subprocess.Popen(
        [mediacode, "serve", "--org", str(ORG), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    try:
        wait_until_up(url, server)
        cookie = sign_in(url, person, password)
        print(
            f"mediacode serve (one uvicorn process, no access log) of the demo organization; "
            f"load from a second process on 127.0.0.1; {os.cpu_count()} cores; "
            f"{args.seconds:.0f} s per run, at most {MAX_REQUESTS:,} requests"
        )
        client = subprocess.run(
            [sys.executable, __file__, "--drive", "--port", str(port), "--cookie", cookie, "--seconds",
             str(args.seconds), "--rate", str(args.rate), "--connections", str(args.connections)],
            capture_output=True, text=True, timeout=args.seconds * 4 + 180, check=True,
        )  # fmt: skip
        results = json.loads(client.stdout)
        show(f"POST /api/review at a fixed {args.rate:.0f}/s (open loop)", results["review_fixed_rate"])
        show(f"POST /api/review, {args.connections} connections (closed loop)", results["review_saturation"])
        show(f"GET / at a fixed {args.rate:.0f}/s (open loop)", results["pages_fixed_rate"])
        show(f"GET / /check /requests /documents, {args.connections} conn.", results["pages_saturation"])
        peer = run_wrk(url, cookie, args.seconds, args.connections)
        if peer is None:
            print("  wrk: not installed (make bench installs it from Debian); peer skipped")
        else:
            show(f"wrk: POST /api/review, {args.connections} connections", peer)
        fixed = results["review_fixed_rate"]
        best = max(results["review_saturation"]["throughput"], peer["throughput"] if peer else 0.0)
        print(
            f"targets: p99 at {args.rate:.0f}/s {fixed['p99_ms']:.1f} ms (< 50 ms: "
            f"{'met' if fixed['p99_ms'] < 50 else 'NOT met'}); review throughput {best:,.0f}/s "
            f"(>= 500/s: {'met' if best >= 500 else 'NOT met'})"
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
