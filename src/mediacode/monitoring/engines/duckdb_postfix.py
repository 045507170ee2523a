# ruff: noqa: E501  (SQL text: a statement split to fit reads worse than a long line)
"""Postfix ``maillog`` parsed and reassembled inside DuckDB, bound to ``sources.postfix`` (ADR 0079).

Per line, SQL finds what the reference parser finds (reject reason, time
stamp, program, queue id, the ``from=``/``size=``/``to=``/``status=`` words,
refusals, ``removed``), the year of classic stamps as a running count of
turns of the year, and then reassembles messages by queue id: a queue id's
lines are cut into messages at each ``removed`` or ``milter-reject`` (a
count of earlier closing lines), and each message is one row with its first
line, sender, size, recipients in first-seen order with their last status,
and the private-subject flag. Records come out in the reference's order (a
message at its ``removed`` line, a refusal at its own line, unfinished
messages at the end in order of their first line). The doubt (below) is known
before the first batch; recipients, status and direction are aggregated per
chunk of output lines, each when its first batch is asked for, so a caller
pulling batches in a thread makes rows while DuckDB aggregates the next chunk.

The reference parser stays the reference. A file the SQL cannot answer for
exactly goes to it as a whole (the reassembly carries state from line to line,
so a single line cannot be handed over): bytes outside printable ASCII,
carriage returns, time stamps of uncommon shape, ``Feb 29`` in a classic
stamp (its validity depends on the inferred year), sizes of more than 18
digits, zones other than UTC, and any message that could outlive the
reference's expiry window. A contract test holds the two paths together.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, timedelta, tzinfo
from pathlib import Path

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

from mediacode.monitoring.direction import normalise_domains
from mediacode.monitoring.engines.duckdb_squid import FileCheck, check_file
from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.sources import files, postfix
from mediacode.monitoring.sources.reject import Notice, Reject
from mediacode.monitoring.sources.syslog_time import MONTHS, TURN_OF_YEAR_GAP

BATCH_ROWS = 131_072
CHUNK_LINES = 262_144
"""Output lines per chunk of the recipients' aggregation (``item_batches``)."""
MEMORY_LIMIT = "512MB"
PYTHON = "?python"
"""The reason column's marker for a line only the reference parser can read."""
MAX_SIZE_DIGITS = 18
UNFINISHED = "unfinished_at_end"


@dataclass(frozen=True, slots=True)
class Options:
    """The reference parser's options, as the ingest passes them."""

    year: int
    local_domains: frozenset[str]
    private_subject_tag: str | None
    syslog_name: str = "postfix"
    window: timedelta = postfix.DEFAULT_WINDOW


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _digits(expression: str) -> str:
    """ASCII digits only, at least one (``ascii_digits.is_digits``)."""
    return f"({expression} <> '' AND NOT ({expression} GLOB '*[!0-9]*'))"


def _between(text: str, start: str) -> str:
    """``postfix._between(text, start, '>')`` lower-cased, ``NULL`` for nothing (``postfix._address``)."""
    rest = f"substr({text}, strpos({text}, {_literal(start)}) + {len(start)})"
    return (
        f"CASE WHEN strpos({text}, {_literal(start)}) > 0 AND strpos({rest}, '>') > 1"
        f" THEN lower(left({rest}, strpos({rest}, '>') - 1)) END"
    )


def _word_after(key: str) -> str:
    """``postfix._word_after`` of ``body``: the first ``key`` and what follows up to a space, comma,
    semicolon or ``)``, cut from ``raw`` (see ``_address_at``)."""
    found = f"strpos(body, {_literal(key)})"
    return (
        f"CASE WHEN {found} > 0 THEN nullif(regexp_extract(substr(raw, body_at + {found} + {len(key) - 1}),"
        " '^[^ ,;)]*'), '') END"
    )


def _is_local(address: str, domains: frozenset[str]) -> str:
    """``direction.is_local`` in SQL: the domain (after the last ``@``) is ours or a subdomain of ours."""
    wanted = sorted(d for d in domains if d)
    if not wanted:
        return "FALSE"
    domain = f"split_part({address}, '@', -1)"
    tests = [f"{domain} = {_literal(d)} OR ends_with({domain}, {_literal('.' + d)})" for d in wanted]
    return "(" + " OR ".join(tests) + ")"


