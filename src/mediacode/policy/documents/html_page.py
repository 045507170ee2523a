"""A document as one standalone, accessible HTML page: no scripts, no external resources."""

from __future__ import annotations

from html import escape

from mediacode.policy.documents.kinds import DocumentLanguage
from mediacode.policy.documents.markdown_tokens import parser, title_of

STYLE = """
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a;
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-top: 0.6rem; border-top: 1px solid #d0d0d0; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.4rem; }
p, li { max-width: 40rem; }
li { margin: 0.2rem 0; }
blockquote { margin: 0.8rem 0; padding: 0.4rem 1rem; border-left: 4px solid #5a6f8a; background: #f3f5f8; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em;
  background: #f0f0f0; padding: 0.05em 0.3em; border-radius: 3px; }
a { color: #0b4f9c; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } }
""".strip()


def render_html(markdown: str, language: DocumentLanguage) -> str:
    """``markdown`` as a complete HTML5 page in ``language`` (``lang`` attribute, title, inline CSS)."""
    md = parser()
    tokens = md.parse(markdown)
    body = md.renderer.render(tokens, md.options, {})
    title = escape(title_of(tokens))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language.value}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f"<style>\n{STYLE}\n</style>\n"
        "</head>\n"
        "<body>\n"
        f"<main>\n{body}</main>\n"
        "</body>\n"
        "</html>\n"
    )
