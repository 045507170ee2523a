"""Settings of the web app (pydantic-settings), built by the entrypoint that serves it.

Read from ``MEDIACODE_*`` environment variables where the entrypoint passes
none: ``MEDIACODE_DATABASE_URL``, ``MEDIACODE_SECURE_COOKIES`` (switch off
only for plain-http development), ``MEDIACODE_SECRET_KEY``, and for OpenID
Connect sign-in ``MEDIACODE_OIDC_ISSUER``, ``MEDIACODE_OIDC_CLIENT_ID``,
``MEDIACODE_OIDC_CLIENT_SECRET`` (off unless all three are set).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
