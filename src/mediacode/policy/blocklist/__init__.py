"""The prevention export: the policy's blocked domains and categories as a proxy or resolver block list.

One module per output format, each with ``render(BlockList) -> str``.
"""

from __future__ import annotations

from collections.abc import Callable

from mediacode.policy.blocklist import hosts, rpz, squid
from mediacode.policy.blocklist.block_list import BlockList, SkippedEntry
from mediacode.policy.blocklist.collect import collect_block_list

FORMATS: dict[str, Callable[[BlockList], str]] = {
    "squid": squid.render,
    "hosts": hosts.render,
    "rpz": rpz.render,
}

__all__ = ["FORMATS", "BlockList", "SkippedEntry", "collect_block_list"]
