"""``mediacode serve``: plain http on a loopback address gets cookies that clients send back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mediacode.cli.serve import _is_loopback
from mediacode.services.demo import create_demo


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("192.0.2.10", False),
        ("example.org", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("host", "env", "secure"),
    [("127.0.0.1", None, False), ("0.0.0.0", None, True), ("127.0.0.1", "true", True)],
)
def test_serve_chooses_secure_cookies(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str, env: str | None, secure: bool
) -> None:
    org = tmp_path / "demo"
    create_demo(org)
    seen: dict[str, Any] = {}
    import uvicorn

    import mediacode.web.app as web_app

    real = web_app.create_app

    def capture(settings: Any) -> Any:
        seen["settings"] = settings
        return real(settings)

    monkeypatch.setattr(web_app, "create_app", capture)
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: seen.update(run=kwargs))
    if env is None:
        monkeypatch.delenv("MEDIACODE_SECURE_COOKIES", raising=False)
    else:
        monkeypatch.setenv("MEDIACODE_SECURE_COOKIES", env)
    result = cli("serve", "--org", str(org), "--host", host, "--port", "8765")
    assert result.code == 0, result.err
    assert seen["settings"].secure_cookies is secure
    assert seen["run"]["access_log"] is False  # an access log would write client addresses and paths
