"""``mediacode serve``: the web app of one organization folder."""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated

import typer

from mediacode.cli.options import OrgOption


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""
    app.command("serve")(serve)


def serve(
    org: OrgOption,
    host: Annotated[str, typer.Option("--host", help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="The port to listen on.")] = 8000,
) -> None:
    """Serve the web app for the organization folder (settings from MEDIACODE_* variables)."""
    import uvicorn

    from mediacode.web.app import create_app
    from mediacode.web.settings import WebSettings

    settings = WebSettings(org=org)
    if "MEDIACODE_SECURE_COOKIES" not in os.environ and _is_loopback(host) and not settings.hsts:
        # Plain http on this machine only: a Secure cookie would never come back from most clients.
        settings = settings.model_copy(update={"secure_cookies": False})
    app = create_app(settings)
    typer.echo(f"mediacode serves {org} at http://{host}:{port}/")
    # No access log: it would write client addresses and paths, which mediacode never writes (privacy).
    uvicorn.run(app, host=host, port=port, proxy_headers=False, server_header=False, access_log=False)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
