"""Controls bound to purposes; the organization's own SQL checked before it runs; P21."""

from __future__ import annotations

import re

import pytest
import sqlglot

from mediacode.errors import NotFoundError
from mediacode.monitoring.controls.catalog import BUILTINS, controls_for
from mediacode.monitoring.controls.control import ControlRefusedError
from mediacode.monitoring.controls.custom_sql import check_custom
from mediacode.monitoring.controls.rewrite import person_query, total_query
from mediacode.org.schema import (
    CustomControl,
    FlagRule,
    MonitoringSection,
    OrganizationSection,
    Policy,
    Purpose,
)


def policy(*custom: CustomControl) -> Policy:
    return Policy(
        organization=OrganizationSection(name="Test"),
        monitoring=MonitoringSection(
            purposes=(
                Purpose(id="security", description="s", controls=("malware_hits", "phishing_hits")),
                Purpose(id="capacity", description="c", controls=("bandwidth_by_department", "ghost")),
            ),
            controls=custom,
        ),
    )


GOOD_SQL = "SELECT department, COUNT(*) AS hits, COUNT(DISTINCT person) AS users FROM web GROUP BY department"


@pytest.mark.parametrize(
    ("purpose", "control", "expected"),
    [
        ("security", None, ["malware_hits", "phishing_hits"]),
        ("security", "phishing_hits", ["phishing_hits"]),
        ("capacity", "bandwidth_by_department", ["bandwidth_by_department"]),
    ],
)
def test_bound_controls_run(purpose: str, control: str | None, expected: list[str]) -> None:
    assert [c.name for c in controls_for(policy(), purpose, control)] == expected


@pytest.mark.parametrize(
    ("purpose", "control", "message"),
    [
        ("security", "bandwidth_by_department", "not bound to the purpose 'security'"),
        ("capacity", "malware_hits", "not bound to the purpose 'capacity'"),
        ("capacity", "ghost", "'ghost' is refused: no built-in control"),
        ("security", "mine", "not bound"),
    ],
)
def test_unbound_or_unknown_controls_are_refused(purpose: str, control: str, message: str) -> None:
    mine = CustomControl(name="mine", purpose="capacity", sql=GOOD_SQL)
    with pytest.raises(ControlRefusedError, match=message):
        controls_for(policy(mine), purpose, control)


def test_an_unknown_purpose_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="no purpose 'private_use'"):
        controls_for(policy(), "private_use")


def test_a_custom_control_binds_through_its_purpose() -> None:
    mine = CustomControl(name="mine", purpose="capacity", sql=GOOD_SQL)
    assert [c.name for c in controls_for(policy(mine), "capacity", "mine")] == ["mine"]
    orphan = CustomControl(name="orphan", purpose="marketing", sql=GOOD_SQL)
    with pytest.raises(ControlRefusedError, match="not bound"):
        controls_for(policy(orphan), "capacity", "orphan")


@pytest.mark.parametrize(
    ("action", "refused"), [("open_case", False), ("warn_employee", True), ("block", True)]
)
def test_a_flag_that_assesses_a_person_automatically_is_refused(action: str, refused: bool) -> None:
    mine = CustomControl(name="mine", purpose="capacity", sql=GOOD_SQL, flag=FlagRule(action=action))
    if refused:
        with pytest.raises(
            ControlRefusedError, match=r"'mine' is refused: .*assess a person automatically.*P21"
        ):
            controls_for(policy(mine), "capacity", "mine")
    else:
        assert controls_for(policy(mine), "capacity", "mine")[0].flag == FlagRule(action=action)