def _source(path: Path, check: FileCheck) -> str:
    return (
        f"read_csv({_literal(str(path))}, columns = {{'line': 'VARCHAR'}}, delim = '\\x01', quote = '',"
        " escape = '', header = false, auto_detect = false, null_padding = true, strict_mode = false,"
        f" new_line = '\\n', compression = {_literal(check.compression)})"
    )


def _address_at(offset: int) -> str:
    """``_address(_between(…))`` when ``body`` starts with the key: the address begins at ``offset``.

    Cut from ``raw`` at ``body_at`` rather than from ``body``: DuckDB takes its ASCII-only substring
    only for a column it knows holds no other characters (the stored line), and a derived string
    such as ``body`` falls back to the character-counting one, several times slower.
    """
    rest = f"substr(raw, body_at + {offset - 1})"
    return (
        f"CASE WHEN strpos({rest}, '>') > 1 THEN lower(substr(raw, body_at + {offset - 1},"
        f" strpos({rest}, '>') - 1)) END"
    )


def lines_sql(path: Path, check: FileCheck) -> str:
    """The lines, read into a table in file order on every thread (``rowid`` + 1 is the line number;
    ``row_number() OVER ()`` would keep the reading on one thread). Stored, the column carries
    DuckDB's statistics, which let it cut the lines with its ASCII-only string functions."""
    return f"SELECT coalesce(line, '') AS raw FROM {_source(path, check)}"  # noqa: S608  # nosec B608  # the path is a quoted literal


def keeps_order(con: duckdb.DuckDBPyConnection, statement: str) -> bool:
    """Whether DuckDB plans ``CREATE TABLE … AS`` ``statement`` as an order-keeping batch insert.

    The line numbers are positions in the tables, so a plan that may reorder rows (a join, say)
    must not run; the reference parser reads such a file instead. On one thread every plan keeps it.
    """
    if con.execute("SELECT current_setting('threads')").fetchall()[0][0] == 1:
        return True
    plan = con.execute(f"EXPLAIN {statement}").fetchall()[-1][1]
    return str(plan).lstrip().removeprefix("╭─").lstrip().startswith("Batch Create Table As")


