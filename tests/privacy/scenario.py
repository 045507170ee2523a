"""Everything mediacode does to one demo organization, end to end, with every output kept for the scan.

``run_scenario(root)`` builds ``root/org`` with ``mediacode demo --with-accounts``,
adds synthetic combined and Microsoft 365 logs, runs every command (in one
Python process per batch, like ``scripts/run-demo.sh``, with stdout and stderr
captured under ``root/captured``), serves the web app as ``mediacode serve``
(its output captured too) and drives it as each role over loopback. Reports
and exports go to ``root/outputs``. The inputs stay under ``root/org`` and
``root/inputs``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import gzip
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher, profiles

from mediacode.org.loader import load_organization
from mediacode.services.accounts import set_password
from mediacode.storage.db.database import open_database

ADMINISTRATOR = "E060"
PASSWORD = "hollewijn-demo"
ADMIN_PASSWORD = "correct horse battery staple"
ROLES = ("employee", "manager", "privacy_officer", "works_council")

RUN_MANY = """
import json, sys
from mediacode.cli.main import main
failed = 0
for line in sys.stdin:
    args = json.loads(line)
    print("== mediacode " + " ".join(args), flush=True)
    print("== mediacode " + " ".join(args), file=sys.stderr, flush=True)
    code = main(args)
    sys.stdout.flush(); sys.stderr.flush()
    if code != 0:
        print(f"FAILED exit {code}: mediacode {' '.join(args)}", flush=True)
        failed = 1
sys.exit(failed)
"""


@dataclass
class Scenario:
    root: Path
    org: Path
    inputs: Path
    outputs: Path
    captured: Path
    accounts: dict[str, str] = field(default_factory=dict)
    """role -> person id of the demo accounts."""
    subject: str = ""
    """The person a revealed case names."""
    rights_people: list[str] = field(default_factory=list)
    checked_posts: list[str] = field(default_factory=list)
    asked_posts: list[str] = field(default_factory=list)
    combined_lines: list[str] = field(default_factory=list)
    m365_rows: list[dict[str, str]] = field(default_factory=list)
    org_files_before: dict[str, str] = field(default_factory=dict)
    """Relative path -> SHA-256 of every file of the org folder outside ``.mediacode`` at the start."""

    def org_files(self) -> dict[str, str]:
        import hashlib

        return {
            p.relative_to(self.org).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.org.rglob("*"))
            if p.is_file() and ".mediacode" not in p.relative_to(self.org).parts
        }

    @property
    def state(self) -> Path:
        return self.org / ".mediacode"


def _mediacode() -> list[str]:
    return [str(Path(sys.executable).parent / "mediacode")]


def run_batch(scenario: Scenario, name: str, commands: list[list[str]]) -> str:
    """Run CLI commands in one process; stdout/stderr kept as captured/<name>.out/.err; stdout returned."""
    out = scenario.captured / f"{name}.out"
    err = scenario.captured / f"{name}.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        done = subprocess.run(
            [sys.executable, "-c", RUN_MANY],
            input="".join(json.dumps(c) + "\n" for c in commands).encode(),
            stdout=stdout,
            stderr=stderr,
            timeout=900,
            check=False,
            env=_env(),
        )
    text = out.read_text(encoding="utf-8")
    assert done.returncode == 0, f"{name}: {text[-3000:]}\n{err.read_text(encoding='utf-8')[-3000:]}"
    return text


def _env() -> dict[str, str]:
    drop = ("MEDIACODE_DATABASE_URL", "MEDIACODE_SECURE_COOKIES", "MEDIACODE_SECRET_KEY")
    return {k: v for k, v in os.environ.items() if k not in drop} | {"COLUMNS": "200"}


def _log_month(today: dt.date) -> tuple[int, int]:
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.year, last.month


def _people(org: Path) -> list[dict[str, str]]:
    import csv

    with (org / "people.csv").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def write_combined(scenario: Scenario, year: int, month: int) -> Path:
    """An Apache combined proxy log: people's local parts as users, paths, queries, referers, agents."""
    people = _people(scenario.org)[:30]
    months = calendar.month_abbr
    lines = []
    for number, person in enumerate(people * 3):
        user = person["email"].split("@")[0] if number % 4 else "-"
        day = 2 + number % 20
        stamp = f"[{day:02d}/{months[month]}/{year}:{8 + number % 9:02d}:{number % 60:02d}:07 +0200]"
        path = f"/kwartaal/verslag-{number:03d}/bijlage.pdf?dossier=zaak{number:04d}x"
        referer = f"http://intranet.hollewijn.example/verwijzing/pagina-{number:03d}?sessie=ref{number:04d}"
        lines.append(
            f"10.30.{number % 7}.{20 + number} - {user} {stamp} "
            f'"GET http://archief-{number % 5}.example{path} HTTP/1.1" 200 {1000 + number} '
            f'"{referer}" "Mozilla/5.0 (Agent-{number:03d})"'
        )
    # An account nobody in people.csv has, and lines that do not parse (counted, their text not kept).
    lines += [
        f"10.30.8.8 - onbekende.gebruiker [09/{months[month]}/{year}:10:00:00 +0200] "
        '"GET http://archief-1.example/onbekend/pad-77?wie=onbekend77 HTTP/1.1" 200 10 "-" "-"',
        f"10.30.8.9 - kapotte.regel [31/Xyz/{year}:10:00:00 +0200] "
        '"GET http://archief-2.example/kapot/pad-88?geheim=kapot88 HTTP/1.1" 200 10 "-" "-"',
        f"10.30.8.10 - nog.een.kapotte [09/{months[month]}/{year}:10:00:00 +0200] "
        '"GET http://archief-3.example/kapot/pad-99?geheim=kapot99 HTTP/1.1" OK 10 "-" "-"',
    ]
    scenario.combined_lines = lines
    target = scenario.inputs / "combined.log"
    target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return target


