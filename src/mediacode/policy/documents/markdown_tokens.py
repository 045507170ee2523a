"""One Markdown parser for every output: CommonMark with raw HTML switched off."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token


def parser() -> MarkdownIt:
    """CommonMark without raw HTML, so text from the policy can never inject markup."""
    return MarkdownIt("commonmark", {"html": False})


def parse(markdown: str) -> list[Token]:
    return parser().parse(markdown)


def title_of(tokens: list[Token]) -> str:
    """The plain text of the first level-1 heading, or an empty string."""
    for index, token in enumerate(tokens[:-1]):
        if token.type == "heading_open" and token.tag == "h1":
            inline = tokens[index + 1]
            return "".join(
                child.content for child in inline.children or () if child.type in ("text", "code_inline")
            )
    return ""
