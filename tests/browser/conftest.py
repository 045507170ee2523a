"""Browser tests: ``mediacode serve`` on a free loopback port, Debian's Chromium driven by Playwright.

The server runs the demo organization with a month of demo logs ingested and
the demo accounts of ``mediacode demo --with-accounts`` (cheap argon2
parameters, same password). Chromium is ``/usr/bin/chromium`` (installed by
``.ci/run``), never a browser Playwright downloads; its launch flags keep it
off the network. Each step saves a screenshot under
``build/test-output/screenshots/`` for a person to look at.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, profiles
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from mediacode.cli.main import main
from mediacode.org.loader import load_organization
from mediacode.services.demo import create_demo
from mediacode.services.demo_accounts import DemoAccount, give_demo_passwords
from mediacode.storage.db.database import open_database
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "build" / "test-output" / "screenshots"
AXE = ROOT / "build" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
START_SECONDS = 60


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    root: Path
    accounts: dict[str, DemoAccount]
    """Role -> the demo account shown for it."""

    def account(self, role: str) -> DemoAccount:
        return self.accounts[role]


ADMINISTRATOR = "E060"
"""The demo names no system administrator; the browser tests make E060 one (same people, still the demo)."""


def _demo_with_logs_and_accounts(root: Path) -> dict[str, DemoAccount]:
    create_demo(root)
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    if "system_administrators" not in text:
        text = text.replace(
            "\ngovernance:\n", f"\ngovernance:\n  system_administrators: [{ADMINISTRATOR}]\n", 1
        )
        policy.write_text(text, encoding="utf-8")
    for source, log in (("squid", "access.log"), ("postfix", "maillog")):
        with Path(os.devnull).open("w") as quiet, contextlib.redirect_stdout(quiet):
            code = main(["ingest", "--org", str(root), "--source", source, str(root / "logs" / log)])
        assert code == 0, f"ingest of the demo's {log} failed"
    org = load_organization(root)
    db = open_database(root)
    try:
        chosen = give_demo_passwords(db, org, hasher=PasswordHasher.from_parameters(profiles.CHEAPEST))
    finally:
        db.close()
    return {str(account.role): account for account in chosen}


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"mediacode serve stopped (exit {process.returncode}):\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url + "login", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"mediacode serve did not answer within {START_SECONDS} s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``mediacode serve`` of a fresh demo organization, in its own process on 127.0.0.1."""
    root = tmp_path_factory.mktemp("browser") / "demo"
    accounts = _demo_with_logs_and_accounts(root)
    port = _free_port()
    unset = ("MEDIACODE_DATABASE_URL", "MEDIACODE_SECURE_COOKIES")
    env = {name: value for name, value in os.environ.items() if name not in unset}
    log = root.parent / "serve.log"
    mediacode = str(Path(sys.executable).parent / "mediacode")
    command = [mediacode, "serve", "--org", str(root), "--port", str(port)]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, process, log)
        yield Server(url, root, accounts)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@pytest.fixture(scope="session", autouse=True)
def _fresh_screenshots() -> None:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)


@dataclass
class Person:
    """One person's browser window: their page, their account, and numbered screenshots."""

    page: Page
    account: DemoAccount
    server: Server
    test: str
    shots: list[Path] = field(default_factory=list)

    def go(self, path: str) -> None:
        self.page.goto(self.server.url + path.lstrip("/"))

    def shot(self, step: str) -> Path:
        number = len(list(SCREENSHOTS.glob(f"{self.test}-*.png"))) + 1
        path = SCREENSHOTS / f"{self.test}-{number:02d}-{self.account.role}-{step}.png"
        self.page.screenshot(path=str(path), full_page=True)
        self.shots.append(path)
        return path

    def sign_in(self) -> None:
        self.go("/")
        assert "/login" in self.page.url
        self.page.get_by_label(re.compile("Employee number|Personeelsnummer")).fill(self.account.person_id)
        self.page.get_by_label(re.compile("^(Password|Wachtwoord)$")).fill(self.account.password)
        self.shot("sign-in")
        self.page.get_by_role("button", name=re.compile("^(Sign in|Inloggen)$")).click()
        self.page.wait_for_url(re.compile(r"/$"))


@pytest.fixture
def as_role(browser: Browser, server: Server, request: pytest.FixtureRequest) -> Iterator[Any]:
    """``as_role("employee")``: a new signed-in browser context for the demo account of that role."""
    contexts: list[BrowserContext] = []
    test = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower().removeprefix("test_")).strip("-")[:48]

    def open_as(role: str, locale: str = "en-GB", *, bypass_csp: bool = False) -> Person:
        context = browser.new_context(
            locale=locale, viewport={"width": 1100, "height": 800}, bypass_csp=bypass_csp
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        person = Person(context.new_page(), server.account(role), server, test)
        person.sign_in()
        return person

    yield open_as
    for context in contexts:
        context.close()


SERIOUS = ("serious", "critical")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """The serious and critical axe-core violations of the page as shown (needs a context that bypasses
    the app's CSP, which rightly refuses the injected script)."""
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{AXE} is missing: `make axe` installs axe-core from npm (CI must have it)")
        pytest.skip("axe-core is not installed (make axe; needs npm)")
    page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5)}))"""
    )
    return [v for v in found if v["impact"] in SERIOUS]
