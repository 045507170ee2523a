"""Consistency proofs between tree sizes: RFC 6962 §2.1.2 to make one, RFC 9162 §2.1.4.2 to check one.

A proof that the tree of ``first`` leaves is a prefix of the tree of
``second`` leaves is what shows that a log was only appended to since an old
tree head was kept apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from mediacode.audit.hashing import node_hash
from mediacode.audit.tree import split_point, subtree_root


def consistency_proof(leaves: Sequence[bytes], first: int) -> list[bytes]:
    """The proof that the first ``first`` leaves form a prefix of the tree of all ``leaves``."""
    second = len(leaves)
    if not 0 <= first <= second:
        raise IndexError(f"a tree of {second} leaves has no prefix of {first} leaves")
    if first in (0, second):
        return []
    return _subproof(leaves, first, 0, second, complete=True)


def _subproof(leaves: Sequence[bytes], first: int, start: int, end: int, complete: bool) -> list[bytes]:
    size = end - start
    if first == size:
        return [] if complete else [subtree_root(leaves, start, end)]
    middle = start + split_point(size)
    if first <= middle - start:
        return [*_subproof(leaves, first, start, middle, complete), subtree_root(leaves, middle, end)]
    return [
        *_subproof(leaves, first - (middle - start), middle, end, False),
        subtree_root(leaves, start, middle),
    ]


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Whether ``proof`` shows the tree of ``first`` leaves is a prefix of the tree of ``second``."""
    if first < 0 or first > second:
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for value in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(value, fr)
            sr = node_hash(value, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, value)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0
