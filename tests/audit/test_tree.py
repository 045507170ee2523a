"""Tree hashing against the Certificate Transparency reference vectors and an independent implementation."""

from __future__ import annotations

import pytest

from mediacode.audit.hashing import EMPTY_ROOT, leaf_hash, node_hash
from mediacode.audit.tree import Frontier, root_of, split_point
from tests.audit import reference

# The eight leaves and the roots of their prefixes used by the CT reference tests (RFC 6962 test data).
CT_LEAVES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    bytes(range(0x50, 0x58)),
    bytes(range(0x60, 0x70)),
]
CT_ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


@pytest.mark.parametrize("size", range(len(CT_ROOTS)))
def test_roots_match_the_ct_reference_vectors(size: int) -> None:
    leaves = [leaf_hash(entry) for entry in CT_LEAVES[:size]]
    assert root_of(leaves).hex() == CT_ROOTS[size]
    assert reference.mth(CT_LEAVES[:size]).hex() == CT_ROOTS[size]


@pytest.mark.parametrize("size", range(70))
def test_frontier_root_equals_the_recursive_root_at_every_size(size: int) -> None:
    entries = [f"entry {i}".encode() for i in range(size)]
    frontier = Frontier()
    for entry in entries:
        frontier.push(leaf_hash(entry))
    assert frontier.size == size and len(frontier.stack) == size.bit_count()
    assert frontier.root() == reference.mth(entries) == root_of([leaf_hash(e) for e in entries])


def test_leaf_and_node_prefixes_differ() -> None:
    left, right = leaf_hash(b"a"), leaf_hash(b"b")
    assert node_hash(left, right) != leaf_hash(left + right)
    assert EMPTY_ROOT.hex() == CT_ROOTS[0]


@pytest.mark.parametrize(("size", "split"), [(2, 1), (3, 2), (4, 2), (5, 4), (8, 4), (9, 8), (1025, 1024)])
def test_split_is_the_largest_power_of_two_below(size: int, split: int) -> None:
    assert split_point(size) == split == reference.split(size)


@pytest.mark.parametrize("size", [1, 2, 3])
def test_a_frontier_must_hold_one_root_per_set_bit(size: int) -> None:
    with pytest.raises(ValueError, match="one subtree root per set bit"):
        Frontier(size, [])
