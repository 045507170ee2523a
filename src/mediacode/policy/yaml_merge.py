"""Carrying an edit made on ruamel's re-rendering of a file back onto the file's own lines.

ruamel.yaml round-trips most files byte for byte, but not all: a file may use an
indentation it normalises, ``~`` for null, or spacing it does not keep. So the
edit is not written as ruamel renders the whole document; instead, the lines the
edit changed in ruamel's rendering (``base`` -> ``edited``) are spliced into the
original at the place where the same ``base`` lines sit. A change whose lines
cannot be placed exactly is a conflict, never a guess (ADR 0021).
"""

from __future__ import annotations

from difflib import SequenceMatcher


class MergeConflictError(Exception):
    """The edited lines cannot be placed in the original; ``line`` is 1-based in the original."""

    def __init__(self, line: int) -> None:
        super().__init__(f"cannot place the change near line {line}")
        self.line = line


def merge_lines(original: list[str], base: list[str], edited: list[str]) -> list[str]:
    """``original`` with the changes from ``base`` to ``edited`` applied.

    ``base`` is ruamel's rendering of ``original`` before the edit, ``edited``
    after it. Lines keep their line ends.
    """
    to_original = _line_map(base, original)
    result: list[str] = []
    cursor = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, base, edited, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        inserted = edited[j1:j2]
        if i1 < i2:
            start, end = _span(to_original, i1, i2)
        else:
            start = end = _insertion_point(to_original, i1)
            start, inserted = _fit_blank_lines(original, start, inserted)
            end = start
        if start < cursor:
            raise MergeConflictError(start + 1)
        result.extend(original[cursor:start])
        result.extend(inserted)
        cursor = end
    result.extend(original[cursor:])
    return result


def _line_map(base: list[str], original: list[str]) -> dict[int, int]:
    """Index in ``base`` -> index in ``original`` for every line both have in the same place."""
    mapping: dict[int, int] = {}
    for block in SequenceMatcher(None, base, original, autojunk=False).get_matching_blocks():
        for offset in range(block.size):
            mapping[block.a + offset] = block.b + offset
    return mapping


def _span(to_original: dict[int, int], i1: int, i2: int) -> tuple[int, int]:
    """The original lines that ``base[i1:i2]`` are, if they sit there unchanged and in one piece."""
    first = to_original.get(i1)
    if first is None:
        raise MergeConflictError(_nearest(to_original, i1) + 1)
    for offset in range(1, i2 - i1):
        if to_original.get(i1 + offset) != first + offset:
            raise MergeConflictError(first + offset + 1)
    return first, first + (i2 - i1)


def _insertion_point(to_original: dict[int, int], i1: int) -> int:
    """Where in the original a line inserted before ``base[i1]`` goes."""
    if i1 == 0:
        return 0
    before = to_original.get(i1 - 1)
    if before is not None:
        return before + 1
    after = to_original.get(i1)
    if after is not None:
        return after
    raise MergeConflictError(_nearest(to_original, i1) + 1)


def _fit_blank_lines(original: list[str], start: int, inserted: list[str]) -> tuple[int, list[str]]:
    """Keep blank lines where the file puts them: between sections, not inside one.

    A nested key added at the end of a section goes before the blank lines that
    close the section; a new top-level section gets a blank line after it when
    the file separates its sections with one.
    """
    if not inserted or not original:
        return start, inserted
    first = inserted[0]
    top_level = not first[:1].isspace() and not first.startswith("#")
    blanks = 0
    while start - blanks - 1 >= 0 and not original[start - blanks - 1].strip():
        blanks += 1
    if blanks == 0:
        return start, inserted
    if not top_level:
        return start - blanks, inserted
    follows = original[start] if start < len(original) else ""
    if follows.strip() and inserted[-1].strip():
        return start, [*inserted, "\n"]
    return start, inserted


def _nearest(to_original: dict[int, int], index: int) -> int:
    """The original line nearest to ``base[index]`` (for the conflict message)."""
    known = [b for a, b in to_original.items() if a <= index]
    return max(known) + 1 if known else 0
