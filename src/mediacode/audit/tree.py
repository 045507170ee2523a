"""Merkle tree roots: from a list of leaf hashes, and incrementally in one streaming pass.

RFC 6962 splits ``n > 1`` leaves at ``k``, the largest power of two below
``n``: the left subtree is perfect, the right one recursive. Read left to
right, a tree of ``n`` leaves is therefore a run of perfect subtrees, one per
set bit of ``n`` from the highest; ``Frontier`` keeps exactly those roots
(at most ``log2 n + 1`` of them) and folds them from the right to give the
tree's root at any size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mediacode.audit.hashing import EMPTY_ROOT, node_hash


def split_point(size: int) -> int:
    """The largest power of two strictly below ``size`` (``size >= 2``)."""
    return 1 << ((size - 1).bit_length() - 1)


def subtree_root(leaves: Sequence[bytes], start: int, end: int) -> bytes:
    """The root of leaves ``start`` to ``end - 1`` as a tree of their own (RFC 6962 ``MTH``)."""
    size = end - start
    if size == 0:
        return EMPTY_ROOT
    if size == 1:
        return leaves[start]
    if size & (size - 1) == 0:
        return _perfect_root(leaves[start:end])
    middle = start + split_point(size)
    return node_hash(subtree_root(leaves, start, middle), subtree_root(leaves, middle, end))


def _perfect_root(level: Sequence[bytes]) -> bytes:
    """The root of a power-of-two run of leaves, one level at a time (no deep recursion)."""
    hashes = list(level)
    while len(hashes) > 1:
        hashes = [node_hash(hashes[i], hashes[i + 1]) for i in range(0, len(hashes), 2)]
    return hashes[0]


def root_of(leaves: Sequence[bytes]) -> bytes:
    """The root of the tree whose leaf hashes are ``leaves``."""
    return subtree_root(leaves, 0, len(leaves))


class Frontier:
    """The roots of the perfect subtrees of a growing tree: O(log n) state, O(1) amortised per leaf."""

    __slots__ = ("size", "stack")

    def __init__(self, size: int = 0, stack: Iterable[bytes] = ()) -> None:
        self.size = size
        self.stack = list(stack)
        if len(self.stack) != self.size.bit_count():
            raise ValueError("a frontier holds one subtree root per set bit of its size")

    def push(self, leaf: bytes) -> None:
        """Add the next leaf hash."""
        stack = self.stack
        stack.append(leaf)
        self.size += 1
        size = self.size
        while not size & 1:
            right = stack.pop()
            stack[-1] = node_hash(stack[-1], right)
            size >>= 1

    def root(self) -> bytes:
        """The root of the tree of the leaves pushed so far."""
        if not self.stack:
            return EMPTY_ROOT
        stack = self.stack
        root = stack[-1]
        for index in range(len(stack) - 2, -1, -1):
            root = node_hash(stack[index], root)
        return root

    def copy(self) -> Frontier:
        return Frontier(self.size, self.stack)
