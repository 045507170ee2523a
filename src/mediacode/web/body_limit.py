"""Refuse request bodies above ``WebSettings.max_body_bytes`` with 413, before reading them.

A declared ``Content-Length`` above the limit is answered at once, without a
single read of the body. A body without a length (chunked) is counted as it
arrives; the read that passes the limit raises ``HTTPException(413)``, which
the app's one error handler turns into the usual error shape.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mediacode.web import errors


def too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"the request body is larger than {limit:,} bytes")


def declared_length(scope: Scope) -> int | None:
    """The ``Content-Length`` of the request, None when absent, -1 when it is not a number."""
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else -1
    return None


class BodyLimit:
    """Plain ASGI middleware (no per-request task group), outside the router."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = declared_length(scope)
        if length is not None and (length < 0 or length > self.limit):
            refusal = (
                too_large(self.limit)
                if length > 0
                else HTTPException(400, "the Content-Length is not a number")
            )
            response = await errors.handle(Request(scope), refusal)
            await response(scope, _no_body, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise too_large(self.limit)
            return message

        await self.app(scope, counted, send)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}
