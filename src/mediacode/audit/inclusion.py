"""Inclusion proofs (audit paths): RFC 6962 §2.1.1 to make one, RFC 9162 §2.1.3.2 to check one."""

from __future__ import annotations

from collections.abc import Sequence

from mediacode.audit.hashing import node_hash
from mediacode.audit.tree import split_point, subtree_root


def inclusion_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """The audit path of leaf ``index`` in the tree of ``leaves``, from the leaf's sibling upwards."""
    if not 0 <= index < len(leaves):
        raise IndexError(f"leaf {index} is not in a tree of {len(leaves)} leaves")
    path: list[bytes] = []
    start, end = 0, len(leaves)
    while end - start > 1:
        middle = start + split_point(end - start)
        if index < middle:
            path.append(subtree_root(leaves, middle, end))
            end = middle
        else:
            path.append(subtree_root(leaves, start, middle))
            start = middle
    path.reverse()
    return path


def verify_inclusion(leaf: bytes, index: int, size: int, path: Sequence[bytes], root: bytes) -> bool:
    """Whether ``path`` proves ``leaf`` is leaf ``index`` of the tree of ``size`` leaves with ``root``."""
    if not 0 <= index < size:
        return False
    fn, sn, hashed = index, size - 1, leaf
    for sibling in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            hashed = node_hash(sibling, hashed)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            hashed = node_hash(hashed, sibling)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hashed == root
