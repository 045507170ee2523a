"""Squid: a ``dstdomain`` ACL file, one ``.domain`` per line (the leading dot covers subdomains).

Squid refuses a list where one entry is a subdomain of another, so covered
subdomains are left out. Use: ``acl blocked dstdomain "/etc/squid/blocked.txt"``.
"""

from __future__ import annotations

from mediacode.policy.blocklist.block_list import BlockList
from mediacode.policy.blocklist.domain import without_covered


def render(block_list: BlockList) -> str:
    domains = without_covered(frozenset(block_list.domains))
    lines = block_list.header("#", len(domains), "dstdomain entries")
    lines.append('# use: acl blocked dstdomain "/etc/squid/blocked.txt" and http_access deny blocked')
    lines.extend("." + domain for domain in domains)
    return "\n".join(lines) + "\n"
