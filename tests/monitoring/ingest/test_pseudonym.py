from __future__ import annotations

import re

import pytest

from mediacode.monitoring.pseudonym import account_pseudonym, message_pseudonym, person_pseudonym

KEY_A = bytes(range(32))
KEY_B = bytes(range(1, 33))
HEX128 = re.compile(r"^[0-9a-f]{32}$")


@pytest.mark.parametrize(
    "value",
    [
        person_pseudonym(KEY_A, "E001"),
        account_pseudonym(KEY_A, "stranger42"),
        message_pseudonym(KEY_A, "squid-abc", 7),
    ],
)
def test_pseudonyms_are_128_bit_hex(value: str) -> None:
    assert HEX128.match(value)


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        (person_pseudonym(KEY_A, "E001"), person_pseudonym(KEY_A, "E001"), True),
        (person_pseudonym(KEY_A, "E001"), person_pseudonym(KEY_B, "E001"), False),  # another period
        (person_pseudonym(KEY_A, "E001"), person_pseudonym(KEY_A, "E002"), False),
        (person_pseudonym(KEY_A, "E001"), account_pseudonym(KEY_A, "E001"), False),  # inputs kept apart
        (message_pseudonym(KEY_A, "x", 1), message_pseudonym(KEY_A, "x", 2), False),
    ],
)
def test_pseudonyms_are_keyed_and_separated(left: str, right: str, same: bool) -> None:
    assert (left == right) is same
