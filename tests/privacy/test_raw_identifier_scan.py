"""Issue 7, part 4: no file mediacode writes holds a raw identifier of its inputs.

One demo organization goes through everything the tool does (``scenario.py``):
ingest of every source kind, reports in every format, status, retention, the
audit log, a case from flag to notification, subject-access exports, and the web
app served as ``mediacode serve`` and used by every role. Then every file
written under the organization's state folder, every report and export, and
every captured stdout/stderr (CLI and server) is read as bytes and decoded
(Parquet, SQLite, DuckDB, gzip) and searched for every raw identifier of the
inputs.

Allowed exceptions, each with the spec sentence that allows it (``ALLOWED``):

1. A subject-access export names its own person. monitoring.md, 12. Access:
   "An employee can ask for everything held about them (`mediacode rights
   export --person ID`): it recomputes their pseudonyms ... and exports their
   rows, their cases, and their post approvals."
2. A post whose approval was asked is stored (database only) until the
   approval's retention ends. review.md: "`approval_required` means the
   responsible manager must approve before posting", and monitoring.md, 12:
   the export holds "their post approvals" (tests/web/test_security.py checks
   the deletion after retention).
3. The demo accounts printed by ``mediacode demo --with-accounts`` (e-mail
   addresses from the input people.csv). web.md: "with demo accounts for every
   role printed by `make run`". The organization's own people.csv and logs/
   are input, not output, and are not scanned.

Not needed as an exception, though the spec would allow it: a revealed case
names its subject (monitoring.md, 9. Cases: "the tool then recomputes the
pseudonyms of the directory under that period's key to find the person"). The
case record, ``case show`` and the pages name the subject by people.csv id and
name only, which are no identifiers of the input logs, so the scan allows
nothing there.
"""

from __future__ import annotations

import gzip
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.privacy.scan import (
    Hit,
    Identifier,
    combined_identifiers,
    m365_identifiers,
    postfix_identifiers,
    scan,
    squid_identifiers,
    views,
    with_local_parts,
)
from tests.privacy.scenario import Scenario, _people, run_scenario

pytestmark = pytest.mark.slow


DRAFT_FRAGMENTS = ("Reigersbek-4471", "NL91ABNA0417164300", "Tureluur-5530", "06-12345678")
"""Words of the checked posts (scenario.py) no other text holds: IBAN, phone number, two made-up names."""


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return run_scenario(tmp_path_factory.mktemp("raw-identifier-scan"))


@pytest.fixture(scope="module")
def owners(scenario: Scenario) -> dict[str, str]:
    """E-mail address and local part (lower case) -> person id, from people.csv."""
    found: dict[str, str] = {}
    for person in _people(scenario.org):
        email = person["email"].lower()
        found[email] = person["id"]
        found[email.split("@", 1)[0]] = person["id"]
    return found


@pytest.fixture(scope="module")
def identifiers(scenario: Scenario, owners: dict[str, str]) -> set[Identifier]:
    logs = scenario.org / "logs"
    squid = (logs / "access.log").read_text(encoding="utf-8").splitlines()
    postfix = (logs / "maillog").read_text(encoding="utf-8").splitlines()
    author = scenario.accounts["employee"]
    raw = [
        *squid_identifiers(squid, owners),
        *combined_identifiers(scenario.combined_lines, owners),
        *postfix_identifiers(postfix),
        *m365_identifiers(scenario.m365_rows),
        *(Identifier("draft", post) for post in scenario.checked_posts),
        *(Identifier("draft_fragment", word) for word in DRAFT_FRAGMENTS),
        *(Identifier("asked_draft", post, author) for post in scenario.asked_posts),
        *(Identifier("asked_draft", "Grutto-9921", author) for _ in scenario.asked_posts),
    ]  # fmt: skip
    return with_local_parts(raw, owners)


def written_files(scenario: Scenario) -> list[Path]:
    """Everything the tool wrote: the state folder, reports and exports, captured output."""
    roots = [scenario.state, scenario.outputs, scenario.captured]
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def allowed(hit: Hit, scenario: Scenario) -> bool:
    """Whether one of the spec's exceptions (module docstring) covers ``hit``."""
    relative = hit.file.relative_to(scenario.root).as_posix()
    identifier = hit.identifier
    personal = identifier.kind in ("email", "local_part", "proxy_user")
    # 1. A subject-access export holds its own person's data.
    for person in [*scenario.rights_people, scenario.accounts["employee"]]:
        if relative.startswith((f"outputs/rights/{person}.", f"outputs/rights/web-{person}.")):
            return (personal or identifier.kind == "asked_draft") and identifier.owner == person
    # 2. An asked approval is stored until its retention ends (database only).
    if identifier.kind == "asked_draft":
        return relative.startswith("org/.mediacode/mediacode.db")
    # 3. The demo accounts printed by `mediacode demo --with-accounts`.
    return relative == "captured/0-demo.out" and personal and identifier.owner in scenario.accounts.values()


