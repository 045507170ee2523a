"""Sign-in brute force: the lockout follows the account whatever spelling of its name is tried, the
answers do not tell known from unknown names, and one client is limited across names."""

from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from mediacode.services.sign_in import MAX_CLIENT_FAILURES, MAX_USER_FAILURES
from tests.security.conftest import Target
from tests.web.conftest import PASSWORD, PEOPLE

EMPLOYEE = PEOPLE["employee"]  # E002, luca.brouwer@hollewijn-groothandel.example
EMAIL = "luca.brouwer@hollewijn-groothandel.example"
WRONG = "not the password at all"
SPELLINGS = [
    [EMPLOYEE] * 5,
    [EMAIL, EMAIL.upper(), f"  {EMAIL}", f"{EMAIL}\t", EMAIL.title()],
    [f" {EMPLOYEE}", f"{EMPLOYEE} ", f"\t{EMPLOYEE}\n", EMAIL.swapcase(), EMPLOYEE],
]
NEVER_THE_ACCOUNT = ["e002", "E002\u200b", "Ｅ００２", "E 002", "E002@", f"{EMAIL}.", "E0002"]


@pytest.fixture(autouse=True)
def cheap_dummy_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unknown names are checked against a dummy hash of production cost (~0.1 s); the tests' own
    passwords use the cheapest parameters, so the dummy does too here (the count of checks is tested)."""
    from argon2 import profiles

    from mediacode.services import sign_in

    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST).hash("not a password anyone has")
    monkeypatch.setattr(sign_in, "_dummy_hash", lambda: cheap)


def _login(client: TestClient, username: str, password: str) -> object:
    return client.post("/api/login", json={"username": username, "password": password})


@pytest.mark.parametrize("spellings", SPELLINGS, ids=["id", "e-mail-cases", "mixed"])
@pytest.mark.parametrize("then", [EMPLOYEE, EMAIL.upper(), f" {EMAIL} "])
def test_five_failures_in_any_spelling_lock_the_account_for_every_spelling(
    fresh: Target, spellings: list[str], then: str
) -> None:
    assert len(spellings) == MAX_USER_FAILURES
    with TestClient(fresh.app) as client:
        for name in spellings:
            assert _login(client, name, WRONG).status_code == 401  # type: ignore[attr-defined]
        locked = _login(client, then, PASSWORD)
    assert locked.status_code == 429  # type: ignore[attr-defined]
    assert locked.json() == {  # type: ignore[attr-defined]
        "error": {
            "code": "locked_out",
            "message": "too many failed sign-ins; wait 15 minutes and try again, or ask an administrator",
        }
    }


@pytest.mark.parametrize("name", NEVER_THE_ACCOUNT, ids=repr)
def test_a_look_alike_name_is_no_way_around_the_lockout(fresh: Target, name: str) -> None:
    """Names that are not the account never sign in to it, so their own counters protect nothing."""
    with TestClient(fresh.app) as client:
        assert _login(client, name, PASSWORD).status_code == 401  # type: ignore[attr-defined]
        for _ in range(MAX_USER_FAILURES):
            _login(client, EMPLOYEE, WRONG)
        assert _login(client, name, PASSWORD).status_code in (401, 429)  # type: ignore[attr-defined]
        assert _login(client, EMPLOYEE, PASSWORD).status_code == 429  # type: ignore[attr-defined]


# Unknown name, known name with a wrong password, a person without a password, a disabled account.
KINDS = {
    "unknown": ("E999", WRONG),
    "unknown-email": ("nobody@hollewijn-groothandel.example", WRONG),
    "wrong-password": (EMPLOYEE, WRONG),
    "no-password-set": ("E004", WRONG),
    "disabled": ("E007", PASSWORD),
}


def _disable_e007(target: Target) -> None:
    from argon2 import profiles

    from mediacode.org.loader import load_organization
    from mediacode.services.accounts import disable_account, set_password

    org = load_organization(target.org)
    database = target.app.state.mediacode.database
    set_password(database, org, "E007", PASSWORD, hasher=PasswordHasher.from_parameters(profiles.CHEAPEST))
    disable_account(database, org, "E007")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_failed_sign_in_looks_the_same_and_costs_one_password_check(
    fresh: Target, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    _disable_e007(fresh)
    checks: list[str] = []
    real = PasswordHasher.verify

    def counting(self: PasswordHasher, hash: str, password: str | bytes) -> bool:
        checks.append(hash)
        return real(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    username, password = KINDS[kind]
    with TestClient(fresh.app) as client:
        api = _login(client, username, password)
        client.get("/login")
        page = client.post(
            "/login",
            data={
                "username": username,
                "password": password,
                "csrf_token": client.cookies.get("mediacode_login_csrf"),
            },
        )
    assert api.status_code == 401  # type: ignore[attr-defined]
    assert api.json() == {
        "error": {"code": "sign_in_failed", "message": "the username or the password is wrong"}
    }  # type: ignore[attr-defined]
    assert page.status_code == 401  # type: ignore[attr-defined]
    assert len(checks) == 2, "one argon2 verification per attempt, whether the name exists or not"
    visible = re.sub(r'value="[^"]*"', "", page.text)  # the echoed name and the form token differ
    assert "E004" not in visible and "Noor" not in visible


def test_the_pages_answer_is_the_same_for_an_unknown_and_a_known_name(fresh: Target) -> None:
    texts = []
    for username in ("E999", EMPLOYEE):
        with TestClient(fresh.app) as client:
            client.get("/login")
            answer = client.post(
                "/login",
                data={
                    "username": username,
                    "password": WRONG,
                    "csrf_token": client.cookies.get("mediacode_login_csrf"),
                },
            )
            texts.append(re.sub(r'value="[^"]*"', 'value=""', answer.text))
    assert texts[0] == texts[1]


@pytest.mark.parametrize("forwarded", [False, True])
def test_one_client_is_limited_across_names(fresh: Target, forwarded: bool) -> None:
    """Twenty failures from one address, each on another name, lock the address out, even for a right
    password of a name it never tried; a forged X-Forwarded-For does not make a new client."""
    with TestClient(fresh.app) as client:
        for number in range(MAX_CLIENT_FAILURES):
            headers = {"X-Forwarded-For": f"198.51.100.{number}"} if forwarded else {}
            answer = client.post(
                "/api/login", json={"username": f"E9{number:02d}", "password": WRONG}, headers=headers
            )
            assert answer.status_code == 401
        locked = client.post(
            "/api/login",
            json={"username": PEOPLE["manager"], "password": PASSWORD},
            headers={"X-Forwarded-For": "203.0.113.9"} if forwarded else {},
        )
    assert locked.status_code == 429
    assert locked.headers["retry-after"] == "900"


def test_an_unknown_name_locks_like_a_known_one(fresh: Target) -> None:
    with TestClient(fresh.app) as client:
        answers = [_login(client, "E999", WRONG).status_code for _ in range(MAX_USER_FAILURES + 1)]  # type: ignore[attr-defined]
    assert answers == [401] * MAX_USER_FAILURES + [429]
