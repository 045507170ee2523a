"""A month of Squid native ``access.log`` lines for the demo's people.

Mostly ``CONNECT host:443`` tunnels to work sites in working hours, some plain
HTTP with paths and query strings (which ingest must drop), private browsing
at lunch, a few requests without a user (``-``) and from accounts nobody in
``people.csv`` has, hits on the demo's malware and phishing domains, proxy
refusals (``TCP_DENIED/403``) for the blocked categories, and two people far
above their department's norm: one who keeps trying gambling sites, one who
streams video all day. Every host ends in ``.example``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from mediacode.org.demo.categories import CATEGORIES
from mediacode.org.demo.identity import DOMAIN
from mediacode.org.demo.log_month import LogMonth, lunch_moment, off_hours_moment, working_moment
from mediacode.org.demo.people import DEPARTMENTS, DemoPerson

PROXY_SEED = 4001
GAMBLER_DEPARTMENT = "Magazijn en Logistiek"
STREAMER_DEPARTMENT = "Verkoop"
UNKNOWN_ACCOUNTS: tuple[str, ...] = ("stagiair.magazijn", "svc-backup", "gast-leverancier")
SQUID_ERROR_LINES = 3
"""Squid's own ``error:invalid-request`` lines: they name no host and are rejected on purpose."""

_WORK_HOSTS: tuple[str, ...] = (
    f"erp.{DOMAIN}",
    f"intranet.{DOMAIN}",
    f"webmail.{DOMAIN}",
    "login.kantoorpakket.example",
    "docs.kantoorpakket.example",
    "cdn.kantoorpakket.example",
    "chat.kantoorpakket.example",
    "bestel.kraan-zonen.example",
    "portal.nordhaven-pumpen.example",
    "shop.vonk-elektro.example",
    "b2b.tegelaar-sanitair.example",
    "www.polarcool.example",
    "www.anker-bevestiging.example",
    "projecten.bouwgroep-meerwijk.example",
    "zoeken.handelsregister.example",
    "kaart.routeplanner.example",
)
_DEPARTMENT_HOSTS: dict[str, tuple[str, ...]] = {
    "Verkoop": ("crm.klantportaal.example", "offerte.prijsvergelijker.example"),
    "Inkoop": ("tenders.inkoopplatform.example", "koersen.grondstoffen.example"),
    "Magazijn en Logistiek": ("track.pakketdienst.example", "planning.vervoerder.example"),
    "ICT": (
        "packages.linux-spiegel.example",
        "status.kantoorpakket.example",
        "docs.netwerkleverancier.example",
    ),
    "Financiën": ("zakelijk.bank-noord.example", "portaal.belastingen.example"),
    "HR": ("salaris.verloning.example", "vacatures.banenbank.example"),
    "Directie": ("zakelijk.bank-noord.example", "beurs.nieuwsdienst.example"),
}
_HTTP_TARGETS: tuple[tuple[str, str, str], ...] = (
    # host, path with a query, content type: plain HTTP still happens for updates, feeds and old portals
    (
        "updates.besturingssysteem.example",
        "/pakketten/kb5031/patch.cab?arch=x64&kanaal=stabiel",
        "application/octet-stream",
    ),
    ("www.polarcool.example", "/catalogus/koelunits.pdf?versie=2026&klant=htg", "application/pdf"),
    ("feeds.nieuwsdienst.example", "/rss/economie.xml?token=abc123", "application/rss+xml"),
    (
        "dagblad-noord.example",
        "/artikel/regio/brand-in-loods?utm_source=kwetter&utm_medium=social",
        "text/html",
    ),
    ("koopjesmarkt.example", "/zoeken?q=tuinset+aanbieding&pagina=2", "text/html"),
    ("ocsp.certificaten.example", "/MFQwUjBQME4wTDAJBgUrDgMCGgUABBQ", "application/ocsp-response"),
)
_PRIVATE_HOSTS: tuple[str, ...] = (
    *(f"www.{d}" for d in CATEGORIES["news"]),
    *(f"www.{d}" for d in CATEGORIES["social_networks"]),
    *(f"www.{d}" for d in CATEGORIES["shopping"]),
    *(f"www.{d}" for d in CATEGORIES["webmail"]),
    "weer.vandaag.example",
    "uitslagen.sportkanaal.example",
)
_VIDEO_HOST = "stream.filmkanaal.example"
_MIME = ("text/html", "application/json", "image/png", "application/javascript", "text/css", "image/jpeg")


