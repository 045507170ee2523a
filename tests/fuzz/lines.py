"""Hypothesis strategies for log lines: arbitrary text, decoded bytes, and near-valid lines."""

from __future__ import annotations

from hypothesis import strategies as st

ODD_CHARACTERS = "\x00\t\r\x0b\x0c\x1b\x7f\x85\xa0\u200b\u200e\u200f\u202e\u2028\u2029\ufeff\ufffd"
"""Characters parsers trip over: NUL, tabs and other whitespace, BOM, bidi marks, line separators."""

SECRET_PATH = "/pathSECRET"
SECRET_QUERY = "?querySECRET"
"""Markers put into request targets: no record may carry them."""

KNOWN_REASONS = frozenset(
    {
        "bad_bytes",
        "bad_csv",
        "bad_size",
        "bad_status",
        "bad_timestamp",
        "comment",
        "custom_format",
        "empty",
        "missing_field",
        "no_address",
        "no_host",
        "no_program",
        "no_request",
        "not_postfix",
        "too_few_fields",
        "unknown_header",
    }
)
KNOWN_NOTICES = frozenset({"event_skipped", "unfinished_at_end", "unfinished_expired"})

_any_char = st.characters(codec="utf-8")
_odd_char = st.sampled_from(ODD_CHARACTERS)
odd_text = st.text(st.one_of(_any_char, _odd_char), max_size=200)
"""Any Unicode, with the troublesome characters drawn often."""

decoded_bytes = st.binary(max_size=300).map(lambda raw: raw.decode("utf-8", errors="replace"))
"""What ``files.read_lines`` gives for arbitrary bytes (invalid UTF-8 replaced)."""


def mutated(valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A valid line with characters replaced, inserted or cut off."""

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        line = draw(valid)
        for _ in range(draw(st.integers(0, 4))):
            if not line:
                break
            at = draw(st.integers(0, len(line) - 1))
            action = draw(st.sampled_from(("replace", "insert", "delete", "truncate")))
            piece = draw(st.one_of(_odd_char, _any_char, st.sampled_from(' "[]/?#:@%-')))
            if action == "replace":
                line = line[:at] + piece + line[at + 1 :]
            elif action == "insert":
                line = line[:at] + piece + line[at:]
            elif action == "delete":
                line = line[:at] + line[at + 1 :]
            else:
                line = line[:at]
        return line

    return mutate()


def line_lists(valid: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """Lists of lines mixing valid, mutated, arbitrary and decoded-bytes lines."""
    return st.lists(
        st.one_of(valid, mutated(valid), odd_text, decoded_bytes, st.just(""), st.just("\n")), max_size=12
    )


host = st.from_regex(r"[a-z0-9][a-z0-9.-]{0,20}\.example", fullmatch=True)
path = st.from_regex(r"[a-zA-Z0-9/._~-]{0,20}", fullmatch=True).map(lambda p: SECRET_PATH + "/" + p)
query = st.from_regex(r"[a-z0-9=&%]{0,20}", fullmatch=True).map(lambda q: SECRET_QUERY + q)
url = st.builds(
    lambda scheme, h, port, p, q: f"{scheme}://{h}{port}{p}{q}",
    st.sampled_from(("http", "https", "ftp")),
    host,
    st.sampled_from(("", ":80", ":8080", ":99999", ":x")),
    path,
    st.one_of(st.just(""), query),
)
