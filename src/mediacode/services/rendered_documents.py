"""The code, the regulation and the notice as rendered for one organization, kept while it is current.

Rendering a document (Jinja2 template, then Markdown to HTML) takes tens of
milliseconds; its result depends only on the organization and the language.
A long-running server keeps one ``Organization`` object until one of its
files changes (``web.org_cache``), so the renderings are kept per
organization object: a new object (a changed policy or directory) starts
afresh. The few most recent organizations are kept, each held strongly so
that its ``id`` cannot be reused while cached.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from mediacode.org.organization import Organization
from mediacode.policy.documents.kinds import DocumentKind, DocumentLanguage
from mediacode.policy.documents.markdown_source import render_markdown
from mediacode.policy.documents.markdown_tokens import parser, title_of

KEPT_ORGANIZATIONS = 4


@dataclass(frozen=True)
class RenderedDocument:
    title: str
    html: str
    """The document's body as HTML (raw HTML in the source is never passed through)."""
    document_hash: str
    """SHA-256 of the Markdown the reader is shown."""


def document_hash(markdown: str) -> str:
    return "sha256:" + hashlib.sha256(markdown.encode("utf-8")).hexdigest()


def _render(org: Organization, kind: DocumentKind, language: str) -> RenderedDocument:
    md = render_markdown(org, kind, DocumentLanguage(language))
    markdown_it = parser()
    tokens = markdown_it.parse(md)
    html = markdown_it.renderer.render(tokens, markdown_it.options, {})
    return RenderedDocument(title_of(tokens), html, document_hash(md))


_lock = threading.Lock()
_kept: OrderedDict[int, tuple[Organization, dict[tuple[DocumentKind, str], RenderedDocument]]] = OrderedDict()


def rendered(org: Organization, kind: DocumentKind, language: str) -> RenderedDocument:
    """``kind`` for ``org`` in ``language``, rendered once per organization object."""
    key = (kind, language)
    with _lock:
        entry = _kept.get(id(org))
        if entry is not None and entry[0] is org and key in entry[1]:
            _kept.move_to_end(id(org))
            return entry[1][key]
    document = _render(org, kind, language)
    with _lock:
        entry = _kept.get(id(org))
        if entry is None or entry[0] is not org:
            entry = (org, {})
            _kept[id(org)] = entry
        entry[1][key] = document
        _kept.move_to_end(id(org))
        while len(_kept) > KEPT_ORGANIZATIONS:
            _kept.popitem(last=False)
    return document
