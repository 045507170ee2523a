"""Tree heads: ``{size, root, at}``, unsigned; their value comes from being kept apart."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from mediacode.audit.entry import canonical_json

_HEX = re.compile(r"^[0-9a-f]{64}$")


class HeadFormatError(ValueError):
    """Text that is not a tree head."""


@dataclass(frozen=True)
class TreeHead:
    size: int
    root: bytes
    at: str

    def as_dict(self) -> dict[str, object]:
        return {"size": self.size, "root": self.root.hex(), "at": self.at}

    def to_bytes(self) -> bytes:
        return canonical_json(self.as_dict())


def parse_head(text: str | bytes) -> TreeHead:
    try:
        value = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise HeadFormatError("not JSON") from None
    if not isinstance(value, dict):
        raise HeadFormatError("not a JSON object")
    size, root, at = value.get("size"), value.get("root"), value.get("at")
    if type(size) is not int or size < 0:
        raise HeadFormatError("size is not a count of entries")
    if not isinstance(root, str) or not _HEX.match(root):
        raise HeadFormatError("root is not 64 lowercase hex digits")
    if not isinstance(at, str):
        raise HeadFormatError("at is not a time")
    return TreeHead(size, bytes.fromhex(root), at)
