"""Server time of every page of the rooms on the demo with a month of logs (target: under 100 ms).

    uv run python scripts/page_times.py [--rounds 20]

Builds the demo in a temporary folder, ingests its access.log and maillog,
sets passwords, and requests every page in-process (Starlette's TestClient,
no network): the first request of a page (cold: reports are built) and the
median and worst of the following rounds (warm). Not a test: a measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher, profiles
from fastapi.testclient import TestClient

from mediacode.org.loader import load_organization
from mediacode.services.accounts import set_password
from mediacode.services.demo import create_demo
from mediacode.services.ingest import ingest
from mediacode.storage.db.database import open_database
from mediacode.storage.layout import StorageSettings
from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings

PASSWORD = "page times password"  # noqa: S105 - a throwaway demo folder
ADMINISTRATOR = "E060"
PAGES = {
    "E003": [
        "/",
        "/officer",
        "/reports/security",
        "/reports/capacity",
        "/reports/private_use",
        "/cases",
        "/cases/1",
        "/api/officer",
        "/api/reports/private_use",
        "/api/cases",
    ],
    "E014": ["/council", "/reports/private_use", "/cases", "/api/council"],
    ADMINISTRATOR: ["/admin", "/api/admin/users", "/api/admin/runs"],
}


def prepare(root: Path) -> None:
    create_demo(root)
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    text = text.replace("\ngovernance:\n", f"\ngovernance:\n  system_administrators: [{ADMINISTRATOR}]\n", 1)
    policy.write_text(text, encoding="utf-8")
    today = dt.date.today()
    ingest(root, "squid", [root / "logs" / "access.log"], today, StorageSettings())
    ingest(root, "postfix", [root / "logs" / "maillog"], today, StorageSettings())
    db = open_database(root)
    org = load_organization(root)
    for person in PAGES:
        set_password(db, org, person, PASSWORD, hasher=PasswordHasher.from_parameters(profiles.CHEAPEST))
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "demo"
        prepare(root)
        app = create_app(WebSettings(org=root, secure_cookies=False, secret_key="page-times"))  # noqa: S106
        print(f"{'page':<28} {'role':<6} {'cold ms':>8} {'p50 ms':>8} {'max ms':>8}")
        worst = 0.0
        for person, paths in PAGES.items():
            with TestClient(app) as client:
                token = client.post("/api/login", json={"username": person, "password": PASSWORD}).json()
                if person == "E003":
                    flags = client.get("/api/reports/private_use").json()["flags"]
                    start = dt.date.today().replace(day=1) - dt.timedelta(days=1)
                    client.post(
                        "/api/cases",
                        json={
                            "pseudonym": flags[0]["pseudonym"],
                            "purpose": "private_use",
                            "reason": "Far more denied requests than the department",
                            "from": start.replace(day=1).isoformat(),
                            "to": start.isoformat(),
                        },
                        headers={"X-CSRF-Token": token["csrf_token"]},
                    )
                for path in paths:
                    times = []
                    for _ in range(rounds + 1):
                        began = time.perf_counter()
                        answer = client.get(path)
                        times.append((time.perf_counter() - began) * 1000)
                        assert answer.status_code == 200, (path, answer.status_code)
                    warm = times[1:]
                    worst = max(worst, statistics.median(warm))
                    print(
                        f"{path:<28} {person:<6} {times[0]:>8.1f} {statistics.median(warm):>8.1f} "
                        f"{max(warm):>8.1f}"
                    )
        print(f"slowest warm median: {worst:.1f} ms (target < 100 ms)")
        app.state.mediacode.database.close()


if __name__ == "__main__":
    main()
