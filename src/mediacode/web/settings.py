"""Settings of the web app (pydantic-settings), built by the entrypoint that serves it.

Read from ``MEDIACODE_*`` environment variables where the entrypoint passes
none: ``MEDIACODE_DATABASE_URL``, ``MEDIACODE_SECURE_COOKIES`` (switch off
only for plain-http development), ``MEDIACODE_SECRET_KEY``, and for OpenID
Connect sign-in ``MEDIACODE_OIDC_ISSUER``, ``MEDIACODE_OIDC_CLIENT_ID``,
``MEDIACODE_OIDC_CLIENT_SECRET`` (off unless all three are set); ``MEDIACODE_HSTS``
(served over HTTPS: send ``Strict-Transport-Security``, cookies always ``Secure``) and
``MEDIACODE_MAX_BODY_BYTES`` (ADR 0110).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
"""1 MiB: a post of the reviewer's 100,000 characters fits as a form even at 3 UTF-8 bytes each."""


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEDIACODE_", extra="ignore")

    org: Path
    """The organization folder."""
    database_url: str | None = None
    """Another database than ``ORG/.mediacode/mediacode.db`` (PostgreSQL at scale)."""
    secure_cookies: bool = True
    """Send cookies with ``Secure``; off only for plain http in development and tests."""
    session_hours: float = Field(default=8.0, gt=0, le=24 * 30)
    secret_key: str | None = None
    """Keys the hashes of failed sign-ins; generated into ``ORG/.mediacode/web-secret`` when unset."""
    oidc_issuer: str | None = None
    """The OpenID Connect issuer URL; its ``/.well-known/openid-configuration`` is read on first use."""
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = None
    hsts: bool = False
    """Served over HTTPS only: answer ``Strict-Transport-Security`` and keep cookies ``Secure``."""
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY_BYTES, ge=4096, le=64 * 1024 * 1024)
    """A larger request body answers 413 before it is read."""

    @model_validator(mode="after")
    def _hsts_means_secure_cookies(self) -> WebSettings:
        if self.hsts:
            self.secure_cookies = True
        return self