@dataclass(frozen=True, slots=True)
class _User:
    account: str
    """What the proxy logs as the user (``-`` when it did not authenticate)."""
    ip: str
    department: str
    activity: float
    """Relative number of requests a day."""


def _users(people: tuple[DemoPerson, ...], rng: random.Random) -> list[_User]:
    department_index = {d.name: i for i, d in enumerate(DEPARTMENTS)}
    users = []
    for number, person in enumerate(people, 1):
        account = person.email.partition("@")[0]
        ip = f"10.20.{department_index[person.department] + 1}.{number + 10}"
        users.append(_User(account, ip, person.department, rng.uniform(0.6, 1.4)))
    return users


def _line(
    at: dt.datetime,
    user: _User | None,
    ip: str,
    code: str,
    size: int,
    method: str,
    url: str,
    hierarchy: str,
    mime: str,
    rng: random.Random,
) -> tuple[dt.datetime, str]:
    elapsed = rng.randrange(2, 900) if method != "CONNECT" else rng.randrange(40, 120_000)
    account = user.account if user is not None else "-"
    stamp = f"{at.timestamp():.3f}"
    return at, f"{stamp} {elapsed:>6} {ip} {code} {size} {method} {url} {account} {hierarchy} {mime}"


def _tunnel(
    at: dt.datetime, user: _User, host: str, rng: random.Random, size: int | None = None
) -> tuple[dt.datetime, str]:
    size = size if size is not None else int(rng.lognormvariate(9.5, 1.3))
    peer = f"HIER_DIRECT/198.51.100.{rng.randrange(1, 255)}"
    return _line(at, user, user.ip, "TCP_TUNNEL/200", size, "CONNECT", f"{host}:443", peer, "-", rng)


def _denied(at: dt.datetime, user: _User, host: str, rng: random.Random) -> tuple[dt.datetime, str]:
    if rng.random() < 0.7:
        return _line(
            at,
            user,
            user.ip,
            "TCP_DENIED/403",
            3890,
            "CONNECT",
            f"{host}:443",
            "HIER_NONE/-",
            "text/html",
            rng,
        )
    url = f"http://{host}/index.php?sessie={rng.randrange(10**6)}"
    return _line(at, user, user.ip, "TCP_DENIED/403", 3912, "GET", url, "HIER_NONE/-", "text/html", rng)


def _http(at: dt.datetime, user: _User, rng: random.Random) -> tuple[dt.datetime, str]:
    host, path, mime = rng.choice(_HTTP_TARGETS)
    code = rng.choices(
        ("TCP_MISS/200", "TCP_HIT/200", "TCP_REFRESH_UNMODIFIED/304", "TCP_MISS/404"), weights=(60, 25, 10, 5)
    )[0]
    size = int(rng.lognormvariate(10.0, 1.5)) if code.endswith("/200") else rng.randrange(200, 900)
    hierarchy = (
        "HIER_NONE/-" if code.startswith("TCP_HIT") else f"HIER_DIRECT/203.0.113.{rng.randrange(1, 255)}"
    )
    return _line(at, user, user.ip, code, size, "GET", f"http://{host}{path}", hierarchy, mime, rng)


def _blocked_hosts() -> list[str]:
    hosts = [f"www.{d}" for d in CATEGORIES["gambling"]] + [f"www.{d}" for d in CATEGORIES["adult"]]
    return hosts + list(CATEGORIES["malware"]) + list(CATEGORIES["phishing"])


