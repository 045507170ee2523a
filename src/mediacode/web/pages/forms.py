"""Reading a submitted form field as text (forms are parsed once per request by Starlette)."""

from __future__ import annotations

from starlette.requests import Request


async def field(request: Request, name: str) -> str:
    form = await request.form()
    value = form.get(name)
    return value if isinstance(value, str) else ""