def parsed_sql(options: Options, lines: str = "lines") -> str:
    """Stage one: one row per line of the table ``lines`` (in file order) with its reject reason and
    fields, stored in the same order (``NUMBERED`` adds the line numbers).

    Only printable ASCII reaches here (``check_file``), so a space is the only
    whitespace and ``str.split`` is a split on runs of spaces. The common
    classic shape (``Mon dd hh:mm:ss host program text``, single spaces) is
    cut at fixed places; any other shape by one regular expression. Nothing
    here depends on the year of a classic stamp (``Feb 29`` goes to the
    reference), so the year is added in stage two.
    """
    months = " ".join(f"WHEN {_literal(name)} THEN {number}" for name, number in MONTHS.items())
    # ORs of equalities, never a long IN list: DuckDB plans one as a join, and a join gives up the file
    # order of the rows, which are numbered by their position in the table (``parsed_is_ordered``).
    agents = " OR ".join(f"service = {_literal(agent)}" for agent in sorted(postfix.DELIVERY_AGENTS))
    name = _literal(options.syslog_name)
    tag = options.private_subject_tag.casefold() if options.private_subject_tag else None
    subject = "split_part(substr(body, strpos(body, 'header Subject:') + 15), '; from=', 1)"
    private = f"contains(lower({subject}), {_literal(tag)})" if tag is not None else "FALSE"
    rfc = (
        "stamp GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"
        " AND regexp_full_match(substr(stamp, 20), '(\\.[0-9]{1,6})?(Z|[+-][0-9][0-9]:[0-9][0-9])')"
    )
    naive = (
        "stamp GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"
        " AND regexp_full_match(substr(stamp, 20), '(\\.[0-9]{1,6})?')"
    )
    odd_offset = "NOT ends_with(stamp, 'Z') AND (substr(stamp, -5, 2) > '23' OR substr(stamp, -2, 2) > '59')"
    return f"""
WITH src AS (
    SELECT raw FROM {lines}
), form AS (
    SELECT raw,
        CASE WHEN raw GLOB '[A-Z][a-z][a-z] [ 0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9] [! ]*' THEN 'quick'
             WHEN ltrim(raw, ' ') = '' THEN 'empty' WHEN starts_with(raw, '#') THEN 'comment'
             WHEN raw GLOB '[0-9]*' THEN 'rfc' ELSE 'classic' END AS form
    FROM src
), cut AS (
    SELECT raw, form, CASE WHEN form = 'quick' THEN strpos(substr(raw, 17), ' ') END AS h FROM form
), cut2 AS (
    SELECT raw, form, h, CASE WHEN h > 0 THEN strpos(substr(raw, 17 + h), ' ') END AS p FROM cut
), fields AS (
    SELECT form, fast,
        CASE WHEN form IN ('quick', 'classic') AND NOT fast THEN regexp_extract(raw,
            '^( *([^ ]+) +([^ ]+) +([^ ]+) +[^ ]+ +([^ ]+) +)[^ ]', ['pre', 'mon', 'day', 'clk', 'prog']) END AS c,
        CASE WHEN form = 'rfc' THEN regexp_extract(raw, '^(([^ ]+) +[^ ]+ +([^ ]+) +)[^ ]', ['pre', 'stamp', 'prog'])
        END AS r,
        CASE WHEN form = 'rfc' THEN split_part(raw, ' ', 1) END AS stamp,
        CASE WHEN fast THEN substr(raw, 17 + h, p - 1) END AS fprog,
        CASE WHEN fast THEN 17 + h + p END AS ftext_at,
        raw
    FROM (SELECT *, coalesce(p > 1 AND substr(raw, 17 + h + p, 1) NOT IN ('', ' '), FALSE) AS fast FROM cut2)
), picked AS (
    SELECT form, fast, stamp, raw, c.mon, c.day, c.clk,
        CASE WHEN form = 'rfc' THEN r.prog WHEN fast THEN fprog ELSE c.prog END AS prog,
        CASE WHEN fast THEN ftext_at
             WHEN form IN ('quick', 'classic') AND c.pre <> '' THEN length(c.pre) + 1
             WHEN form = 'rfc' AND r.pre <> '' THEN length(r.pre) + 1 END AS text_at
    FROM fields
), clocked AS (
    SELECT form, stamp, raw, text_at, substr(raw, text_at) AS text,
        CASE WHEN fast THEN CASE substr(raw, 1, 3) {months} END
             WHEN form IN ('quick', 'classic') THEN CASE mon {months} END END AS month,
        CASE WHEN fast THEN CAST(substr(raw, 5, 2) AS INTEGER)
             WHEN {_digits("day")} AND length(day) <= 9 THEN CAST(day AS INTEGER) END AS dayn,
        CASE WHEN fast THEN TRUE ELSE form IN ('quick', 'classic') AND text IS NOT NULL AND {_digits("day")}
            AND length(clk) = 8 AND substr(clk, 3, 1) = ':' AND substr(clk, 6, 1) = ':' END AS shape,
        CASE WHEN fast THEN TRUE ELSE clk GLOB '[0-9][0-9]:[0-9][0-9]:[0-9][0-9]' END AS clock_digits,
        CASE WHEN fast THEN CAST(substr(raw, 8, 2) AS INTEGER)
             WHEN clock_digits THEN CAST(substr(clk, 1, 2) AS INTEGER) END AS hh,
        CASE WHEN fast THEN CAST(substr(raw, 11, 2) AS INTEGER)
             WHEN clock_digits THEN CAST(substr(clk, 4, 2) AS INTEGER) END AS mi,
        CASE WHEN fast THEN CAST(substr(raw, 14, 2) AS INTEGER)
             WHEN clock_digits THEN CAST(substr(clk, 7, 2) AS INTEGER) END AS ss,
        CASE WHEN ends_with(prog, ':') THEN split_part(left(prog, -1), '[', 1) END AS program,
        ends_with(prog, ':') AS colon_prog
    FROM picked
), valued AS (
    SELECT *, shape AND month IS NOT NULL AS shaped,
        CASE WHEN shape AND month IS NOT NULL AND clock_digits THEN coalesce(
            dayn BETWEEN 1 AND
                CASE month WHEN 2 THEN 29 WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END
            AND hh < 24 AND mi < 60 AND ss < 60, FALSE)
        END AS valid,
        CASE WHEN form = 'rfc' AND {rfc} AND TRY_CAST(substr(stamp, 1, 10) AS DATE) IS NOT NULL
                AND substr(stamp, 12, 2) < '24' AND substr(stamp, 15, 2) < '60' AND substr(stamp, 18, 2) < '60'
            THEN CAST(substr(stamp, 1, 10) AS DATE) + make_time(CAST(substr(stamp, 12, 2) AS BIGINT),
                    CAST(substr(stamp, 15, 2) AS BIGINT), CAST(substr(stamp, 18, 2) AS DOUBLE))
                + to_microseconds(CASE WHEN substr(stamp, 20, 1) = '.'
                    THEN CAST(rpad(regexp_extract(stamp, '\\.([0-9]+)', 1), 6, '0') AS BIGINT) ELSE 0 END)
                - CASE WHEN ends_with(stamp, 'Z') THEN INTERVAL 0 MINUTE
                       ELSE to_minutes((CASE WHEN substr(stamp, -6, 1) = '-' THEN -1 ELSE 1 END)
                            * (CAST(substr(stamp, -5, 2) AS BIGINT) * 60 + CAST(substr(stamp, -2, 2) AS BIGINT)))
                  END
        END AS rts,
        CASE WHEN starts_with(program, {name}) THEN split_part(program, '/', -1) END AS service
    FROM clocked
), reasoned AS (
    SELECT month, dayn, shaped, valid, rts, service, text, raw, text_at,
        CASE WHEN valid THEN hh * 3600 + mi * 60 + ss END AS secs,
        coalesce(CASE
            WHEN form IN ('empty', 'comment') THEN form
            WHEN form = 'rfc' THEN
                CASE WHEN rts IS NOT NULL THEN
                        CASE WHEN substr(stamp, 1, 4) < '0002' OR substr(stamp, 1, 4) > '9998' THEN '{PYTHON}'
                             WHEN {odd_offset} THEN '{PYTHON}'
                             WHEN text IS NULL THEN 'too_few_fields' END
                     WHEN {rfc} THEN CASE WHEN {odd_offset} THEN '{PYTHON}' ELSE 'bad_timestamp' END
                     WHEN {naive} THEN 'bad_timestamp'
                     ELSE '{PYTHON}' END
            WHEN text IS NULL THEN 'too_few_fields'
            WHEN NOT shaped THEN 'bad_timestamp'
            WHEN NOT clock_digits THEN '{PYTHON}'
            WHEN month = 2 AND dayn = 29 THEN '{PYTHON}'
            WHEN NOT valid THEN 'bad_timestamp'
        END, CASE WHEN service IS NULL THEN CASE WHEN colon_prog THEN 'not_postfix' ELSE 'no_program' END END)
            AS reason
    FROM valued
), parted AS (
    SELECT month, dayn, shaped, valid, rts, secs, service, reason,
        CASE WHEN reason IS NULL AND strpos(text, ': ') > 0
            THEN substr(raw, text_at, strpos(text, ': ') - 1) END AS qid,
        CASE WHEN reason IS NULL AND strpos(text, ': ') > 0 THEN text_at + strpos(text, ': ') + 1 END AS body_at,
        CASE WHEN reason IS NULL AND strpos(text, ': ') > 0
            THEN substr(raw, text_at + strpos(text, ': ') + 1) END AS body, raw
    FROM reasoned
), kinds AS (
    SELECT *,
        CASE
            WHEN reason IS NOT NULL THEN NULL
            WHEN qid IS NULL THEN 'N'
            WHEN qid = 'NOQUEUE' THEN CASE WHEN starts_with(body, 'reject:') THEN 'J' ELSE 'N' END
            WHEN NOT (length(qid) >= 5 AND regexp_full_match(qid, '[0-9A-Z]+|[0-9A-Za-z]*[0-9][0-9A-Za-z]*')) THEN 'N'
            WHEN starts_with(body, 'reject:') THEN 'J'
            WHEN starts_with(body, 'milter-reject:') THEN 'M'
            WHEN service = 'qmgr' AND body = 'removed' THEN 'X'
            WHEN service = 'qmgr' AND starts_with(body, 'from=<') THEN 'F'
            WHEN ({agents}) AND starts_with(body, 'to=<') THEN 'T'
            WHEN service = 'cleanup' AND {"TRUE" if tag is not None else "FALSE"}
                 AND contains(body, 'header Subject:') THEN 'S'
            ELSE 'O'
        END AS kind
    FROM parted
)
SELECT reason, month, dayn, shaped, valid, rts, secs, kind,
    CASE WHEN kind <> 'N' AND kind <> 'J' THEN qid END AS qid,
    CASE WHEN kind = 'F' THEN {_address_at(7)}
         WHEN kind IN ('J', 'M') THEN {_between("body", "from=<")} END AS sender,
    CASE WHEN kind = 'T' THEN {_address_at(5)}
         WHEN kind IN ('J', 'M') THEN {_between("body", "to=<")} END AS rcpt,
    CASE WHEN kind = 'F' THEN {_word_after("size=")} END AS size_text,
    CASE WHEN kind = 'T' THEN {_word_after("status=")} END AS status,
    CASE WHEN kind = 'S' THEN {private} END AS private
FROM kinds
"""  # noqa: S608 - only the path, names and the tag are interpolated, as quoted literals  # nosec B608  # only quoted literals and constants


