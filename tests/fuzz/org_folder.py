"""The demo organization written to a fresh folder: a valid, synthetic baseline to mutate."""

from __future__ import annotations

from pathlib import Path

from mediacode.org.demo.folder import build_demo_folder

DEMO_FILES: dict[str, str] = build_demo_folder().files


def write_demo(root: Path, replace: dict[str, bytes] | None = None) -> Path:
    """Write the demo folder into ``root``, with ``replace`` (path -> bytes) written instead."""
    for name, text in DEMO_FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, data in (replace or {}).items():
        (root / name).write_bytes(data)
    return root
