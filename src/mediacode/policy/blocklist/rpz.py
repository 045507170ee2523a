"""A DNS Response Policy Zone: ``domain CNAME .`` and ``*.domain CNAME .`` answer NXDOMAIN.

Owner names are relative, so the zone works under whatever name the resolver
gives it (``zone "rpz.local" { type master; file ...; };`` and
``response-policy { zone "rpz.local"; };`` in BIND). A domain a listed parent
already covers is left out; the parent's wildcard blocks it. The serial is the
date (``YYYYMMDD00``), so the same input on the same day gives the same zone.
"""

from __future__ import annotations

from mediacode.policy.blocklist.block_list import BlockList
from mediacode.policy.blocklist.domain import without_covered

TTL = 300


def render(block_list: BlockList) -> str:
    domains = without_covered(frozenset(block_list.domains))
    serial = block_list.generated_on.strftime("%Y%m%d") + "00"
    lines = block_list.header(";", len(domains), "names (each also as *.name)")
    lines += [
        f"$TTL {TTL}",
        f"@ IN SOA localhost. hostmaster.localhost. {serial} 3600 600 604800 {TTL}",
        "@ IN NS localhost.",
    ]
    for domain in domains:
        lines.append(f"{domain} CNAME .")
        lines.append(f"*.{domain} CNAME .")
    return "\n".join(lines) + "\n"
