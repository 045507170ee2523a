"""The demo's month of proxy and mail logs: deterministic, parseable, and showing what ingest must handle."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from pathlib import Path

import pytest

from mediacode.monitoring.records import MailRecord, WebRecord
from mediacode.monitoring.sources import postfix, squid
from mediacode.monitoring.sources.reject import Notice, Reject
from mediacode.org.demo import build_demo_folder
from mediacode.org.demo.categories import BLOCKED_CATEGORIES, CATEGORIES
from mediacode.org.demo.identity import DOMAIN, PUBLISHED_ON
from mediacode.org.demo.log_month import LogMonth
from mediacode.org.demo.logs import ACCESS_LOG, MAILLOG, demo_logs
from mediacode.org.demo.mail_log import PRIVATE_TAG
from mediacode.org.demo.people import COMPANY_DOCTOR, WORKS_COUNCIL, DemoPerson
from mediacode.org.demo.proxy_log import GAMBLER_DEPARTMENT, SQUID_ERROR_LINES, UNKNOWN_ACCOUNTS
from mediacode.services.demo import create_demo

MONTH = LogMonth(2026, 10)
PEOPLE: tuple[DemoPerson, ...] = build_demo_folder().people


@pytest.fixture(scope="module")
def logs() -> dict[str, str]:
    return demo_logs(PEOPLE, MONTH)


@pytest.fixture(scope="module")
def web(logs: dict[str, str]) -> list[WebRecord | Reject]:
    return list(squid.parse(logs[ACCESS_LOG].splitlines()))


@pytest.fixture(scope="module")
def mail(logs: dict[str, str]) -> list[MailRecord | Reject | Notice]:
    lines = logs[MAILLOG].splitlines()
    return list(postfix.parse(lines, year=2026, local_domains=[DOMAIN], private_subject_tag=PRIVATE_TAG))


def blocked_domains() -> set[str]:
    return {domain for category in BLOCKED_CATEGORIES for domain in CATEGORIES[category]}


def registered(host: str) -> str:
    return host.removeprefix("www.")


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 11, 28), LogMonth(2026, 10)),
        (dt.date(2026, 11, 1), LogMonth(2026, 10)),
        (dt.date(2027, 1, 5), LogMonth(2026, 12)),
        (dt.date(2028, 3, 31), LogMonth(2028, 2)),
    ],
)
def test_the_logs_cover_the_month_before_today(today: dt.date, expected: LogMonth) -> None:
    assert LogMonth.before(today) == expected


def test_two_runs_give_the_same_bytes_and_another_month_other_dates(logs: dict[str, str]) -> None:
    assert demo_logs(PEOPLE, MONTH) == logs
    assert demo_logs(PEOPLE, LogMonth(2026, 9))[MAILLOG].startswith("Sep ")


def test_size_keeps_make_run_fast(logs: dict[str, str]) -> None:
    counts = {name: text.count("\n") for name, text in logs.items()}
    for name, count in counts.items():
        assert 10_000 <= count <= 40_000, name


def test_proxy_log_parses_with_only_the_intended_rejects(web: list[WebRecord | Reject]) -> None:
    rejects = [item for item in web if isinstance(item, Reject)]
    assert Counter(item.reason for item in rejects) == {"no_host": SQUID_ERROR_LINES}
    records = [item for item in web if isinstance(item, WebRecord)]
    assert all(record.at.year == MONTH.year and record.at.month == MONTH.month for record in records)
    assert min(record.at.date() for record in records) > PUBLISHED_ON
    assert [record.at for record in records] == sorted(record.at for record in records)


def test_proxy_log_has_every_kind_of_line_ingest_must_handle(logs: dict[str, str], web: list[object]) -> None:
    records = [item for item in web if isinstance(item, WebRecord)]
    methods = Counter(record.method for record in records)
    assert methods["CONNECT"] > 0.8 * len(records)
    assert methods["GET"] > 0
    assert "?" in logs[ACCESS_LOG] and "/download/setup.exe" in logs[ACCESS_LOG]  # paths and queries to drop
    users = Counter(record.user for record in records)
    assert users[None] > 0
    assert set(UNKNOWN_ACCOUNTS) <= set(users)
    known = {person.email.partition("@")[0] for person in PEOPLE}
    assert known <= set(users)
    denied_hosts = {registered(r.host) for r in records if r.cache_result == "TCP_DENIED"}
    assert denied_hosts <= blocked_domains() and len(denied_hosts) >= 5
    malware = {registered(r.host) for r in records if r.cache_result != "TCP_DENIED"} & set(
        CATEGORIES["malware"]
    )
    assert malware


def test_one_person_tries_gambling_far_above_the_department_norm(web: list[object]) -> None:
    gambling = set(CATEGORIES["gambling"])
    department = {
        person.email.partition("@")[0] for person in PEOPLE if person.department == GAMBLER_DEPARTMENT
    }
    attempts = Counter(
        item.user
        for item in web
        if isinstance(item, WebRecord) and item.user in department and registered(item.host) in gambling
    )
    per_person = sorted((attempts[user] for user in department), reverse=True)
    assert per_person[0] > 3 * max(1, statistics.median(per_person))
    assert per_person[1] <= 3 * max(1, statistics.median(per_person))


def test_mail_log_parses_without_rejects(mail: list[object]) -> None:
    assert not [item for item in mail if isinstance(item, Reject)]
    notices = Counter(item.reason for item in mail if isinstance(item, Notice))
    assert notices == {"unfinished_at_end": 2}


@pytest.mark.parametrize("group", [WORKS_COUNCIL, COMPANY_DOCTOR])
def test_mail_log_holds_privileged_mail_to_spare(mail: list[object], group: str) -> None:
    members = {person.email for person in PEOPLE if group in person.groups}
    privileged = [
        item
        for item in mail
        if isinstance(item, MailRecord) and ({item.sender} | set(item.recipients)) & members
    ]
    assert len(privileged) >= 20


def test_mail_log_has_private_marked_deferred_bounced_and_rejected_mail(mail: list[object]) -> None:
    records = [item for item in mail if isinstance(item, MailRecord)]
    assert sum(record.subject_marker_private for record in records) >= 20
    statuses = Counter(record.status for record in records)
    assert statuses["bounced"] > 0 and statuses["rejected"] > 0 and statuses["deferred"] > 0
    directions = Counter(record.direction for record in records)
    assert directions["inbound"] and directions["outbound"] and directions["internal"]


def test_mail_log_keeps_subjects_only_in_header_check_lines(logs: dict[str, str]) -> None:
    subject_lines = [line for line in logs[MAILLOG].splitlines() if "Subject:" in line]
    assert subject_lines and all(PRIVATE_TAG in line and "postfix/cleanup" in line for line in subject_lines)


def test_create_demo_writes_the_logs(tmp_path: Path) -> None:
    result = create_demo(tmp_path / "org", today=dt.date(2026, 11, 28))
    assert result.log_month == "2026-10"
    assert {ACCESS_LOG, MAILLOG} <= set(result.written)
    assert (tmp_path / "org" / ACCESS_LOG).read_text(encoding="utf-8").count("\n") > 10_000
