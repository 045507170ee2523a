"""Template lines: a line of only tags disappears, a line of text keeps its line break.

Jinja's ``trim_blocks`` removes the line break after every block tag, which
is right for a line that holds only ``{% if %}`` but wrong for a sentence that
ends in ``{% endtrans %}``: the next line would run on. This extension adds a
line break after such text lines before Jinja reads the template, so the
Markdown keeps its paragraphs and list items.
"""

from __future__ import annotations

import re

from jinja2.ext import Extension

_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}")


def keep_text_line_breaks(source: str) -> str:
    """``source`` with an extra newline after each line that has text and ends in a block tag."""
    lines = source.split("\n")
    for index, line in enumerate(lines[:-1]):
        if line.rstrip().endswith("%}") and _TAG.sub("", line).strip():
            lines[index] = line + "\n"
    return "\n".join(lines)


class TextLineBreaks(Extension):
    """Apply :func:`keep_text_line_breaks` to every template this environment loads."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return keep_text_line_breaks(source)
