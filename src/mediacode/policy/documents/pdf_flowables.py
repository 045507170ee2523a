"""Markdown tokens (markdown-it-py) to reportlab flowables: headings, paragraphs, lists, quotes.

Only the CommonMark blocks the templates produce are handled; an unknown
block is rendered as its plain text rather than dropped, so nothing written
in a template can silently go missing from the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape  # nosec B406  # escapes text we write; parses no XML

from markdown_it.token import Token
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Preformatted, Spacer

BODY_FONT = "Helvetica"
BOLD_FONT = "Helvetica-Bold"
ITALIC_FONT = "Helvetica-Oblique"
MONO_FONT = "Courier"


def _style(name: str, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": BODY_FONT, "fontSize": 10.5, "leading": 14.5, "spaceAfter": 6}
    base.update(values)
    return ParagraphStyle(name, **base)


STYLES: dict[str, ParagraphStyle] = {
    "h1": _style("h1", fontName=BOLD_FONT, fontSize=20, leading=24, spaceAfter=12, keepWithNext=1),
    "h2": _style("h2", fontName=BOLD_FONT, fontSize=13.5, leading=17, spaceBefore=12, keepWithNext=1),
    "h3": _style("h3", fontName=BOLD_FONT, fontSize=11.5, leading=15, spaceBefore=8, keepWithNext=1),
    "body": _style("body"),
    "item": _style("item", spaceAfter=2),
    "quote": _style(
        "quote",
        fontName=ITALIC_FONT,
        leftIndent=12,
        borderPadding=(4, 6, 4, 8),
        backColor=colors.HexColor("#f1f3f6"),
        spaceBefore=4,
        spaceAfter=10,
    ),
    "code": _style("code", fontName=MONO_FONT, fontSize=9, leading=12),
}

_INLINE_OPEN = {"strong_open": "<b>", "em_open": "<i>", "s_open": "<strike>"}
_INLINE_CLOSE = {"strong_close": "</b>", "em_close": "</i>", "s_close": "</strike>"}


def inline_markup(token: Token) -> str:
    """An inline token's children as reportlab paragraph markup (escaped text, b/i/font/link)."""
    parts: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind == "text":
            parts.append(escape(child.content))
        elif kind == "code_inline":
            parts.append(f'<font face="{MONO_FONT}">{escape(child.content)}</font>')
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("<br/>")
        elif kind in _INLINE_OPEN:
            parts.append(_INLINE_OPEN[kind])
        elif kind in _INLINE_CLOSE:
            parts.append(_INLINE_CLOSE[kind])
        elif kind == "link_open":
            parts.append(f'<link href="{escape(str(child.attrGet("href") or ""), {chr(34): "&quot;"})}"><u>')
        elif kind == "link_close":
            parts.append("</u></link>")
        elif child.content:
            parts.append(escape(child.content))
    return "".join(parts)


@dataclass
class _List:
    ordered: bool
    start: int
    items: list[ListItem] = field(default_factory=list)


@dataclass
class _Walker:
    """Walks the token stream once, keeping a stack of open containers (list items, quotes)."""

    containers: list[list[Flowable]] = field(default_factory=lambda: [[]])
    lists: list[_List] = field(default_factory=list)
    quotes: int = 0

    def add(self, flowable: Flowable) -> None:
        self.containers[-1].append(flowable)

    def paragraph_style(self) -> ParagraphStyle:
        if self.quotes:
            return STYLES["quote"]
        return STYLES["item"] if self.lists else STYLES["body"]

    def walk(self, tokens: list[Token]) -> list[Flowable]:
        heading: str | None = None
        for token in tokens:
            kind = token.type
            if kind == "heading_open":
                heading = token.tag if token.tag in STYLES else "h3"
            elif kind == "heading_close":
                heading = None
            elif kind == "inline":
                style = STYLES[heading] if heading else self.paragraph_style()
                self.add(Paragraph(inline_markup(token), style))
            elif kind in ("bullet_list_open", "ordered_list_open"):
                start = int(token.attrGet("start") or 1)
                self.lists.append(_List(ordered=kind == "ordered_list_open", start=start))
            elif kind == "list_item_open":
                self.containers.append([])
            elif kind == "list_item_close":
                self.lists[-1].items.append(ListItem(self.containers.pop()))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.add(self.list_flowable(self.lists.pop()))
            elif kind == "blockquote_open":
                self.quotes += 1
            elif kind == "blockquote_close":
                self.quotes -= 1
            elif kind in ("code_block", "fence"):
                self.add(Preformatted(token.content.rstrip("\n"), STYLES["code"]))
            elif kind == "hr":
                self.add(Spacer(1, 10))
        return self.containers[0]

    def list_flowable(self, frame: _List) -> ListFlowable:
        nested = len(self.lists)
        common: dict[str, object] = {
            "leftIndent": 16,
            "bulletFontName": BODY_FONT,
            "bulletFontSize": 10.5,
            "spaceAfter": 4 if nested else 8,
        }
        if frame.ordered:
            return ListFlowable(frame.items, bulletType="1", start=frame.start, bulletFormat="%s.", **common)
        return ListFlowable(frame.items, bulletType="bullet", start="–" if nested else "•", **common)


def flowables_of(tokens: list[Token]) -> list[Flowable]:
    """The story of a PDF for ``tokens`` of one Markdown document."""
    return _Walker().walk(tokens)
