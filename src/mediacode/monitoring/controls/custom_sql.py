"""Checking an organization's own control before it runs (monitoring.md step 7, ADR 0075).

The SQL must be one SELECT over ``web`` and ``mail`` only, name only stored
columns, call no function that reads files, the network or the environment,
group by ``department`` (and nothing else) and return ``users`` as
``COUNT(DISTINCT <pseudonym>)``. Anything else is refused with a message that
names the control; the SQL itself is never echoed.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

from mediacode.monitoring.controls.control import (
    DIMENSION,
    USERS,
    Control,
    ControlRefusedError,
    Figure,
    FigureKind,
)
from mediacode.monitoring.controls.rewrite import groups_by_department, users_pseudonym
from mediacode.monitoring.stored import TABLES
from mediacode.org.schema import CustomControl

ALLOWED_TABLES = frozenset(TABLES)
STORED_COLUMNS = frozenset(name for table in TABLES.values() for name in table.column_names)
FORBIDDEN_FUNCTION_PARTS = (
    "read",
    "scan",
    "glob",
    "file",
    "http",
    "url",
    "env",
    "sniff",
    "metadata",
    "query",
    "setting",
    "pragma",
    "system",
    "shell",
    "load",
    "install",
    "attach",
    "copy",
    "export",
)
"""A function whose name holds one of these may read outside the two tables; it is refused."""
FORBIDDEN_NODES = (exp.Insert, exp.Update, exp.Delete, exp.Create, exp.Drop, exp.Command, exp.Pragma, exp.Set)


def refuse(control: str, reason: str) -> ControlRefusedError:
    return ControlRefusedError(f"the control {control!r} is refused: {reason}")


def check_custom(custom: CustomControl) -> Control:
    """The runnable control, or ``ControlRefusedError`` naming the control and the reason."""
    name = custom.name
    try:
        statements = [s for s in sqlglot.parse(custom.sql, read="duckdb") if s is not None]
    except ParseError:
        raise refuse(name, "its sql is not valid SQL") from None
    if len(statements) != 1 or not isinstance(statements[0], exp.Select):
        raise refuse(name, "its sql must be a single SELECT")
    select = statements[0]
    _check_nodes(name, select)
    _check_tables(name, select)
    _check_functions(name, select)
    _check_columns(name, select)
    return Control(
        name=name,
        description=custom.description or name,
        sql=custom.sql,
        figures=_figures(name, select),
        builtin=False,
        flag=custom.flag,
    )


def _check_nodes(name: str, select: exp.Select) -> None:
    for node in select.walk():
        if isinstance(node, FORBIDDEN_NODES):
            raise refuse(name, "its sql may only read, never change or configure anything")
        if isinstance(node, exp.Star) and not isinstance(node.parent, exp.Count):
            raise refuse(name, "its sql may not select * ; name the columns")


def _check_tables(name: str, select: exp.Select) -> None:
    ctes = {cte.alias_or_name for cte in select.find_all(exp.CTE)}
    for table in select.find_all(exp.Table):
        if table.args.get("db") or table.args.get("catalog"):
            raise refuse(name, "its sql may only read the tables web and mail")
        if not isinstance(table.this, exp.Identifier):
            raise refuse(name, "its sql may only read the tables web and mail, not a function or file")
        if table.name not in ALLOWED_TABLES and table.name not in ctes:
            raise refuse(name, f"its sql reads {table.name!r}; only the tables web and mail exist")


def _check_functions(name: str, select: exp.Select) -> None:
    for func in select.find_all(exp.Func):
        called = (func.name if isinstance(func, exp.Anonymous) else func.sql_name()).lower()
        if any(part in called for part in FORBIDDEN_FUNCTION_PARTS):
            raise refuse(name, f"its sql calls {called}, which may read outside the tables web and mail")


def _check_columns(name: str, select: exp.Select) -> None:
    aliases = {node.alias for node in select.find_all(exp.Alias)}
    aliases |= {node.alias_or_name for node in select.find_all(exp.TableAlias)}
    for column in select.find_all(exp.Column):
        if column.name not in STORED_COLUMNS and column.name not in aliases:
            raise refuse(name, f"its sql names the column {column.name!r}, which is not stored")
    if users_pseudonym(select) is None:
        raise refuse(name, "it must return users as COUNT(DISTINCT <pseudonym column>)")
    outputs = [item.alias_or_name for item in select.expressions]
    if DIMENSION not in outputs or not groups_by_department(select):
        raise refuse(name, "it must return department and GROUP BY department")
    group = select.args.get("group")
    if group is not None and len(group.expressions) != 1:
        raise refuse(name, "it must GROUP BY department only; the report adds the period itself")


def _figures(name: str, select: exp.Select) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    for item in select.expressions:
        output = item.alias_or_name
        if output in (DIMENSION, USERS):
            continue
        if not output or output in {f.name for f in figures}:
            raise refuse(name, "every figure it returns needs its own name (use AS)")
        figures.append(Figure(output, _kind(item.unalias())))
    if not figures:
        raise refuse(name, "it returns no figure besides department and users")
    return tuple(figures)


def _kind(expression: exp.Expression) -> FigureKind:
    if isinstance(expression, exp.Count):
        return "count"
    if isinstance(expression, exp.Sum):
        return "sum"
    return "value"
