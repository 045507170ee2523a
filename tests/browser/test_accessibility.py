"""axe-core (from npm, injected from build/npm, no CDN) finds no serious or critical violation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import Person, Server, axe_violations

pytestmark = pytest.mark.browser

PAGES = [
    ("employee", "/"),
    ("employee", "/check"),
    ("employee", "/requests"),
    ("employee", "/documents"),
    ("employee", "/my-data"),
    ("manager", "/approvals"),
    ("privacy_officer", "/officer"),
    ("privacy_officer", "/reports/private_use"),
    ("privacy_officer", "/cases"),
    ("works_council", "/council"),
    ("administrator", "/admin"),
]


@pytest.mark.parametrize(("role", "path"), PAGES)
def test_main_pages_have_no_serious_violations(as_role: Callable[..., Person], role: str, path: str) -> None:
    person = as_role(role, bypass_csp=True)
    person.go(path)
    assert axe_violations(person.page) == []


def test_check_result_has_no_serious_violations(as_role: Callable[..., Person]) -> None:
    person = as_role("employee", bypass_csp=True)
    person.go("/check")
    person.page.get_by_label("Your draft").fill("Project Kompas komt eraan, bel me op 06 1234 5678")
    person.page.get_by_role("button", name="Check", exact=True).click()
    person.page.locator("ol.findings").wait_for()
    assert axe_violations(person.page) == []


@pytest.mark.parametrize("locale", ["en-GB", "nl-NL"])
def test_sign_in_page_has_no_serious_violations(browser: Browser, server: Server, locale: str) -> None:
    context = browser.new_context(locale=locale, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(server.url + "login")
        assert page.locator("html").get_attribute("lang") == locale[:2]
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ('<main><button type="button"></button></main>', "button-name"),
        ('<main><form><input type="text" id="x"></form></main>', "label"),
        ("<main><p>Nothing wrong here.</p></main>", None),
    ],
    ids=["button-without-name", "input-without-label", "clean"],
)
def test_the_check_itself_finds_what_it_should(browser: Browser, body: str, rule: str | None) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(f'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>{body}</body>')
        found = [v["id"] for v in axe_violations(page)]
        assert found == ([rule] if rule else [])
    finally:
        context.close()
