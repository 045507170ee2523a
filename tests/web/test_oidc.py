"""OpenID Connect sign-in against a fake provider served in-process (httpx2 MockTransport)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from fastapi.testclient import TestClient
from joserfc import jwt
from joserfc.jwk import RSAKey

from mediacode.org.loader import load_organization
from mediacode.web.app import create_app
from mediacode.web.identity import SESSION_COOKIE
from mediacode.web.oidc import OidcClient
from mediacode.web.settings import WebSettings
from tests.web.conftest import PEOPLE

ISSUER = "https://id.example.test"
CLIENT_ID = "mediacode-app"
CLIENT_SECRET = "s3cret-of-the-client"


@pytest.fixture(scope="module")
def keys() -> tuple[RSAKey, RSAKey]:
    """The provider's signing key, and an impostor's with the same key id."""
    return (
        RSAKey.generate_key(2048, parameters={"kid": "k1"}),
        RSAKey.generate_key(2048, parameters={"kid": "k1"}),
    )


class FakeProvider:
    """Discovery, JWKS and a token endpoint that checks PKCE and the client's credentials."""

    def __init__(self, key: RSAKey) -> None:
        self.key = key
        self.challenge: str | None = None
        self.claims: dict[str, Any] = {}
        self.signing_key = key

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if path == "/.well-known/openid-configuration":
            return httpx2.Response(
                200,
                json={
                    "issuer": ISSUER,
                    "authorization_endpoint": f"{ISSUER}/authorize",
                    "token_endpoint": f"{ISSUER}/token",
                    "jwks_uri": f"{ISSUER}/jwks",
                },
            )
        if path == "/jwks":
            return httpx2.Response(200, json={"keys": [self.key.as_dict(private=False)]})
        if path == "/token":
            form = parse_qs(request.content.decode())
            verifier = form["code_verifier"][0]
            if create_s256_code_challenge(verifier) != self.challenge or form["code"] != ["the-code"]:
                return httpx2.Response(400, json={"error": "invalid_grant"})
            if "authorization" not in request.headers:
                return httpx2.Response(401, json={"error": "invalid_client"})
            token = jwt.encode({"alg": "RS256", "kid": "k1"}, self.claims, self.signing_key)
            return httpx2.Response(200, json={"access_token": "a", "token_type": "Bearer", "id_token": token})
        return httpx2.Response(404)


@pytest.fixture
def oidc_app(org_dir: Path, keys: tuple[RSAKey, RSAKey]) -> Iterator[tuple[TestClient, FakeProvider]]:
    settings = WebSettings(
        org=org_dir,
        secure_cookies=False,
        secret_key="test-secret",
        oidc_issuer=ISSUER,
        oidc_client_id=CLIENT_ID,
        oidc_client_secret=CLIENT_SECRET,
    )
    app = create_app(settings)
    provider = FakeProvider(keys[0])
    client = app.state.oidc
    assert isinstance(client, OidcClient)
    client.transport = httpx2.MockTransport(provider.handle)
    with TestClient(app) as test_client:
        yield test_client, provider
    app.state.mediacode.database.close()


def _email_of(org_dir: Path, person: str) -> str:
    found = load_organization(org_dir).find_person(person)
    assert found is not None and found.email
    return found.email


