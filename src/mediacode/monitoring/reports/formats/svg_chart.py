"""A horizontal bar chart as inline SVG, made here: no library, no script, nothing fetched."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 190
BAR_WIDTH = 360
VALUE_WIDTH = 110


def bar_chart(
    chart_id: str,
    title: str,
    bars: Sequence[tuple[str, float | None]],
    suppressed_label: str = "suppressed",
) -> str:
    """``bars`` are (label, value); a value of None is drawn as ``suppressed_label``, without a bar."""
    top = max((v for _, v in bars if v is not None), default=0.0)
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="{chart_id}-title">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    for index, (label, value) in enumerate(bars):
        y = GAP + index * (BAR_HEIGHT + GAP)
        text_y = y + BAR_HEIGHT * 0.7
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{text_y:.1f}" text-anchor="end">{escape(label)}</text>')
        if value is None:
            word = escape(suppressed_label)
            parts.append(f'<text x="{LABEL_WIDTH}" y="{text_y:.1f}" class="suppressed">{word}</text>')
            continue
        length = BAR_WIDTH * value / top if top > 0 else 0.0
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" class="bar"/>'
        )
        parts.append(f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{text_y:.1f}">{value:,.10g}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