def write_m365(scenario: Scenario, year: int, month: int) -> Path:
    """A message trace (enhanced summary report): addresses, subjects, message ids, client IPs."""
    people = _people(scenario.org)[10:40]
    header = (
        "origin_timestamp_utc,sender_address,recipient_status,message_subject,total_bytes,message_id,"
        "network_message_id,original_client_ip,directionality,connector_id,delivery_priority"
    )
    rows = []
    for number, person in enumerate(people):
        colleague = people[(number + 1) % len(people)]["email"]
        outside = f"relatie{number:03d}@klantbedrijf-{number % 4}.example"
        subject = f"Offerte dossier Zilverreiger-{number:03d} vertrouwelijk"
        if number % 6 == 0:
            subject = f"[PRIVE] verhuizing Kievit-{number:03d}"
        rows.append(
            {
                "time": f"{year}-{month:02d}-{3 + number % 20:02d}T09:{number % 60:02d}:11.1234567Z",
                "sender": person["email"],
                "recipients": f"{colleague}##Receive, Deliver;{outside}##Receive, Send",
                "subject": subject,
                "size": str(2048 + number),
                "message_id": f"<m365-{number:04d}.trace@hollewijn-groothandel.example>",
                "network": f"netmsg-{number:04d}-c0ffee",
                "ip": f"10.40.{number % 5}.{30 + number}",
            }
        )
    bad = dict(
        rows[0],
        time="32/13/2026 25:61",
        sender="kapot.adres@hollewijn-groothandel.example",
        subject="Kapotte rij Pijlstaart-123",
        message_id="<kapot-0001@x.example>",
        ip="10.40.9.9",
    )
    rows.append(bad)
    scenario.m365_rows = rows
    lines = [header]
    for row in rows:
        lines.append(
            f'{row["time"]},{row["sender"]},"{row["recipients"]}","{row["subject"]}",{row["size"]},'
            f"{row['message_id']},{row['network']},{row['ip']},Originating,,Normal"
        )
    target = scenario.inputs / "messagetrace.csv"
    target.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return target


