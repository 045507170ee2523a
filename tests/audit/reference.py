"""An independent RFC 6962 implementation for the tests: plain recursion straight from the RFC's text.

It shares no code with ``mediacode.audit``: the code under test must agree
with it, and proofs made by the code under test must satisfy its verifiers.
"""

from __future__ import annotations

import hashlib


def leaf(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def split(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(entries: list[bytes]) -> bytes:
    """MTH(D[n]) of raw entries."""
    if not entries:
        return hashlib.sha256(b"").digest()
    if len(entries) == 1:
        return leaf(entries[0])
    k = split(len(entries))
    return node(mth(entries[:k]), mth(entries[k:]))


def root_from_audit_path(index: int, size: int, leaf_hash: bytes, path: list[bytes]) -> bytes:
    """Rebuild the root from an audit path by following PATH(m, D[n]) backwards; ValueError if it cannot."""
    if size == 1:
        if path:
            raise ValueError("path too long")
        return leaf_hash
    if not path:
        raise ValueError("path too short")
    k = split(size)
    sibling, rest = path[-1], path[:-1]
    if index < k:
        return node(root_from_audit_path(index, k, leaf_hash, rest), sibling)
    return node(sibling, root_from_audit_path(index - k, size - k, leaf_hash, rest))


def roots_from_consistency(m: int, n: int, proof: list[bytes], old_root: bytes) -> tuple[bytes, bytes]:
    """Rebuild (old root, new root) by following SUBPROOF(m, D[n], true) backwards; ValueError if not."""

    def rebuild(m: int, n: int, items: list[bytes], complete: bool) -> tuple[bytes, bytes]:
        if m == n:
            if complete:
                if items:
                    raise ValueError("proof too long")
                return old_root, old_root
            if len(items) != 1:
                raise ValueError("proof has the wrong length")
            return items[0], items[0]
        if not items:
            raise ValueError("proof too short")
        k = split(n)
        sibling, rest = items[-1], items[:-1]
        if m <= k:
            old, new = rebuild(m, k, rest, complete)
            return old, node(new, sibling)
        old, new = rebuild(m - k, n - k, rest, False)
        return node(sibling, old), node(sibling, new)

    return rebuild(m, n, list(proof), True)
