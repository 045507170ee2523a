"""Reading a text file of the organization folder as UTF-8, with a precise error when it is not."""

from __future__ import annotations

from pathlib import Path

from mediacode.errors import Problem


def read_utf8(path: Path, shown_as: str) -> tuple[str | None, Problem | None]:
    """The file's text, or the problem that stops it from being read.

    A byte-order mark is accepted and dropped. ``shown_as`` is how the file is
    named in messages (relative to the organization folder).
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, Problem(
            shown_as, None, None, None, "file is missing", "create it or fix the name in policy.yaml"
        )
    except IsADirectoryError:
        return None, Problem(shown_as, None, None, None, "is a folder, not a file", None)
    except OSError as exc:
        return None, Problem(shown_as, None, None, None, f"cannot be read: {exc.strerror}", None)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, Problem(
            shown_as,
            line,
            column,
            None,
            f"is not UTF-8 (byte 0x{data[exc.start]:02x})",
            "save the file as UTF-8",
        )
