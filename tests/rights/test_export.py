"""Subject access on the demo organization: the person's rows, and no one else's pseudonym anywhere."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.pseudonym import person_pseudonym
from mediacode.org import load_organization
from mediacode.services.audit import audit_log
from mediacode.services.rights import gather
from mediacode.storage.db.database import open_database
from mediacode.storage.layout import StateLayout
from mediacode.storage.ledger import Ledger

TODAY = "2026-11-10"


@pytest.fixture(scope="module")
def demo_org(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mediacode.cli.main import main

    root = tmp_path_factory.mktemp("rights") / "org"
    assert main(["demo", "--out", str(root)]) == 0
    for source, log in (("squid", "access.log"), ("postfix", "maillog")):
        code = main(
            ["ingest", "--org", str(root), "--source", source, str(root / "logs" / log), "--today", TODAY]
        )
        assert code == 0
    return root


@pytest.mark.parametrize("person", ["E010", "E014", "E003"])
def test_export_holds_the_persons_rows_and_nobody_elses(
    demo_org: Path, tmp_path: Path, cli: Callable[..., Any], person: str
) -> None:
    out = tmp_path / f"{person}.html"
    result = cli("rights", "export", "--org", str(demo_org), "--person", person, "--out", str(out))
    assert result.code == 0, result.err
    html = out.read_text(encoding="utf-8")
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    org = load_organization(demo_org)
    keys = KeyStore(demo_org / ".mediacode" / "keys")
    own = {period: person_pseudonym(keys.get(period), person) for period in keys.present()}
    exported = {p["period"]: p for p in data["periods"]}
    rows = 0
    for period, pseudonym in own.items():
        entry = exported[period]
        assert entry["pseudonym"] == pseudonym
        for row in entry["web"]:
            assert row["person"] == pseudonym
        for row in entry["mail"]:
            assert pseudonym in (row["sender"], row["recipient"])
        rows += len(entry["web"]) + len(entry["mail"])
    assert rows > 0
    others = [
        person_pseudonym(keys.get(period), other.id)
        for period in keys.present()
        for other in org.people
        if other.id != person
    ]
    text = html + json.dumps(data)
    assert [p for p in others if p in text] == []
    assert '<html lang="nl">' in html
    assert "<script" not in html
    assert "http://" not in html
    assert "https://" not in html
    last = json.loads(list(audit_log(demo_org).lines())[-1])
    assert last["action"] == "export"
    assert last["details"]["rows"] == rows


def test_export_of_an_unknown_person_is_refused(
    demo_org: Path, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    result = cli(
        "rights", "export", "--org", str(demo_org), "--person", "E999", "--out", str(tmp_path / "x.html")
    )
    assert result.code == 2
    assert "no person with id" in result.err


def test_erase_is_audited(demo_org: Path, cli: Callable[..., Any]) -> None:
    result = cli("rights", "erase", "--org", str(demo_org), "--person", "E010")
    assert result.code == 0, result.err
    last = json.loads(list(audit_log(demo_org).lines())[-1])
    assert last["action"] == "erase"


def test_rows_of_an_input_still_being_published_are_left_out(demo_org: Path) -> None:
    """A killed or running publish (ADR 0100) is not data yet: the export skips its files, as reports do."""
    org = load_organization(demo_org)
    layout = StateLayout(demo_org)
    db = open_database(demo_org)
    today = dt.date.fromisoformat(TODAY)

    def web_rows() -> int:
        return sum(len(period.web) for period in gather(org, db, "E010", today).periods)

    before = web_rows()
    ingest_ids = {path.stem for path in layout.data.rglob("*.parquet") if "web" in str(path)}
    assert len(ingest_ids) == 1
    ledger = Ledger(layout.ledger)
    ledger.begin_publish("f" * 64, ingest_ids.pop(), [])
    try:
        assert before > 0 and web_rows() == 0
    finally:
        ledger.end_publish("f" * 64)
    assert web_rows() == before