def prepare(root: Path, today: dt.date) -> Scenario:
    scenario = Scenario(
        root=root,
        org=root / "org",
        inputs=root / "inputs",
        outputs=root / "outputs",
        captured=root / "captured",
    )
    for folder in (scenario.inputs, scenario.outputs, scenario.captured):
        folder.mkdir(parents=True)
    demo_out = run_batch(scenario, "0-demo", [["demo", "--out", str(scenario.org), "--with-accounts"]])
    for line in demo_out.splitlines():
        match = re.match(r"\s+(employee|manager|privacy_officer|works_council)\s+(E\d+)\s", line)
        if match:
            scenario.accounts[match.group(1)] = match.group(2)
    assert set(scenario.accounts) == set(ROLES), demo_out
    # All four source kinds declared; an administrator for the admin pages; consent again for the new hash.
    policy = scenario.org / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    text = text.replace("sources: [squid, postfix]", "sources: [squid, combined, postfix, m365]", 1)
    text = text.replace("\ngovernance:\n", f"\ngovernance:\n  system_administrators: [{ADMINISTRATOR}]\n", 1)
    policy.write_text(text, encoding="utf-8")
    org = load_organization(scenario.org)
    db = open_database(scenario.org)
    try:
        set_password(
            db, org, ADMINISTRATOR, ADMIN_PASSWORD, hasher=PasswordHasher.from_parameters(profiles.CHEAPEST)
        )
    finally:
        db.close()
    year, month = _log_month(today)
    write_combined(scenario, year, month)
    write_m365(scenario, year, month)
    plain_log = scenario.org / "logs" / "access.log"
    with plain_log.open("rb") as plain, gzip.open(scenario.inputs / "access.log.1.gz", "wb") as packed:
        shutil.copyfileobj(plain, packed)
    scenario.org_files_before = scenario.org_files()
    return scenario


def monitoring(scenario: Scenario, today: dt.date) -> None:
    org = str(scenario.org)
    out = scenario.outputs
    (out / "reports").mkdir()
    (out / "rights").mkdir()
    logs = scenario.org / "logs"
    squid_gz, combined, trace = (
        str(scenario.inputs / n) for n in ("access.log.1.gz", "combined.log", "messagetrace.csv")
    )
    commands: list[list[str]] = [
        ["policy", "consent", "--org", org, "--on", "2026-09-07", "--reference", "OR-besluit 2026-09"],
        ["policy", "lint", "--org", org],
        ["policy", "status", "--org", org],
        ["ingest", "--org", org, "--source", "squid", str(logs / "access.log")],
        ["ingest", "--org", org, "--source", "squid", squid_gz, "--format", "json"],
        ["ingest", "--org", org, "--source", "combined", combined, "--format", "json"],
        ["ingest", "--org", org, "--source", "postfix", str(logs / "maillog"), "--format", "json"],
        ["ingest", "--org", org, "--source", "m365", trace],
        ["status", "--org", org],
        ["status", "--org", org, "--format", "json"],
    ]  # fmt: skip
    for purpose in ("security", "capacity", "private_use"):
        for fmt in ("text", "json", "csv", "html"):
            commands.append(["report", "--org", org, "--purpose", purpose, "--format", fmt])
            commands.append(
                ["report", "--org", org, "--purpose", purpose, "--format", fmt, "-o",
                 str(out / "reports" / f"{purpose}.{fmt}")]
            )  # fmt: skip
    commands += [
        ["retention", "apply", "--org", org],
        ["retention", "apply", "--org", org, "--format", "json"],
        ["audit", "verify", "--org", org],
        ["audit", "head", "--org", org, "-o", str(out / "audit-head.json")],
        ["case", "list", "--org", org],
    ]
    run_batch(scenario, "1-monitoring", commands)

    report = json.loads((out / "reports" / "private_use.json").read_text(encoding="utf-8"))
    flag = report["flags"][0]
    year, month = map(int, flag["period"].split("-"))
    first, last = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    officer = scenario.accounts["privacy_officer"]
    council = scenario.accounts["works_council"]
    director = next(p["id"] for p in _people(scenario.org) if p["role"] == "director")
    run_batch(
        scenario,
        "2-case",
        [
            ["case", "open", "--org", org, "--as", director, "--pseudonym", flag["pseudonym"],
             "--purpose", "private_use", "--reason", "Far more refused requests than the norm",
             "--from", first.isoformat(), "--to", last.isoformat()],
            ["case", "approve", "--org", org, "--as", officer, "--case", "1"],
            ["case", "approve", "--org", org, "--as", council, "--case", "1"],
            ["case", "reveal", "--org", org, "--as", officer, "--case", "1"],
            ["case", "notify", "--org", org, "--as", officer, "--case", "1", "--on", today.isoformat()],
            ["case", "show", "--org", org, "--case", "1"],
            ["case", "list", "--org", org],
        ],
    )  # fmt: skip
    shown = run_batch(
        scenario, "3-case-json", [["case", "show", "--org", org, "--case", "1", "--format", "json"]]
    )
    scenario.subject = json.loads(shown.split("\n", 1)[1])["subject"]
    scenario.rights_people = [scenario.subject, officer]
    run_batch(
        scenario,
        "4-rights",
        [
            ["rights", "export", "--org", org, "--person", p, "--out", str(out / "rights" / f"{p}.html")]
            for p in scenario.rights_people
        ]
        + [["audit", "verify", "--org", org]],
    )  # fmt: skip