def test_a_custom_control_may_not_take_a_builtin_name() -> None:
    clash = CustomControl(name="malware_hits", purpose="security", sql=GOOD_SQL)
    with pytest.raises(ControlRefusedError, match="name of a built-in"):
        controls_for(policy(clash), "security", "malware_hits")


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("SELEC department", "not valid SQL|single SELECT"),
        (GOOD_SQL + "; " + GOOD_SQL, "single SELECT"),
        ("DELETE FROM web", "single SELECT"),
        (GOOD_SQL.replace("FROM web", "FROM people"), "only the tables web and mail"),
        (GOOD_SQL.replace("FROM web", "FROM main.web"), "only read the tables web and mail"),
        (GOOD_SQL.replace("FROM web", "FROM read_parquet('/etc/x.parquet')"), "function|read_parquet"),
        (GOOD_SQL.replace("FROM web", "FROM '/tmp/x.csv'"), "only the tables web and mail"),
        (GOOD_SQL.replace("COUNT(*) AS hits", "MAX(getenv('HOME')) AS hits"), "getenv"),
        (GOOD_SQL.replace("COUNT(*) AS hits", "COUNT(url) AS hits"), "'url', which is not stored"),
        (GOOD_SQL.replace("COUNT(*) AS hits", "COUNT(subject) AS hits"), "'subject', which is not stored"),
        (GOOD_SQL.replace(", COUNT(DISTINCT person) AS users", ""), "users as COUNT"),
        (GOOD_SQL.replace("COUNT(DISTINCT person)", "COUNT(person)"), "users as COUNT"),
        (
            GOOD_SQL.replace("GROUP BY department", "GROUP BY host").replace(
                "SELECT department", "SELECT host"
            ),
            "department",
        ),
        (GOOD_SQL.replace("GROUP BY department", "GROUP BY department, host"), "GROUP BY department only"),
        ("SELECT department, *, COUNT(DISTINCT person) AS users FROM web GROUP BY department", "select \\*"),
        ("SELECT department, COUNT(DISTINCT person) AS users FROM web GROUP BY department", "no figure"),
    ],
)
def test_unsafe_custom_sql_is_refused_with_the_control_named(sql: str, reason: str) -> None:
    with pytest.raises(ControlRefusedError, match=r"the control 'mine' is refused: ") as refused:
        check_custom(CustomControl(name="mine", sql=sql))
    assert re.search(reason, refused.value.message)


@pytest.mark.parametrize(
    ("sql", "figures"),
    [
        (GOOD_SQL, [("hits", "count")]),
        (
            "SELECT sender_department AS department, SUM(size) AS bytes, AVG(size) AS mean, "
            "COUNT(DISTINCT sender) AS users FROM mail m WHERE m.direction = 'outbound' "
            "GROUP BY sender_department",
            [("bytes", "sum"), ("mean", "value")],
        ),
        (
            "SELECT department, COUNT(*) AS n, COUNT(DISTINCT person) AS users FROM "
            "(SELECT department, person FROM web WHERE denied) AS d GROUP BY department",
            [("n", "count")],
        ),
    ],
)
def test_safe_custom_sql_is_accepted(sql: str, figures: list[tuple[str, str]]) -> None:
    control = check_custom(CustomControl(name="mine", sql=sql))
    assert [(f.name, f.kind) for f in control.figures] == figures


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_every_builtin_derives_its_total_and_person_queries(name: str) -> None:
    control = BUILTINS[name](policy())
    total = sqlglot.parse_one(total_query(control.sql), read="duckdb")
    assert total.args.get("group") is None
    person = sqlglot.parse_one(person_query(control.sql), read="duckdb")
    assert "pseudonym" in [e.alias_or_name for e in person.expressions]
    assert len(person.args["group"].expressions) == 2


@pytest.mark.parametrize(
    ("action", "refused"), [("open_case", False), ("warn_employee", True), ("block", True)]
)
def test_a_builtin_takes_its_flag_from_monitoring_flags_and_p21_holds(action: str, refused: bool) -> None:
    base = policy()
    monitoring = base.monitoring.model_copy(update={"flags": {"malware_hits": FlagRule(action=action)}})
    flagged = base.model_copy(update={"monitoring": monitoring})
    if refused:
        with pytest.raises(ControlRefusedError, match=r"'malware_hits' is refused: .*P21"):
            controls_for(flagged, "security", "malware_hits")
    else:
        assert controls_for(flagged, "security", "malware_hits")[0].flag == FlagRule(action=action)
    assert controls_for(flagged, "security", "phishing_hits")[0].flag is None
