"""OpenID Connect sign-in (authorization-code flow with PKCE), the provider side of it.

No second session mechanism: the browser carries one random value in a short-lived
cookie (:data:`FLOW_COOKIE`); ``state``, ``nonce`` and the PKCE verifier are
HMAC-SHA256 of it under the app's secret, so only this app can derive them and
only the browser that started the flow holds the value. The ID token's signature
is checked against the issuer's JWKS, and ``iss``, ``aud``, ``exp`` and ``nonce``
against what was asked (ADR 0091, amendment).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx2
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from mediacode.errors import MediacodeError
from mediacode.web.settings import WebSettings

FLOW_COOKIE = "mediacode_oidc_flow"
FLOW_SECONDS = 600
ALGORITHMS = ["RS256", "ES256", "PS256"]
LEEWAY_SECONDS = 60


class OidcError(MediacodeError):
    """The provider's answer could not be trusted (state, token, signature, claims); no details kept."""


@dataclass(frozen=True)
class FlowSecrets:
    state: str
    nonce: str
    verifier: str


def flow_secrets(secret: bytes, flow: str) -> FlowSecrets:
    def derive(label: str) -> str:
        digest = hmac.new(secret, f"oidc-{label}:{flow}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    return FlowSecrets(derive("state"), derive("nonce"), derive("pkce"))


def new_flow() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Identity:
    """What the ID token says about the person, checked."""

    email: str | None
    email_verified: bool


@dataclass
class OidcClient:
    issuer: str
    client_id: str
    client_secret: str
    transport: httpx2.AsyncBaseTransport | None = None
    """Tests put a fake provider here; None is the network."""
    _metadata: dict[str, Any] | None = field(default=None, repr=False)

    @classmethod
    def from_settings(cls, settings: WebSettings) -> OidcClient | None:
        """The client, or None when OIDC is off (any of the three settings missing)."""
        if not (settings.oidc_issuer and settings.oidc_client_id and settings.oidc_client_secret):
            return None
        return cls(settings.oidc_issuer.rstrip("/"), settings.oidc_client_id, settings.oidc_client_secret)

    def _client(self) -> httpx2.AsyncClient:
        return httpx2.AsyncClient(transport=self.transport, timeout=10.0)

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            async with self._client() as client:
                answer = await client.get(url)
                answer.raise_for_status()
                body = answer.json()
        except (httpx2.HTTPError, ValueError) as exc:
            raise OidcError("the identity provider did not answer") from exc
        if not isinstance(body, dict):
            raise OidcError("the identity provider answered something else than JSON")
        return body

    async def metadata(self) -> dict[str, Any]:
        if self._metadata is None:
            found = await self._get_json(f"{self.issuer}/.well-known/openid-configuration")
            if str(found.get("issuer", "")).rstrip("/") != self.issuer:
                raise OidcError("the identity provider names another issuer")
            for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                if not isinstance(found.get(key), str):
                    raise OidcError("the identity provider's metadata is incomplete")
            self._metadata = found
        return self._metadata

    async def authorization_url(self, flow: FlowSecrets, redirect_uri: str) -> str:
        meta = await self.metadata()
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.client_id,
                "redirect_uri": redirect_uri,
                "scope": "openid email",
                "state": flow.state,
                "nonce": flow.nonce,
                "code_challenge": create_s256_code_challenge(flow.verifier),
                "code_challenge_method": "S256",
            }
        )
        endpoint = str(meta["authorization_endpoint"])
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"

    async def exchange(self, code: str, flow: FlowSecrets, redirect_uri: str) -> Identity:
        """The code for tokens (client_secret_basic, PKCE), then the ID token checked."""
        meta = await self.metadata()
        try:
            async with self._client() as client:
                answer = await client.post(
                    str(meta["token_endpoint"]),
                    data={
                        "grant_type": "authorization_code",
                        "code": code,
                        "redirect_uri": redirect_uri,
                        "code_verifier": flow.verifier,
                    },
                    auth=(self.client_id, self.client_secret),
                    headers={"Accept": "application/json"},
                )
                answer.raise_for_status()
                tokens = answer.json()
        except (httpx2.HTTPError, ValueError) as exc:
            raise OidcError("the identity provider refused the code") from exc
        id_token = tokens.get("id_token") if isinstance(tokens, dict) else None
        if not isinstance(id_token, str):
            raise OidcError("the identity provider sent no ID token")
        keys = await self._get_json(str(meta["jwks_uri"]))
        return self.verify(id_token, keys, flow.nonce)

    def verify(self, id_token: str, jwks: dict[str, Any], nonce: str) -> Identity:
        try:
            key_set = KeySet.import_key_set(jwks)  # type: ignore[arg-type]
            token = jwt.decode(id_token, key_set, algorithms=ALGORITHMS)
            jwt.JWTClaimsRegistry(
                leeway=LEEWAY_SECONDS,
                iss={"essential": True, "value": self.issuer},
                aud={"essential": True, "value": self.client_id},
                exp={"essential": True},
                nonce={"essential": True, "value": nonce},
            ).validate(token.claims)
        except (JoseError, ValueError, TypeError) as exc:
            raise OidcError("the ID token is not valid") from exc
        claims = token.claims
        email = claims.get("email")
        return Identity(email if isinstance(email, str) else None, claims.get("email_verified") is True)
