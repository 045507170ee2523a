"""Which way a message went, from its addresses and the organization's own mail domains."""

from __future__ import annotations

from collections.abc import Iterable

from mediacode.monitoring.records import Direction


def normalise_domains(domains: Iterable[str]) -> frozenset[str]:
    return frozenset(domain.strip().lower().lstrip("@") for domain in domains if domain.strip())


def is_local(address: str, local_domains: frozenset[str]) -> bool:
    """An address is local when its domain is one of ours or a subdomain of one."""
    domain = address.rpartition("@")[2]
    while domain:
        if domain in local_domains:
            return True
        domain = domain.partition(".")[2]
    return False


def mail_direction(
    sender: str | None, recipients: tuple[str, ...], local_domains: frozenset[str]
) -> Direction | None:
    """``internal``, ``outbound`` or ``inbound``; ``None`` when it cannot be told."""
    if not local_domains or (sender is None and not recipients):
        return None
    recipients_local = bool(recipients) and all(is_local(rcpt, local_domains) for rcpt in recipients)
    if sender is not None and is_local(sender, local_domains):
        return "internal" if recipients_local else "outbound"
    if recipients_local or any(is_local(rcpt, local_domains) for rcpt in recipients):
        return "inbound"
    return None
