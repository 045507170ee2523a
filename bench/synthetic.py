"""Deterministic synthetic Squid and Postfix logs for the ingest benchmarks, cached under build/bench/.

    uv run python bench/synthetic.py            # make (or reuse) both files and print their paths

Squid: users with Dutch-style account names (most authenticated, some ``-``),
Zipf-weighted hosts, about two thirds ``CONNECT host:443`` and the rest plain
HTTP with paths and query strings, a realistic mix of result codes, over 28
days from 2026-10-05. Postfix: complete smtpd/pickup -> cleanup -> qmgr -> smtp/lmtp ->
removed flows with one to three recipients, some deferred then sent, some
bounced, and ``NOQUEUE`` rejects. A file is rebuilt only when its generator
version, size or seed changes (recorded in a side file).
"""

from __future__ import annotations

import itertools
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "build" / "bench"
VERSION = 3
SQUID_LINES = 2_000_000
POSTFIX_MESSAGES = 300_000
START = 1_791_158_400  # 2026-10-05 00:00 UTC: after the demo's publication, inside its retention
DAYS = 28
LOCAL_DOMAIN = "bench-org.example"

_FIRST = (
    "jan",
    "piet",
    "kees",
    "anne",
    "sanne",
    "eva",
    "daan",
    "lotte",
    "bram",
    "fleur",
    "sem",
    "lisa",
    "ruben",
    "noor",
    "thijs",
    "emma",
    "joost",
    "iris",
    "koen",
    "femke",
    "mohamed",
    "fatima",
    "yusuf",
    "meryem",
)
_LAST = (
    "jansen",
    "devries",
    "bakker",
    "visser",
    "smit",
    "meijer",
    "dekker",
    "mulder",
    "bos",
    "vos",
    "peters",
    "hendriks",
    "vandam",
    "dijkstra",
    "kok",
    "vanleeuwen",
    "elamrani",
    "yilmaz",
    "prins",
    "huisman",
)
_WORDS = (
    "nieuws",
    "winkel",
    "bank",
    "cloud",
    "cdn",
    "api",
    "static",
    "media",
    "portal",
    "shop",
    "mail",
    "docs",
    "video",
    "kaart",
    "weer",
    "sport",
    "zoek",
    "auth",
    "login",
    "update",
    "files",
    "img",
    "ads",
    "track",
)
_TLDS = ("example", "example.com", "example.net", "example.org", "test")
_CODES = (
    ("TCP_MISS/200", 40),
    ("TCP_HIT/200", 12),
    ("TCP_MEM_HIT/200", 5),
    ("TCP_REFRESH_UNMODIFIED/304", 8),
    ("TCP_MISS/404", 3),
    ("TCP_MISS/302", 5),
    ("TCP_DENIED/403", 2),
    ("TCP_MISS_ABORTED/000", 1),
    ("TCP_MISS/500", 1),
)
_MIMES = (
    "text/html",
    "application/json",
    "image/png",
    "image/jpeg",
    "application/javascript",
    "text/css",
    "application/octet-stream",
    "-",
)


def _stamp_ok(path: Path, tag: str) -> bool:
    side = path.with_suffix(path.suffix + ".version")
    return path.exists() and side.exists() and side.read_text(encoding="utf-8") == tag


def _mark(path: Path, tag: str) -> None:
    path.with_suffix(path.suffix + ".version").write_text(tag, encoding="utf-8")


def _users(rng: random.Random, count: int) -> list[str]:
    names = [f"{f}.{last}" for f, last in itertools.product(_FIRST, _LAST)]
    rng.shuffle(names)
    return [names[i % len(names)] + (str(i // len(names)) if i >= len(names) else "") for i in range(count)]


def _hosts(rng: random.Random, count: int) -> list[str]:
    hosts = []
    for index in range(count):
        word = rng.choice(_WORDS)
        site = f"{rng.choice(_WORDS)}{index}"
        hosts.append(f"{word}.{site}.{rng.choice(_TLDS)}")
    return hosts


def write_squid(
    path: Path, lines: int = SQUID_LINES, seed: int = 7, start: int = START, days: int = DAYS
) -> Path:
    """Squid native lines, time-ordered over ``days`` from ``start``; about 135 bytes a line."""
    tag = f"squid v{VERSION} {lines} {seed}" + ("" if (start, days) == (START, DAYS) else f" {start} {days}")
    if _stamp_ok(path, tag):
        return path
    rng = random.Random(seed)
    users = _users(rng, 800)
    ips = [f"10.{i // 250}.{i % 250}.{(i * 7) % 250 + 1}" for i in range(len(users))]
    hosts = _hosts(rng, 20_000)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(hosts))]
    cumulative = list(itertools.accumulate(weights))
    codes, code_weights = zip(*_CODES, strict=True)
    code_cumulative = list(itertools.accumulate(code_weights))
    step = days * 86_400 / lines
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    choices = rng.choices
    randrange = rng.randrange
    random_ = rng.random
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        batch: list[str] = []
        picked_hosts = choices(hosts, cum_weights=cumulative, k=lines)
        picked_users = [randrange(len(users)) for _ in range(lines)]
        for number in range(lines):
            at = start + number * step
            u = picked_users[number]
            user = users[u] if random_() < 0.85 else "-"
            host = picked_hosts[number]
            if random_() < 0.65:
                denied = random_() < 0.01
                code = "TCP_DENIED/403" if denied else "TCP_TUNNEL/200"
                size = 3900 if denied else int(rng.lognormvariate(9.0, 1.6))
                hier = "HIER_NONE/-" if denied else f"HIER_DIRECT/198.51.{u % 200}.{number % 250}"
                batch.append(
                    f"{at:.3f} {randrange(10, 90000):>6} {ips[u]} {code} {size}"
                    f" CONNECT {host}:443 {user} {hier} -\n"
                )
            else:
                code = choices(codes, cum_weights=code_cumulative)[0]
                size = int(rng.lognormvariate(8.5, 1.8))
                path_part = f"/{rng.choice(_WORDS)}/{randrange(100000)}/{rng.choice(_WORDS)}.html"
                query = f"?id={randrange(10**6)}&utm_source={rng.choice(_WORDS)}" if random_() < 0.5 else ""
                mime = _MIMES[number % len(_MIMES)]
                batch.append(
                    f"{at:.3f} {randrange(1, 3000):>6} {ips[u]} {code} {size} GET http://{host}{path_part}{query}"
                    f" {user} HIER_DIRECT/203.0.{u % 200}.{number % 250} {mime}\n"
                )
            if len(batch) >= 50_000:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))
    tmp.replace(path)
    _mark(path, tag)
    return path


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _syslog(at: float) -> str:
    moment = datetime.fromtimestamp(int(at), UTC)
    return f"{_MONTHS[moment.month - 1]} {moment.day:>2} {moment:%H:%M:%S}"