def _start(client: TestClient, provider: FakeProvider) -> dict[str, str]:
    answer = client.get("/login/oidc", follow_redirects=False)
    assert answer.status_code == 303
    target = urlsplit(answer.headers["location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == f"{ISSUER}/authorize"
    query = {name: values[0] for name, values in parse_qs(target.query).items()}
    assert query["code_challenge_method"] == "S256"
    assert query["client_id"] == CLIENT_ID and "openid" in query["scope"].split()
    provider.challenge = query["code_challenge"]
    return query


def _claims(query: dict[str, str], address: str, /, **changes: Any) -> dict[str, Any]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "sub": "user-1",
        "aud": CLIENT_ID,
        "iat": now,
        "exp": now + 300,
        "nonce": query["nonce"],
        "email": address,
        "email_verified": True,
    }
    claims.update(changes)
    return {name: value for name, value in claims.items() if value is not None}


def test_a_verified_email_of_a_person_signs_in(
    oidc_app: tuple[TestClient, FakeProvider], org_dir: Path
) -> None:
    client, provider = oidc_app
    query = _start(client, provider)
    provider.claims = _claims(query, _email_of(org_dir, PEOPLE["employee"]).upper())
    answer = client.get(f"/login/oidc/callback?code=the-code&state={query['state']}", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    assert client.cookies.get(SESSION_COOKIE)
    me = client.get("/api/me")
    assert me.status_code == 200 and me.json()["id"] == PEOPLE["employee"]
    audit_text = "\n".join(p.read_text(encoding="utf-8") for p in (org_dir / ".mediacode").rglob("*.jsonl"))
    assert '"oidc"' in audit_text


CASES = {
    "wrong state": ({}, "wrong-state", "oidc_failed"),
    "wrong nonce": ({"nonce": "another"}, None, "oidc_failed"),
    "bad signature": ({"_impostor": True}, None, "oidc_failed"),
    "wrong audience": ({"aud": "another-app"}, None, "oidc_failed"),
    "wrong issuer": ({"iss": "https://evil.example.test"}, None, "oidc_failed"),
    "expired": ({"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200}, None, "oidc_failed"),
    "no nonce": ({"nonce": None}, None, "oidc_failed"),
    "unverified e-mail": ({"email_verified": False}, None, "oidc_unverified"),
    "verified as a string": ({"email_verified": "true"}, None, "oidc_unverified"),
    "unknown e-mail": ({"email": "nobody@elsewhere.example"}, None, "oidc_unknown"),
}
MESSAGES = {
    "oidc_failed": "Signing in with your organization did not work",
    "oidc_unverified": "did not confirm your e-mail address",
    "oidc_unknown": "No one here has the e-mail address",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_untrusted_answer_is_refused_without_a_session(
    oidc_app: tuple[TestClient, FakeProvider], keys: tuple[RSAKey, RSAKey], org_dir: Path, case: str
) -> None:
    client, provider = oidc_app
    changes, state, code = CASES[case]
    changes = dict(changes)
    query = _start(client, provider)
    if changes.pop("_impostor", False):
        provider.signing_key = keys[1]
    provider.claims = _claims(query, _email_of(org_dir, PEOPLE["employee"]), **changes)
    answer = client.get(
        f"/login/oidc/callback?code=the-code&state={state or query['state']}",
        headers={"Accept-Language": "en"},
        follow_redirects=False,
    )
    assert answer.status_code in (400, 401, 403)
    assert MESSAGES[code] in answer.text
    assert not client.cookies.get(SESSION_COOKIE)
    assert client.get("/api/me").status_code == 401


def test_a_callback_without_the_flow_cookie_is_refused(oidc_app: tuple[TestClient, FakeProvider]) -> None:
    client, provider = oidc_app
    query = _start(client, provider)
    client.cookies.clear()
    answer = client.get(f"/login/oidc/callback?code=the-code&state={query['state']}")
    assert answer.status_code == 400
    assert not client.cookies.get(SESSION_COOKIE)


def test_the_button_shows_only_when_oidc_is_configured(
    oidc_app: tuple[TestClient, FakeProvider], client: TestClient
) -> None:
    on, _provider = oidc_app
    assert 'id="oidc-sign-in"' in on.get("/login").text
    assert 'id="oidc-sign-in"' not in client.get("/login").text


@pytest.mark.parametrize("path", ["/login/oidc", "/login/oidc/callback?code=x&state=y"])
def test_with_oidc_off_the_routes_are_not_found(client: TestClient, path: str) -> None:
    assert client.get(path, follow_redirects=False).status_code == 404


@pytest.mark.parametrize(
    ("issuer", "client_id", "secret", "on"),
    [
        (ISSUER, CLIENT_ID, CLIENT_SECRET, True),
        (None, CLIENT_ID, CLIENT_SECRET, False),
        (ISSUER, None, CLIENT_SECRET, False),
        (ISSUER, CLIENT_ID, None, False),
    ],
)
def test_oidc_is_on_only_with_all_three_settings(
    tmp_path: Path, issuer: str | None, client_id: str | None, secret: str | None, on: bool
) -> None:
    settings = WebSettings(
        org=tmp_path, oidc_issuer=issuer, oidc_client_id=client_id, oidc_client_secret=secret
    )
    assert (OidcClient.from_settings(settings) is not None) is on


def test_metadata_naming_another_issuer_is_refused(org_dir: Path) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=json.dumps({"issuer": "https://other.example.test"}))

    app = create_app(
        WebSettings(
            org=org_dir,
            secure_cookies=False,
            secret_key="t",
            oidc_issuer=ISSUER,
            oidc_client_id=CLIENT_ID,
            oidc_client_secret=CLIENT_SECRET,
        )
    )
    app.state.oidc.transport = httpx2.MockTransport(handler)
    with TestClient(app) as client:
        answer = client.get("/login/oidc", headers={"Accept-Language": "en"}, follow_redirects=False)
    app.state.mediacode.database.close()
    assert answer.status_code == 502
    assert MESSAGES["oidc_failed"] in answer.text
