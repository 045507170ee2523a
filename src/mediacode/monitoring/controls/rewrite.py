"""Two queries derived from a control's SQL by sqlglot: the total over departments, and per person.

Every control groups by ``department`` and counts ``users`` as
``COUNT(DISTINCT <pseudonym>)``; that is enough to derive, without asking the
author for more SQL, the total row (drop ``department`` from the grouping) and
the per-person figures flags and contribution bounds need (group by the
pseudonym the ``users`` column counts, too).
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from mediacode.monitoring.controls.control import DIMENSION, USERS

PSEUDONYM = "pseudonym"


def top_select(sql: str) -> exp.Select:
    tree = sqlglot.parse_one(sql, read="duckdb")
    if not isinstance(tree, exp.Select):
        raise ValueError("not a SELECT")
    return tree


def projection(select: exp.Select, name: str) -> exp.Expression | None:
    for item in select.expressions:
        if item.alias_or_name == name:
            return item  # type: ignore[no-any-return]
    return None


def users_pseudonym(select: exp.Select) -> exp.Expression | None:
    """The expression ``users`` counts distinct values of, or ``None`` when ``users`` is not that."""
    item = projection(select, USERS)
    if item is None:
        return None
    count = item.unalias()
    if not isinstance(count, exp.Count):
        return None
    distinct = count.this
    if not isinstance(distinct, exp.Distinct) or len(distinct.expressions) != 1:
        return None
    first: exp.Expression = distinct.expressions[0]
    return first


def groups_by_department(select: exp.Select) -> bool:
    return any(_is_department(e, select) for e in _group_keys(select))


def _group_keys(select: exp.Select) -> list[exp.Expression]:
    group = select.args.get("group")
    return list(group.expressions) if group is not None else []


def _is_department(key: exp.Expression, select: exp.Select) -> bool:
    if isinstance(key, exp.Column) and key.name == DIMENSION:
        return True
    item = projection(select, DIMENSION)
    return item is not None and key == item.unalias()


def total_query(sql: str) -> str:
    """The control's SQL over all departments at once (``department`` is NULL)."""
    select = top_select(sql)
    keys = [k for k in _group_keys(select) if not _is_department(k, select)]
    select.set("group", exp.Group(expressions=keys) if keys else None)
    select.set(
        "expressions",
        [
            exp.alias_(exp.cast(exp.null(), "VARCHAR"), DIMENSION) if e.alias_or_name == DIMENSION else e
            for e in select.expressions
        ],
    )
    return select.sql(dialect="duckdb")


def person_query(sql: str) -> str:
    """The control's SQL per department and pseudonym (the one ``users`` counts), as ``pseudonym``."""
    select = top_select(sql)
    pseudonym = users_pseudonym(select)
    if pseudonym is None:
        raise ValueError("users is not COUNT(DISTINCT ...)")
    select.select(exp.alias_(pseudonym.copy(), PSEUDONYM), copy=False)
    select.group_by(pseudonym.copy(), copy=False)
    return select.sql(dialect="duckdb")


IS_TOTAL = "is_total"


def with_total_query(sql: str) -> str:
    """Department rows and the total in one scan: ``GROUPING SETS ((department), ())``.

    ``is_total`` is 1 on the total row, so a NULL department (unknown accounts)
    is never mistaken for it.
    """
    select = top_select(sql)
    keys = _group_keys(select)
    department = next(k for k in keys if _is_department(k, select))
    sets = exp.GroupingSets(
        expressions=[exp.Tuple(expressions=[department.copy()]), exp.Tuple(expressions=[])]
    )
    select.set("group", exp.Group(grouping_sets=[sets]))
    select.select(exp.alias_(exp.func("GROUPING", department.copy()), IS_TOTAL), copy=False)
    return select.sql(dialect="duckdb")