def write_postfix(path: Path, messages: int = POSTFIX_MESSAGES, seed: int = 11) -> Path:
    """Postfix flows (about seven lines a message), time-ordered by message start; classic stamps."""
    tag = f"postfix v{VERSION} {messages} {seed}"
    if _stamp_ok(path, tag):
        return path
    rng = random.Random(seed)
    users = [f"{u}@{LOCAL_DOMAIN}" for u in _users(rng, 2000)]
    externals = [f"{rng.choice(_FIRST)}@{h.partition('.')[2]}" for h in _hosts(rng, 5000)]
    step = DAYS * 86_400 / messages
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    randrange = rng.randrange
    random_ = rng.random
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        batch: list[str] = []
        for number in range(messages):
            at = START + number * step
            stamp = _syslog(at)
            later = _syslog(at + 2)
            qid = f"{(number * 2654435761) % (1 << 40) | (1 << 39):010X}"
            if random_() < 0.05:
                batch.append(
                    f"{stamp} mx postfix/smtpd[{randrange(1000, 9999)}]: NOQUEUE: reject: RCPT from unknown"
                    f"[192.0.2.{number % 250}]: 554 5.7.1 Service unavailable; from=<{rng.choice(externals)}>"
                    f" to=<{rng.choice(users)}> proto=ESMTP helo=<spam{number}>\n"
                )
                continue
            outbound = random_() < 0.4
            sender = rng.choice(users) if outbound else rng.choice(externals)
            count = rng.choice((1, 1, 1, 2, 3))
            recipients = [rng.choice(externals) if outbound else rng.choice(users) for _ in range(count)]
            pid = randrange(1000, 9999)
            if outbound and random_() < 0.2:
                batch.append(f"{stamp} mx postfix/pickup[{pid}]: {qid}: uid=1000 from=<{sender}>\n")
            else:
                client = f"host{number % 500}.example[10.1.{number % 200}.3]"
                batch.append(f"{stamp} mx postfix/smtpd[{pid}]: connect from {client}\n")
                batch.append(f"{stamp} mx postfix/smtpd[{pid}]: {qid}: client={client}\n")
                batch.append(
                    f"{later} mx postfix/smtpd[{pid}]: disconnect from {client}"
                    " ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n"
                )
            batch.append(
                f"{stamp} mx postfix/cleanup[{pid + 1}]: {qid}: message-id=<{number}.{qid}@bench.example>\n"
            )
            batch.append(
                f"{stamp} mx postfix/qmgr[222]: {qid}: from=<{sender}>, size={randrange(800, 900000)},"
                f" nrcpt={count} (queue active)\n"
            )
            agent = "smtp" if outbound else "lmtp"
            for recipient in recipients:
                roll = random_()
                if roll < 0.05:
                    batch.append(
                        f"{stamp} mx postfix/{agent}[{pid + 2}]: {qid}: to=<{recipient}>, relay=none,"
                        " delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred"
                        " (connect to mx.example[203.0.113.1]:25: Connection timed out)\n"
                    )
                status = (
                    "bounced (host said: 550 5.1.1 unknown user)" if roll > 0.98 else "sent (250 2.0.0 Ok)"
                )
                dsn = "5.1.1" if roll > 0.98 else "2.0.0"
                batch.append(
                    f"{later} mx postfix/{agent}[{pid + 2}]: {qid}: to=<{recipient}>, relay=mx.example"
                    f"[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn={dsn}, status={status}\n"
                )
            batch.append(f"{later} mx postfix/qmgr[222]: {qid}: removed\n")
            if len(batch) >= 50_000:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))
    tmp.replace(path)
    _mark(path, tag)
    return path


def ensure_files(scale: float = 1.0) -> tuple[Path, Path]:
    """The Squid and Postfix files at ``scale`` times the default size (made once, then reused)."""
    suffix = "" if scale == 1.0 else f".x{scale:g}"
    squid = write_squid(BENCH_DIR / f"access{suffix}.log", int(SQUID_LINES * scale))
    postfix = write_postfix(BENCH_DIR / f"maillog{suffix}", int(POSTFIX_MESSAGES * scale))
    return squid, postfix


if __name__ == "__main__":
    for made in ensure_files(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0):
        print(made)
