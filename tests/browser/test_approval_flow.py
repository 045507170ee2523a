"""Employee and manager in a real browser: check a post, see the findings, ask approval, decide, read it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Person

pytestmark = pytest.mark.browser

DRAFT = (
    "Spannende tijden: met Project Kompas kunnen we straks veel sneller leveren in het oosten. "
    "Meer mag ik nog niet zeggen"
)
CLEAN = "Mooie dag op de beurs in Utrecht, dank aan iedereen die langskwam!"


def test_a_clean_post_has_no_marks_and_needs_no_approval(as_role: Callable[..., Person]) -> None:
    employee = as_role("employee")
    employee.page.get_by_role("link", name="Check a post").first.click()
    employee.page.get_by_label("Your draft").fill(CLEAN)
    employee.page.get_by_role("button", name="Check", exact=True).click()
    result = employee.page.locator("#result-title")
    expect(result).to_contain_text("Allowed")
    expect(employee.page.locator(".reviewed mark")).to_have_count(0)
    expect(employee.page.get_by_text("No findings")).to_be_visible()
    employee.shot("clean-post")


@pytest.mark.parametrize(
    ("decision", "status", "comment"),
    [
        ("Approve", "Approved", "Fine once the project is announced on Monday."),
        ("Reject", "Rejected", "Project Kompas is not public yet; leave it out."),
    ],
    ids=["approve", "reject"],
)
def test_employee_asks_approval_and_sees_the_managers_decision(
    as_role: Callable[..., Person], decision: str, status: str, comment: str
) -> None:
    employee = as_role("employee")
    page = employee.page
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    employee.shot("home")

    page.get_by_role("link", name="Check a post").first.click()
    page.get_by_label("Your draft").fill(DRAFT)
    page.get_by_role("button", name="Check", exact=True).click()
    expect(page.locator("#result-title")).to_contain_text("Approval required")
    marked = page.locator(".reviewed mark")
    expect(marked.first).to_contain_text("Project Kompas")
    expect(page.locator("ol.findings li").first).to_contain_text("Confidential")
    employee.shot("findings")

    page.get_by_role("button", name="Ask for approval").click()
    page.wait_for_url(re.compile(r"/requests#request-\d+$"))
    number = page.url.rsplit("-", 1)[1]
    mine = page.locator(f"#request-{number}")
    expect(mine).to_contain_text("Waiting for a decision")
    expect(mine.locator("mark").first).to_contain_text("Project Kompas")
    employee.shot("asked")

    manager = as_role("manager")
    manager.page.get_by_role("link", name="Approvals").first.click()
    queued = manager.page.locator("article.request").filter(
        has=manager.page.get_by_role("heading", name=re.compile(rf"^Request {number} by "))
    )
    expect(queued).to_contain_text("Waiting for a decision")
    expect(queued.locator("mark").first).to_contain_text("Project Kompas")
    queued.get_by_label("Comment (optional)").fill(comment)
    manager.shot("queue")
    queued.get_by_role("button", name=decision, exact=True).click()
    manager.page.wait_for_url(re.compile(r"/approvals$"))
    expect(queued).to_contain_text(status)
    expect(queued.get_by_role("button", name=decision, exact=True)).to_have_count(0)
    manager.shot("decided")

    employee.go("/")
    expect(page.get_by_role("status")).to_contain_text("new messages")
    employee.shot("notified")
    page.get_by_role("status").get_by_role("link").click()
    mine = page.locator(f"#request-{number}")
    expect(mine).to_contain_text(status)
    expect(mine).to_contain_text(comment)
    employee.shot("decision")
