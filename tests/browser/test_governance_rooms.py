"""Privacy officer, works council and administrator in a real browser, each doing their main task."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Person

pytestmark = pytest.mark.browser

REASON = "Far more refused requests to blocked categories than the department's norm"


def test_officer_opens_a_case_from_a_flag_and_the_works_council_approves_it(
    as_role: Callable[..., Person],
) -> None:
    officer = as_role("privacy_officer")
    page = officer.page
    page.get_by_role("link", name="Privacy officer").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Privacy officer")
    officer.shot("room")

    officer.go("/reports/private_use")
    expect(page.get_by_role("heading", level=1)).to_contain_text("private_use")
    suppressed = page.locator("td.suppressed")
    expect(suppressed.first).to_contain_text("suppressed")
    expect(page.locator("figure svg").first).to_be_visible()
    officer.shot("report")

    flag = page.locator("#flags-title ~ article").first
    pseudonym = flag.locator("code").inner_text()
    flag.get_by_text("Open a case on this pseudonym").click()
    flag.get_by_label(re.compile("^Reason")).fill(REASON)
    officer.shot("open-case")
    flag.get_by_role("button", name="Open a case").click()
    page.wait_for_url(re.compile(r"/cases/\d+$"))
    number = page.url.rsplit("/", 1)[1]
    expect(page.get_by_role("heading", level=1)).to_contain_text("Waiting for approvals")
    expect(page.locator("dl.facts")).to_contain_text(pseudonym)
    officer.shot("case-opened")

    council = as_role("works_council")
    council.go(f"/cases/{number}")
    expect(council.page.locator("dl.facts")).to_contain_text(REASON)
    council.page.get_by_label(re.compile("^Comment")).fill("The works council agrees: proportionate.")
    council.shot("case")
    council.page.get_by_role("button", name="Approve", exact=True).click()
    council.page.wait_for_url(re.compile(rf"/cases/{number}$"))
    approvals = council.page.locator("#approvals-title ~ ul")
    expect(approvals).to_contain_text("Works council")
    expect(approvals).to_contain_text("proportionate")
    expect(council.page.get_by_role("button", name="Approve", exact=True)).to_have_count(0)
    council.shot("approved")

    officer.go(f"/cases/{number}")
    expect(page.locator("#approvals-title ~ ul")).to_contain_text("Works council")
    officer.shot("case-after-council")


def test_works_council_sees_consent_status_and_statistics(as_role: Callable[..., Person]) -> None:
    council = as_role("works_council")
    council.page.get_by_role("link", name="Works council").first.click()
    expect(council.page.get_by_role("heading", level=1)).to_contain_text("Works council")
    expect(
        council.page.get_by_text("The consent covers the monitoring rules as they stand now.")
    ).to_be_visible()
    council.shot("room")


def test_administrator_sees_users_and_runs_without_identities(as_role: Callable[..., Person]) -> None:
    admin = as_role("administrator")
    admin.page.get_by_role("link", name="Administration").first.click()
    expect(admin.page.get_by_role("heading", level=1)).to_contain_text("Administration")
    accounts = admin.page.locator("#accounts-title ~ table").first
    expect(accounts).to_contain_text(admin.server.account("employee").person_id)
    expect(admin.page.locator("#ingest-title")).to_be_visible()
    body = admin.page.locator("main").inner_text()
    assert "@hollewijn-groothandel.example" not in body, "the administrator sees no e-mail addresses"
    admin.shot("room")