NUMBERED = "(SELECT rowid + 1 AS n, * FROM parsed)"
"""Stage one's rows with their line numbers (``parsed`` is filled in file order)."""


def timed_sql(options: Options, turns: bool) -> str:
    """Stage two: each line's UTC time; classic stamps get their year (a running count of turns when needed)."""
    if turns:
        year = f"""({options.year} + sum(coalesce(shaped AND coalesce(last_month, 0) - month >= {TURN_OF_YEAR_GAP},
                FALSE)::INTEGER) OVER (ORDER BY n ROWS UNBOUNDED PRECEDING))::BIGINT"""
        source = f"""(SELECT *, last_value(CASE WHEN valid THEN month END IGNORE NULLS) OVER (
                ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_month FROM {NUMBERED})"""  # noqa: S608  # nosec B608  # constants
    else:
        year, source = f"{options.year}::BIGINT", NUMBERED
    return f"""
SELECT * EXCLUDE (ts0), CASE WHEN rts IS NOT NULL THEN rts WHEN valid AND NOT (month = 2 AND dayn = 29)
        THEN make_timestamp(year, month, dayn, 0, 0, 0) + to_seconds(secs) END AS ts
FROM (SELECT *, NULL AS ts0, {year} AS year FROM {source})
"""  # noqa: S608  # nosec B608  # constants and the year as an integer