def access_log(people: tuple[DemoPerson, ...], month: LogMonth) -> str:
    """The ``access.log`` text: one month, sorted by time, ``\\n`` line ends."""
    rng = random.Random(PROXY_SEED)  # noqa: S311 - fictitious traffic, not security  # nosec B311  # fictitious demo traffic
    users = _users(people, rng)
    by_department: dict[str, list[_User]] = {}
    for user in users:
        by_department.setdefault(user.department, []).append(user)
    gambler = rng.choice([u for u in by_department[GAMBLER_DEPARTMENT] if u.activity > 0.8])
    streamer = rng.choice([u for u in by_department[STREAMER_DEPARTMENT] if u.activity > 0.8])
    unknown = [_User(a, f"10.20.9.{i + 20}", "", 0.3) for i, a in enumerate(UNKNOWN_ACCOUNTS)]
    terminals = [f"10.20.4.{200 + i}" for i in range(3)]  # warehouse scanners: no login, logged as "-"
    blocked = _blocked_hosts()
    lines: list[tuple[dt.datetime, str]] = []
    working_days = month.working_days
    for day in working_days:
        for user in users:
            requests = max(1, round(rng.gauss(16, 4) * user.activity))
            work = (*_WORK_HOSTS, *_DEPARTMENT_HOSTS[user.department])
            for _ in range(requests):
                at = working_moment(rng, day)
                roll = rng.random()
                if roll < 0.08:
                    lines.append(_http(at, user, rng))
                else:
                    lines.append(_tunnel(at, user, rng.choice(work), rng))
            for _ in range(rng.randrange(0, 4)):
                lines.append(_tunnel(lunch_moment(rng, day), user, rng.choice(_PRIVATE_HOSTS), rng))
            if rng.random() < 0.05:  # a pop-up, a mistyped address, a link in a mail
                lines.append(_denied(working_moment(rng, day), user, rng.choice(blocked), rng))
            if rng.random() < 0.04:
                lines.append(
                    _tunnel(off_hours_moment(rng, day), user, "updates.besturingssysteem.example", rng)
                )
        for _ in range(rng.randrange(4, 9)):
            gambling = f"www.{rng.choice(CATEGORIES['gambling'])}"
            lines.append(_denied(working_moment(rng, day), gambler, gambling, rng))
        for _ in range(rng.randrange(6, 12)):
            size = int(rng.lognormvariate(17.5, 0.4))  # tens of megabytes per stream
            lines.append(_tunnel(working_moment(rng, day), streamer, _VIDEO_HOST, rng, size))
        for account in unknown:
            for _ in range(rng.randrange(0, 4)):
                lines.append(_tunnel(working_moment(rng, day), account, rng.choice(_WORK_HOSTS), rng))
        for terminal in terminals:
            for _ in range(rng.randrange(5, 15)):
                host = rng.choice(_DEPARTMENT_HOSTS[GAMBLER_DEPARTMENT])
                lines.append(
                    _line(
                        working_moment(rng, day),
                        None,
                        terminal,
                        "TCP_TUNNEL/200",
                        int(rng.lognormvariate(8.5, 1.0)),
                        "CONNECT",
                        f"{host}:443",
                        "HIER_DIRECT/198.51.100.7",
                        "-",
                        rng,
                    )
                )
    lines.extend(_security_incidents(rng, users, working_days))
    for index in range(SQUID_ERROR_LINES):
        at = working_moment(rng, working_days[index * 5 % len(working_days)])
        user = rng.choice(users)
        lines.append(
            _line(
                at,
                None,
                user.ip,
                "NONE/400",
                3650,
                "NONE",
                "error:invalid-request",
                "HIER_NONE/-",
                "text/html",
                rng,
            )
        )
    lines.sort(key=lambda item: item[0])
    return "".join(f"{text}\n" for _, text in lines)


def _security_incidents(
    rng: random.Random, users: list[_User], working_days: tuple[dt.date, ...]
) -> list[tuple[dt.datetime, str]]:
    """A phishing wave one morning (most clicks refused) and a few fake-update downloads that got through."""
    lines = []
    wave = working_days[len(working_days) // 2]
    for user in rng.sample(users, 14):
        host = CATEGORIES["phishing"][0]
        at = dt.datetime(wave.year, wave.month, wave.day, 9, tzinfo=dt.UTC) + dt.timedelta(
            seconds=rng.randrange(5400)
        )
        if rng.random() < 0.8:
            lines.append(_denied(at, user, host, rng))
        else:
            lines.append(_tunnel(at, user, host, rng))
    for user in rng.sample(users, 4):
        day = rng.choice(working_days)
        host = rng.choice(CATEGORIES["malware"])
        url = f"http://{host}/download/setup.exe?ref=advertentie{rng.randrange(100)}"
        at = working_moment(rng, day)
        lines.append(
            _line(
                at,
                user,
                user.ip,
                "TCP_MISS/200",
                rng.randrange(400_000, 3_000_000),
                "GET",
                url,
                f"HIER_DIRECT/203.0.113.{rng.randrange(1, 255)}",
                "application/octet-stream",
                rng,
            )
        )
    return lines