def test_the_scenario_wrote_what_the_scan_must_cover(scenario: Scenario) -> None:
    files = written_files(scenario)
    kinds = {view for file in files for view, _ in views(file)}
    assert {"bytes", "parquet", "sqlite dump"} <= kinds
    names = {p.name for p in files}
    assert {"serve.out", "serve.err", "1-monitoring.out", "1-monitoring.err"} <= names
    assert {f"{purpose}.{fmt}" for purpose in ("security", "capacity", "private_use")
            for fmt in ("text", "json", "csv", "html")} <= names  # fmt: skip
    assert any(p.suffix == ".parquet" for p in files)
    assert scenario.subject, "the case was revealed"


@pytest.fixture(scope="module")
def hits(scenario: Scenario, identifiers: set[Identifier]) -> list[Hit]:
    return scan(written_files(scenario), identifiers)


@pytest.mark.parametrize(
    "kind",
    ["email", "local_part", "proxy_user", "client_ip", "url_path", "url_query", "user_agent", "subject",
     "message_id", "draft", "draft_fragment", "asked_draft"],
)  # fmt: skip
def test_no_raw_identifier_of_this_kind_in_anything_written(
    kind: str, scenario: Scenario, identifiers: set[Identifier], hits: list[Hit]
) -> None:
    assert any(i.kind == kind for i in identifiers), f"the inputs hold no {kind}: the scenario misses it"
    leaks = [h for h in hits if h.identifier.kind == kind and not allowed(h, scenario)]
    shown = sorted({f"{h.file.relative_to(scenario.root)} [{h.view}]: {h.identifier.value!r}" for h in leaks})
    assert not shown, f"{len(shown)} raw {kind} found:\n" + "\n".join(shown[:40])


def test_nothing_is_written_outside_the_state_folder_but_what_the_user_names(scenario: Scenario) -> None:
    # monitoring.md, Where state lives: "Nothing is written outside it except what the user names (`-o`,
    # `--out`)"; `policy consent` records the consent in policy.yaml itself (ADR 0021, in-place edits).
    before, after = scenario.org_files_before, scenario.org_files()
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed == {"policy.yaml"}
    assert set(before) <= set(after)


def test_the_allowed_exceptions_are_not_vacuous(scenario: Scenario, hits: list[Hit]) -> None:
    """The scan sees what it may see: the asked post where it is kept, the demo's printed accounts."""
    where = {(h.file.relative_to(scenario.root).as_posix(), h.identifier.kind) for h in hits}
    employee = scenario.accounts["employee"]
    assert {
        ("org/.mediacode/mediacode.db", "asked_draft"),
        (f"outputs/rights/web-{employee}.json", "asked_draft"),
        ("captured/0-demo.out", "email"),
    } <= where
    assert {kind for _, kind in where} <= {"asked_draft", "email", "local_part", "proxy_user"}


# ---- the scanner itself finds what is there (cases that must fail) ----------------------------


SECRET = Identifier("email", "geheim.persoon@voorbeeld.example")


def _plain(path: Path) -> None:
    path.write_text(f"x {SECRET.value} y\n", encoding="utf-8")


def _gzip(path: Path) -> None:
    path.write_bytes(gzip.compress(SECRET.value.encode()))


def _parquet(path: Path) -> None:
    values = [SECRET.value] * 500 + [f"filler-{n}" for n in range(500)]
    pq.write_table(pa.table({"user": values}), path, compression="zstd")


def _sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("create table t (v blob)")
        connection.execute("insert into t values (zeroblob(0) || ?)", (SECRET.value,))


def _duckdb(path: Path) -> None:
    import duckdb

    connection = duckdb.connect(str(path))
    connection.execute("create table t as select ? as v from range(2000)", [SECRET.value])
    connection.close()


def _nothing(path: Path) -> None:
    path.write_text("x geheim.persoon@voorbeeld.exampleX 10.20.3.25 y\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("write", "found"),
    [(_plain, True), (_gzip, True), (_parquet, True), (_sqlite, True), (_duckdb, True), (_nothing, False)],
)
def test_the_scanner_finds_an_identifier_in_every_format(
    write: Callable[[Path], None], found: bool, tmp_path: Path
) -> None:
    target = tmp_path / "file"
    write(target)
    identifiers = {SECRET, Identifier("client_ip", "10.20.3.2")}
    assert bool(scan([target], identifiers)) is found