def _aggregates() -> str:
    closing = CLOSING
    return f"""min(n) FILTER (kind <> 'M') AS first_line,
        arg_min(ts, n) FILTER (kind <> 'M') AS ts,
        min(ts) FILTER (kind <> 'M') AS earliest,
        max(n) FILTER (kind = 'X') AS end_line,
        max(n) FILTER ({closing}) AS closed_at,
        bool_or(kind = 'M') AS refused,
        arg_max(coalesce(sender, ''), n) FILTER (kind = 'F') AS sender,
        arg_max(TRY_CAST(size_text AS BIGINT), n) FILTER (
            kind = 'F' AND {_digits("size_text")} AND length(size_text) <= {MAX_SIZE_DIGITS}) AS size,
        coalesce(bool_or(private), FALSE) AS private,
        coalesce(bool_or(kind = 'F' AND {_digits("size_text")} AND length(size_text) > {MAX_SIZE_DIGITS}),
            FALSE) AS huge"""


CLOSING = "kind IN ('M', 'X')"
DELIVERED = "kind = 'T' AND rcpt IS NOT NULL AND status IS NOT NULL"
MINE = "(SELECT n, ts, kind, qid, sender, rcpt, size_text, status, private FROM timed WHERE qid IS NOT NULL)"
"""The lines that carry a queue id, with their time."""


def whole_sql() -> str:
    """Every queue id as one message, and whether it must be cut (more than one closing line, or a
    line after its one closing line). Most queue ids are one message; only the others go to ``seg``."""
    closing = CLOSING
    return f"""
SELECT qid, 0 AS s, {_aggregates()},
    count(*) FILTER ({closing}) > 1 OR (count(*) FILTER ({closing}) = 1 AND max(n) FILTER ({closing}) < max(n))
        AS cut
FROM {MINE} GROUP BY qid
"""  # noqa: S608  # nosec B608  # constants


def seg_sql() -> str:
    """The lines of cut queue ids, each with ``s``, the count of the queue id's closing lines before it."""
    return f"""
SELECT *, coalesce(sum(CASE WHEN {CLOSING} THEN 1 ELSE 0 END) OVER (
    PARTITION BY qid ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS s
FROM {MINE} WHERE qid IN (SELECT qid FROM whole WHERE cut)
"""  # noqa: S608  # nosec B608  # constants


