"""The language of a page: the person's choice, else the browser's ``Accept-Language``, else the policy's."""

from __future__ import annotations

from starlette.requests import Request

from mediacode.i18n import LANGUAGES
from mediacode.services.accounts import find_language
from mediacode.web.identity import current_viewer
from mediacode.web.state import app_state


def from_accept_language(header: str) -> str | None:
    """The first supported language of an ``Accept-Language`` header, by quality."""
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        quality = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.split("-")[0]
        if primary in LANGUAGES and quality > 0:
            choices.append((-quality, index, primary))
    return min(choices)[2] if choices else None


def language_of(request: Request) -> str:
    if "language" in request.state._state:
        return str(request.state.language)
    state = app_state(request)
    viewer = current_viewer(request)
    chosen = find_language(state.database, viewer.id) if viewer else None
    language = chosen or from_accept_language(request.headers.get("accept-language", ""))
    if language is None:
        language = state.orgs.get().language
    request.state.language = language
    return language