# ---- the web app over loopback -----------------------------------------------------------------


class Browser:
    """One signed-in client: the session cookie and the CSRF token."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def call(
        self, method: str, path: str, body: object = None, form: dict[str, str] | None = None
    ) -> tuple[int, bytes, dict[str, str]]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        data: bytes | None = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if form is not None:
            from urllib.parse import urlencode

            data = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.csrf:
            headers["X-CSRF-Token"] = self.csrf
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=data, headers=headers)
            answer = connection.getresponse()
            payload = answer.read()
            for name, value in answer.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";", 1)[0]
            return answer.status, payload, {k.lower(): v for k, v in answer.getheaders()}
        finally:
            connection.close()

    def login(self, username: str, password: str) -> None:
        status, payload, _ = self.call("POST", "/api/login", {"username": username, "password": password})
        assert status == 200, payload
        self.csrf = json.loads(payload)["csrf_token"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, "mediacode serve stopped"
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/login")
            connection.getresponse().read()
            connection.close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("mediacode serve did not start")


def colleague_post(scenario: Scenario) -> str:
    people = {p["id"]: p for p in _people(scenario.org)}
    author = people[scenario.accounts["employee"]]
    colleague = next(
        p for p in people.values() if p["department"] == author["department"] and p is not author
    )
    return (
        f"Vandaag met {colleague['name']} de voorraad geteld, Reigersbek-4471 klopt niet. "
        "Stort de borg op NL91ABNA0417164300 graag."
    )


def web(scenario: Scenario) -> None:
    port = free_port()
    out = (scenario.captured / "serve.out").open("wb")
    err = (scenario.captured / "serve.err").open("wb")
    server = subprocess.Popen(
        [*_mediacode(), "serve", "--org", str(scenario.org), "--host", "127.0.0.1", "--port", str(port)],
        stdout=out,
        stderr=err,
        env=_env(),
    )
    try:
        wait_until_up(port, server)
        _drive(scenario, port)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        out.close()
        err.close()


def _drive(scenario: Scenario, port: int) -> None:
    people = {p["id"]: p for p in _people(scenario.org)}
    employee_id = scenario.accounts["employee"]
    # A failed sign-in with an e-mail address, then the employee signs in by e-mail address.
    stranger = Browser(port)
    status, _, _ = stranger.call(
        "POST", "/api/login", {"username": people["E040"]["email"], "password": "not the password at all"}
    )
    assert status == 401
    employee = Browser(port)
    employee.login(people[employee_id]["email"], PASSWORD)

    checked = colleague_post(scenario)
    checked_form = "Morgen met de hele ploeg naar Tureluur-5530; mijn nummer is 06-12345678, bel gerust."
    scenario.checked_posts = [checked, checked_form]
    status, payload, _ = employee.call("POST", "/api/review", {"text": checked})
    assert status == 200, payload
    assert json.loads(payload)["verdict"] != "allowed"
    status, _, _ = employee.call("POST", "/check", form={"text": checked_form, "csrf_token": employee.csrf})
    assert status == 200

    asked = "Onze nieuwe vestiging in Grutto-9921 opent volgende maand, de omzet steeg met 18 procent."
    scenario.asked_posts = [asked]
    status, payload, _ = employee.call("POST", "/api/requests", {"text": asked})
    assert status == 201, payload
    for path in ("/", "/check", "/requests", "/documents", "/my-data", "/api/me", "/api/requests",
                 "/api/notifications", "/api/documents"):  # fmt: skip
        status, payload, _ = employee.call("GET", path)
        assert status == 200, (path, payload[:300])
    for fmt in ("html", "json"):
        status, export, _ = employee.call(
            "POST", "/my-data/export", form={"format": fmt, "csrf_token": employee.csrf}
        )
        assert status == 200, export[:300]
        (scenario.outputs / "rights" / f"web-{employee_id}.{fmt}").write_bytes(export)

    manager = Browser(port)
    manager.login(scenario.accounts["manager"], PASSWORD)
    status, payload, _ = manager.call("GET", "/api/approvals")
    assert status == 200
    request_id = json.loads(payload)[0]["id"]
    status, payload, _ = manager.call("POST", f"/api/approvals/{request_id}", {"decision": "approve"})
    assert status == 200, payload
    for path in ("/", "/approvals", "/requests", "/documents", "/my-data"):
        status, payload, _ = manager.call("GET", path)
        assert status == 200, (path, payload[:300])

    officer = Browser(port)
    officer.login(scenario.accounts["privacy_officer"], PASSWORD)
    for path in ("/", "/officer", "/reports/private_use", "/reports/security", "/cases", "/cases/1",
                 "/api/cases", "/api/cases/1", "/api/officer", "/api/reports/capacity"):  # fmt: skip
        status, payload, _ = officer.call("GET", path)
        assert status == 200, (path, payload[:300])

    council = Browser(port)
    council.login(scenario.accounts["works_council"], PASSWORD)
    for path in ("/", "/council", "/cases", "/cases/1", "/reports/private_use", "/api/council"):
        status, payload, _ = council.call("GET", path)
        assert status == 200, (path, payload[:300])

    admin = Browser(port)
    admin.login(ADMINISTRATOR, ADMIN_PASSWORD)
    for path in ("/", "/admin", "/api/admin/users", "/api/admin/runs"):
        status, payload, _ = admin.call("GET", path)
        assert status == 200, (path, payload[:300])
    # A route the role may not use: 403, and nothing about the resource.
    assert employee.call("GET", "/officer")[0] == 403
    for browser in (employee, manager, officer, council, admin):
        assert browser.call("POST", "/api/logout")[0] in (200, 204)


def run_scenario(root: Path) -> Scenario:
    today = dt.date.today()
    scenario = prepare(root, today)
    monitoring(scenario, today)
    web(scenario)
    org = str(scenario.org)
    run_batch(
        scenario,
        "5-after-web",
        [["retention", "apply", "--org", org], ["status", "--org", org], ["audit", "verify", "--org", org]],
    )
    return scenario