def messages_sql(options: Options) -> str:
    """Messages (from ``whole`` and ``seg``) without their recipients: the line ``n`` they come out at,
    first line, time, sender, size, private flag, and what the doubt needs (``huge``, ``may_expire``).

    ``may_expire``: a checkpoint of ``CHECK_EVERY`` lines inside the message's span while its earliest
    time is older than the window before the highest time reached by then (by 4096-line buckets).
    """
    window = int(options.window.total_seconds() * 1_000_000)
    every = postfix.CHECK_EVERY
    return f"""
WITH buckets AS (
    SELECT b, max(top) OVER (ORDER BY b ROWS UNBOUNDED PRECEDING) AS reached
    FROM (SELECT n // {every} AS b, max(ts) FILTER (kind IS NOT NULL) AS top FROM timed GROUP BY b)
), msgs AS (
    SELECT * EXCLUDE (cut), FALSE AS cut FROM whole WHERE NOT cut
    UNION ALL
    SELECT qid, s, {_aggregates()}, TRUE AS cut FROM seg GROUP BY qid, s
)
SELECT coalesce(m.end_line, (SELECT count(*) FROM timed) + 1) AS n, m.qid, m.s, m.cut, m.first_line,
    m.end_line IS NULL AND NOT m.refused AS unfinished, m.refused, m.ts, nullif(m.sender, '') AS sender,
    m.size, m.private, m.huge,
    coalesce(m.closed_at, (SELECT count(*) FROM timed)) // {every} > m.first_line // {every}
        AND m.earliest < coalesce(b.reached, (SELECT max(reached) FROM buckets)) - to_microseconds({window})
        AS may_expire
FROM msgs m LEFT JOIN buckets b ON b.b = m.closed_at // {every}
WHERE m.first_line IS NOT NULL
"""  # noqa: S608  # nosec B608  # only constants


def delivered_sql() -> str:
    """The delivery lines (``to=`` with a status) of the file; ``seg`` holds those of cut queue ids too."""
    return f"SELECT n, qid, rcpt, status FROM {NUMBERED} WHERE {DELIVERED}"  # noqa: S608  # nosec B608  # constants


def line_items_sql() -> str:
    """Items of single lines: refusals (at their own line) and rejected lines."""
    return """
SELECT n, n AS first_line, FALSE AS unfinished, NULL AS reason, ts, sender,
    CASE WHEN rcpt IS NULL THEN [] ELSE [rcpt] END AS recipients, NULL::BIGINT AS size,
    'rejected' AS status, FALSE AS private
FROM timed WHERE kind IN ('J', 'M')
UNION ALL
SELECT n, n AS first_line, FALSE AS unfinished, reason, NULL::TIMESTAMP AS ts,
    NULL AS sender, []::VARCHAR[] AS recipients, NULL::BIGINT AS size, NULL AS status, FALSE AS private
FROM timed WHERE reason IS NOT NULL
"""


def chunk_sql(options: Options, low: int, high: int, earliest: int) -> str:
    """The items that come out at lines ``low`` to ``high - 1``, in the reference's order.

    ``earliest``: the lowest first line of the messages coming out there; their delivery lines lie
    between it and ``high`` (a message's lines end at its closing line, or it comes out at the end).
    """
    is_local = _is_local("x", options.local_domains)
    sender_local = _is_local("sender", options.local_domains)
    direction = (
        "NULL"
        if not options.local_domains
        else f"""CASE
            WHEN sender IS NULL AND len(recipients) = 0 THEN NULL
            WHEN sender IS NOT NULL AND {sender_local} THEN
                CASE WHEN len(recipients) > 0 AND list_bool_and(list_transform(recipients, lambda x: {is_local}))
                     THEN 'internal' ELSE 'outbound' END
            WHEN list_bool_or(list_transform(recipients, lambda x: {is_local})) THEN 'inbound'
        END"""
    )
    return f"""
WITH m AS (
    SELECT * FROM msgs WHERE n >= {low} AND n < {high} AND NOT refused
), outcomes AS (
    SELECT qid, 0 AS s, rcpt, min(n) AS first, arg_max(status, n) AS status
    FROM delivered WHERE n >= {earliest} AND n < {high} AND qid IN (SELECT qid FROM m WHERE NOT cut)
    GROUP BY qid, rcpt
    UNION ALL
    SELECT qid, s, rcpt, min(n) AS first, arg_max(status, n) AS status
    FROM seg WHERE n >= {earliest} AND n < {high} AND {DELIVERED} GROUP BY qid, s, rcpt
), listed AS (
    SELECT qid, s, list_select(list(rcpt), list_grade_up(list(first))) AS recipients,
        min(status) AS low, max(status) AS high
    FROM outcomes GROUP BY qid, s
), records AS (
    SELECT m.n, m.first_line, m.unfinished, NULL AS reason, m.ts, m.sender,
        coalesce(l.recipients, []) AS recipients, m.size,
        CASE WHEN l.low IS NULL THEN 'unknown' WHEN l.low = l.high THEN l.low ELSE 'partial' END AS status,
        m.private
    FROM m LEFT JOIN listed l USING (qid, s)
), items AS (
    SELECT * FROM records
    UNION ALL
    SELECT * FROM line_items WHERE n >= {low} AND n < {high}
)
SELECT n, first_line, unfinished, reason, ts, sender, recipients, size, status, private,
    CASE WHEN reason IS NULL THEN {direction} END AS direction
FROM items ORDER BY n, first_line
"""  # noqa: S608  # nosec B608  # only quoted literals, constants and integers


