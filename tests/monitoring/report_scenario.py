"""An organization with stored traffic for reports: the spec's example policy, consented, and Parquet.

Departments and their people in every month: Planning 12, Verkoop 15,
Financien 3 (below the minimum group size of 10, so always suppressed) and
ICT 11, plus two accounts that resolve to nobody. One person in Planning
visits gambling sites far more than the rest, for the flag.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from mediacode.services.governance import record_consent
from tests.conftest import DEV_ORG, EXAMPLE_POLICY
from tests.monitoring.parquet_fixture import mail_row, web_row, write_mail, write_web

TODAY = dt.date(2026, 12, 15)
MONTHS = (dt.date(2026, 10, 1), dt.date(2026, 11, 1))
DEPARTMENTS = {"Planning": 12, "Verkoop": 15, "Financien": 3, "ICT": 11}

CUSTOM_CONTROLS = """
  controls:
    - name: gambling_requests
      purpose: private_use
      description: Requests to gambling sites
      sql: >-
        SELECT department, COUNT(*) AS gambling, COUNT(DISTINCT person) AS users
        FROM web WHERE category = 'gambling' GROUP BY department
      flag:
        above_department_median: 3
        action: open_case
    - name: outbound_mail
      purpose: capacity
      sql: >-
        SELECT sender_department AS department, COUNT(DISTINCT message) AS messages,
        SUM(size) AS bytes, COUNT(DISTINCT sender) AS users
        FROM mail WHERE direction = 'outbound' GROUP BY sender_department
"""


def policy_text(extra_controls: str = CUSTOM_CONTROLS, dp: bool = False) -> str:
    text = EXAMPLE_POLICY.read_text(encoding="utf-8")
    text = text.replace(
        "  differential_privacy:\n    enabled: false",
        f"  differential_privacy:\n    enabled: {str(dp).lower()}",
    )
    text = text.replace(
        "  differential_privacy:", extra_controls.strip("\n") + "\n  differential_privacy:", 1
    )
    return text.replace("  blocked_domains: []", "  blocked_domains: []\n  category_list: categories")


def make_org(root: Path, extra_controls: str = CUSTOM_CONTROLS, dp: bool = False) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in ("people.csv", "relations.csv", "confidential.txt"):
        shutil.copyfile(DEV_ORG / name, root / name)
    (root / "policy.yaml").write_text(policy_text(extra_controls, dp), encoding="utf-8")
    for category, domains in {"malware": "bad.example\n", "phishing": "phish.example\n"}.items():
        (root / "categories" / category).mkdir(parents=True)
        (root / "categories" / category / "domains").write_text(domains, encoding="utf-8")
    record_consent(root, dt.date(2026, 3, 1), "OR-besluit 2026-04", today=TODAY)
    return root


def pseudonym(department: str, index: int) -> str:
    return f"{department.lower()}-{index:02d}".ljust(32, "0")


def write_traffic(state_dir: Path) -> None:
    web: list[dict[str, object]] = []
    mail: list[dict[str, object]] = []
    for first in MONTHS:
        for department, size in DEPARTMENTS.items():
            for i in range(size):
                person = pseudonym(department, i)
                for d in range(1 + i % 3):
                    day = first + dt.timedelta(days=d)
                    web.append(web_row(day, person, department, bytes_=1000 * (i + 1)))
                    web.append(web_row(day, person, department, host="shop.example", category="shopping"))
                if i % 2 == 0:
                    web.append(web_row(first, person, department, host="bad.example", category="malware"))
                if i % 4 == 1:
                    web.append(web_row(first, person, department, host="phish.example", category="phishing"))
                    mail.append(mail_row(first, "inbound", person, department, "phish.example", f"p{i}"))
                if i % 3 == 0:
                    web.append(
                        web_row(first, person, department, host="x.adult", category="adult", denied=True)
                    )
                gambling = 20 if (department, i) == ("Planning", 0) else 1 + i % 2
                web += [
                    web_row(first, person, department, host="bet.example", category="gambling")
                ] * gambling
                mail.append(
                    mail_row(first, "outbound", person, department, "client.example", f"o{department}{i}")
                )
                mail.append(
                    mail_row(first, "inbound", person, department, "mx.bad.example", f"b{department}{i}")
                )
        for unknown in ("unknown-a", "unknown-b"):
            web.append(web_row(first, unknown.ljust(32, "0"), None, host="bad.example", category="malware"))
    write_web(state_dir, web)
    write_mail(state_dir, mail)


def report_org(root: Path, extra_controls: str = CUSTOM_CONTROLS, dp: bool = False) -> Path:
    org = make_org(root, extra_controls, dp)
    write_traffic(org / ".mediacode")
    return org
