"""A hosts file: ``0.0.0.0 domain`` per line. A hosts file has no wildcards, so every domain is listed."""

from __future__ import annotations

from mediacode.policy.blocklist.block_list import BlockList


def render(block_list: BlockList) -> str:
    lines = block_list.header("#", len(block_list.domains), "host entries")
    lines.extend(f"0.0.0.0 {domain}" for domain in block_list.domains)
    return "\n".join(lines) + "\n"