def _connect(threads: int | None, spill: str) -> duckdb.DuckDBPyConnection:
    config: dict[str, str | bool | int | float | list[str]] = {
        "memory_limit": MEMORY_LIMIT,
        "threads": threads or os.cpu_count() or 1,
        "temp_directory": spill,
    }
    con = duckdb.connect(":memory:", config=config)
    con.execute("SET TimeZone = 'UTC'").fetchall()
    con.execute("SET enable_progress_bar = false").fetchall()  # it would write into the command's output
    return con


def engine_can_read(
    path: Path, options: Options, zone: tzinfo = UTC, check: FileCheck | None = None
) -> FileCheck | None:
    """The byte scan's verdict when SQL may try the file; ``None`` when only the reference can.

    ``check`` is a byte scan of ``path`` already made (ingest makes it beside the content hash).
    """
    if check is None:
        check = check_file(path)
    if zone is not UTC or not check.duckdb_readable or not check.only_printable_ascii:
        return None
    if options.year > 9999 or options.year < 1:
        return None
    return check


_SPAN = (
    "SELECT min(month) FILTER (shaped), max(month) FILTER (shaped), count(*),"  # noqa: S608 - a constant  # nosec B608  # a constant
    f" count(*) FILTER (shaped AND month <= {12 - TURN_OF_YEAR_GAP}) FROM parsed"
)
"""The months of classic stamps (can the year turn at all, and how often at most) and the count of lines."""


def _doubt(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the SQL reading may differ from the reference's anywhere in the file."""
    lines = con.execute(f"SELECT count(*) FROM line_items WHERE reason = '{PYTHON}'").fetchall()[0][0]  # noqa: S608  # nosec B608  # a constant
    messages = con.execute("SELECT count(*) FROM msgs WHERE huge OR may_expire").fetchall()[0][0]
    return bool(lines or messages)


def item_batches(
    path: Path,
    options: Options,
    *,
    threads: int | None = None,
    rows: int = BATCH_ROWS,
    spill_in: Path | None = None,
    check: FileCheck | None = None,
    chunk_lines: int = CHUNK_LINES,
) -> tuple[int, Iterator[pa.RecordBatch]] | None:
    """The count of lines and Arrow batches of items in the reference's order; ``None`` when only the
    reference parser can read the file exactly.

    DuckDB may spill the lines to disk under ``spill_in`` (ingest passes the organization's ``tmp``
    folder, which the next run empties even after a kill; the system's temporary folder otherwise).

    Columns: ``n`` (the line a reject or record belongs to), ``first_line``, ``unfinished``, ``reason``
    (a reject when not null), and the ``MailRecord`` fields. ``check``: the byte scan of ``path``
    when the caller has made it already (else it is made here).

    The doubt is known before the first batch: messages without their recipients come first
    (``msgs``), and the recipients, status and direction are aggregated per ``chunk_lines`` lines of
    output, each chunk when the caller asks for it, so that a caller pulling batches in a thread
    (``read_ahead``) makes the rows of one chunk while DuckDB aggregates the next.
    """
    check = engine_can_read(path, options, check=check)
    if check is None:
        return None
    if spill_in is not None:
        spill_in.mkdir(mode=0o700, parents=True, exist_ok=True)
    spill = tempfile.mkdtemp(prefix="mediacode-duckdb-", dir=spill_in)
    con = _connect(threads, spill)
    try:
        ordered = True
        for statement in (
            f"CREATE TEMP TABLE lines AS {lines_sql(path, check)}",
            f"CREATE TEMP TABLE parsed AS {parsed_sql(options)}",
        ):
            ordered = ordered and keeps_order(con, statement)
            if not ordered:
                break
            con.execute(statement)
        if not ordered:
            con.close()
            shutil.rmtree(spill, ignore_errors=True)
            return None
        con.execute("DROP TABLE lines")
        low, high, total, turns = con.execute(_SPAN).fetchall()[0]
        may_turn = low is not None and high - low >= TURN_OF_YEAR_GAP
        if options.year + (turns if may_turn else 0) > 9999:
            con.close()
            shutil.rmtree(spill, ignore_errors=True)
            return None
        con.execute(f"CREATE TEMP VIEW timed AS {timed_sql(options, may_turn)}")
        for name, statement in (
            ("whole", whole_sql()),
            ("seg", seg_sql()),
            ("msgs", messages_sql(options)),
            ("delivered", delivered_sql()),
            ("line_items", line_items_sql()),
        ):
            con.execute(f"CREATE TEMP TABLE {name} AS {statement}")
        if _doubt(con):
            con.close()
            shutil.rmtree(spill, ignore_errors=True)
            return None
    except duckdb.ConversionException:  # a value SQL cannot convert: the reference decides, as for any doubt
        con.close()
        shutil.rmtree(spill, ignore_errors=True)
        return None
    except BaseException:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)
        raise
    return int(total), _stream(con, options, int(total), chunk_lines, rows, spill)


def _stream(
    con: duckdb.DuckDBPyConnection, options: Options, total: int, chunk_lines: int, rows: int, spill: str
) -> Iterator[pa.RecordBatch]:
    """The items chunk by chunk of output lines (``1 .. total + 1``; unfinished messages come out at
    ``total + 1``), each chunk's aggregation run only when its first batch is asked for."""
    try:
        con.execute("DROP TABLE whole")
        earliest = dict(
            con.execute(
                f"SELECT (n - 1) // {chunk_lines}, min(first_line) FROM msgs WHERE NOT refused GROUP BY ALL"  # noqa: S608  # nosec B608  # an integer
            ).fetchall()
        )
        for chunk in range(total // chunk_lines + 1):
            low = 1 + chunk * chunk_lines
            high = low + chunk_lines
            yield from con.sql(chunk_sql(options, low, high, earliest.get(chunk, low))).to_arrow_reader(rows)
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


def parse_file(
    path: Path, options: Options, *, threads: int | None = None
) -> Iterator[MailRecord | Reject | Notice]:
    """The same items, in the same order, as ``postfix.parse`` over the lines of ``path``."""
    found = item_batches(path, options, threads=threads)
    if found is None:
        yield from postfix.parse(
            files.read_lines(path),
            year=options.year,
            local_domains=options.local_domains,
            private_subject_tag=options.private_subject_tag,
            syslog_name=options.syslog_name,
            window=options.window,
        )
        return
    _, batches = found
    for batch in batches:
        yield from items_of(batch)


def items_of(batch: pa.RecordBatch) -> Iterable[MailRecord | Reject | Notice]:
    """The reference parser's items for one batch of ``item_batches``."""
    columns = batch.to_pydict()
    for n, first, unfinished, reason, at, sender, recipients, size, status, private, direction in zip(
        columns["n"],
        columns["first_line"],
        columns["unfinished"],
        columns["reason"],
        columns["ts"],
        columns["sender"],
        columns["recipients"],
        columns["size"],
        columns["status"],
        columns["private"],
        columns["direction"],
        strict=True,
    ):
        if reason is not None:
            yield Reject(n, reason)
            continue
        yield MailRecord(at.replace(tzinfo=UTC), sender, tuple(recipients), size, direction, status, private)
        if unfinished:
            yield Notice(first, UNFINISHED)


def options_for(
    year: int, local_domains: Iterable[str] = (), private_subject_tag: str | None = None
) -> Options:
    return Options(year, normalise_domains(local_domains), private_subject_tag)
