"""The privacy officer's, works council's and administrator's rooms, on the demo with its logs ingested."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from fastapi.testclient import TestClient

from mediacode.org.loader import load_organization
from mediacode.services.accounts import set_password
from mediacode.services.consent_snapshots import list_versions
from mediacode.services.governance import record_consent
from mediacode.services.ingest import ingest
from mediacode.storage.db.database import open_database
from mediacode.storage.layout import StorageSettings
from mediacode.web.app import create_app
from mediacode.web.settings import WebSettings
from tests.web.conftest import PASSWORD, PEOPLE, login

SECOND_COUNCIL_MEMBER = "E020"
PURPOSES = ("security", "capacity", "private_use")


@pytest.fixture(scope="module")
def monitored_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with a month of logs ingested; two works council members approve cases."""
    root = tmp_path_factory.mktemp("rooms") / "org"
    shutil.copytree(demo_template, root)
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    approvers = "reidentification_approvers: [privacy_officer, works_council]"
    assert approvers in text
    policy.write_text(text.replace(approvers, "reidentification_approvers: [works_council]"), "utf-8")
    today = dt.date.today()
    ingest(root, "squid", [root / "logs" / "access.log"], today, StorageSettings())
    ingest(root, "postfix", [root / "logs" / "maillog"], today, StorageSettings())
    db = open_database(root)
    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)
    set_password(db, load_organization(root), SECOND_COUNCIL_MEMBER, PASSWORD, hasher=cheap)
    db.close()
    return root


@pytest.fixture
def rooms(monitored_template: Path, tmp_path: Path) -> Iterator[tuple[Path, TestClient]]:
    root = tmp_path / "org"
    shutil.copytree(monitored_template, root)
    app = create_app(WebSettings(org=root, secure_cookies=False, secret_key="rooms"))
    with TestClient(app) as client:
        yield root, client
    app.state.mediacode.database.close()


def signed_in(client: TestClient, person: str) -> tuple[TestClient, str]:
    other = TestClient(client.app)
    return other, login(other, person)


def names_of(root: Path) -> dict[str, str]:
    with (root / "people.csv").open(encoding="utf-8") as handle:
        return {row["id"]: row["name"] for row in csv.DictReader(handle)}


def test_officer_opens_a_case_from_a_flag_two_council_members_approve_and_the_officer_reveals(
    rooms: tuple[Path, TestClient],
) -> None:
    root, client = rooms
    officer, officer_token = signed_in(client, PEOPLE["privacy_officer"])
    page = officer.get("/reports/private_use")
    assert page.status_code == 200
    form = re.search(
        r'name="pseudonym" value="([0-9a-f]{32})".*?name="from" value="([\d-]+)".*?'
        r'name="to" value="([\d-]+)"',
        page.text,
        re.S,
    )
    assert form is not None, "the report shows a flag with a form to open a case"
    pseudonym, start, end = form.groups()
    opened = officer.post(
        "/cases",
        data={
            "csrf_token": officer_token,
            "pseudonym": pseudonym,
            "purpose": "private_use",
            "reason": "Far more denied requests than the department, every evening",
            "from": start,
            "to": end,
        },
        follow_redirects=False,
    )
    assert opened.status_code == 303
    case_path = opened.headers["location"]
    case_id = int(case_path.rsplit("/", 1)[1])

    # the opener may not approve: no form, and the service refuses a forged one
    assert 'action="' + case_path + '/decision"' not in officer.get(case_path).text
    own = officer.post(f"{case_path}/decision", data={"csrf_token": officer_token, "decision": "approve"})
    assert own.status_code == 409
    early = officer.post(f"{case_path}/reveal", data={"csrf_token": officer_token})
    assert early.status_code == 409

    for member in (PEOPLE["works_council"], SECOND_COUNCIL_MEMBER):
        council, token = signed_in(client, member)
        shown = council.get(case_path)
        assert pseudonym in shown.text and f'action="{case_path}/decision"' in shown.text
        decided = council.post(f"{case_path}/decision", data={"csrf_token": token, "decision": "approve"})
        assert decided.status_code == 200
        council.close()

    assert officer.get(f"/api/cases/{case_id}").json()["status"] == "approved"
    for role in ("works_council", "administrator"):
        outsider, token = signed_in(client, PEOPLE[role])
        refused = outsider.post(f"{case_path}/reveal", data={"csrf_token": token})
        assert refused.status_code == 403
        outsider.close()

    revealed = officer.post(f"{case_path}/reveal", data={"csrf_token": officer_token})
    assert revealed.status_code == 200
    subject = officer.get(f"/api/cases/{case_id}").json()["subject"]
    name = names_of(root)[subject]
    assert name in revealed.text
    assert revealed.headers["cache-control"] == "no-store"
    assert name not in officer.get(case_path).text, "only the reveal answer names the person"

    today = dt.date.today().isoformat()
    for step in ("notification", "conversation"):
        answer = officer.post(f"{case_path}/{step}", data={"csrf_token": officer_token, "on": today})
        assert answer.status_code == 200
    closed = officer.post(
        f"{case_path}/close", data={"csrf_token": officer_token, "outcome": "Talked; ok now"}
    )
    assert closed.status_code == 200
    final = officer.get(f"/api/cases/{case_id}").json()
    assert final["status"] == "closed" and final["notified_on"] == today and final["discussed_on"] == today
    council, _ = signed_in(client, PEOPLE["works_council"])
    assert council.get(f"/api/cases/{case_id}").json()["subject"] is None
    assert subject not in council.get(case_path).text
    audit = (root / ".mediacode" / "audit" / "log.jsonl").read_text(encoding="utf-8")
    assert audit.count('"action":"case.approve"') == 2  # the refused tries wrote nothing
    assert audit.count('"action":"case.reveal"') == 1
    officer.close()
    council.close()


SUPPRESSED_WORD = {"en": "suppressed", "nl": "onderdrukt"}


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("role", ["privacy_officer", "works_council"])
def test_suppressed_cells_never_show_a_number(
    rooms: tuple[Path, TestClient], language: str, role: str
) -> None:
    _, client = rooms
    reader, token = signed_in(client, PEOPLE[role])
    reader.post("/language", data={"csrf_token": token, "language": language})
    word = SUPPRESSED_WORD[language]
    suppressed_rows = 0
    for purpose in PURPOSES:
        page = reader.get(f"/reports/{purpose}")
        assert page.status_code == 200
        cells = re.findall(r'<td class="suppressed">([^<]*)</td>', page.text)
        labels = re.findall(r'<text[^>]*class="suppressed">([^<]*)</text>', page.text)
        assert set(cells) <= {word} and set(labels) <= {word}
        for row in re.findall(r"<tr>(.*?)</tr>", page.text, re.S):
            if 'class="suppressed"' in row:
                suppressed_rows += 1
                assert not re.search(r"<td[^>]*>[^<]*\d", row), row
        api = reader.get(f"/api/reports/{purpose}").json()
        for row in api["rows"]:
            if row["suppressed"]:
                assert row["users"] is None
                assert all(
                    value is None
                    for key, value in row.items()
                    if key not in ("control", "department", "period", "total", "suppressed")
                )
        if role == "works_council":
            assert api["flags"] == [] and '<h2 id="flags-title">' not in page.text
    assert suppressed_rows > 0, "the demo has departments below the minimum group size"
    assert (word == "onderdrukt") == ("suppressed" not in page.text.replace('class="suppressed"', ""))
    reader.close()


def test_administrator_sees_no_names_no_pseudonyms_and_no_cases(rooms: tuple[Path, TestClient]) -> None:
    root, client = rooms
    officer, _ = signed_in(client, PEOPLE["privacy_officer"])
    pseudonyms = {f["pseudonym"] for p in PURPOSES for f in officer.get(f"/api/reports/{p}").json()["flags"]}
    assert pseudonyms
    admin, token = signed_in(client, PEOPLE["administrator"])
    own = names_of(root)[PEOPLE["administrator"]]
    others = [name for person, name in names_of(root).items() if person != PEOPLE["administrator"]]
    seen = [admin.get(path) for path in ("/admin", "/api/admin/users", "/api/admin/runs", "/")]
    for answer in seen:
        assert answer.status_code == 200
        text = answer.text.replace(own, "")
        assert not [name for name in others if name in text]
        assert not [p for p in pseudonyms if p in text]
    runs = seen[2].json()
    assert [r["source"] for r in runs["ingest_runs"]] == ["postfix", "squid"]
    assert runs["ingest_runs"][1]["read"] > 20_000 and runs["ingest_runs"][1]["partitions"] > 0
    assert 'href="/admin"' in seen[3].text and 'href="/cases"' not in seen[3].text
    for method, path in (
        ("GET", "/cases"),
        ("GET", "/api/cases"),
        ("GET", "/reports/private_use"),
        ("POST", "/cases/1/reveal"),
        ("POST", "/api/cases/1/reveal"),
        ("GET", "/approvals"),
        ("GET", "/api/approvals"),
        ("GET", "/officer"),
        ("GET", "/council"),
    ):
        answer = admin.request(method, path, headers={"X-CSRF-Token": token})
        assert answer.status_code == 403, (method, path)
    disabled = admin.post(f"/admin/users/{PEOPLE['manager']}/disable", data={"csrf_token": token})
    assert disabled.status_code == 200
    users = {u["person_id"]: u for u in admin.get("/api/admin/users").json()}
    assert users[PEOPLE["manager"]]["disabled"] and not users[PEOPLE["manager"]]["password_set"]
    assert "name" not in users[PEOPLE["manager"]]
    officer.close()
    admin.close()


def test_works_council_sees_the_changed_retention_since_consent_and_consents_again(
    rooms: tuple[Path, TestClient],
) -> None:
    root, client = rooms
    council, token = signed_in(client, PEOPLE["works_council"])
    council.post("/language", data={"csrf_token": token, "language": "en"})
    first = council.get("/council")
    assert first.status_code == 200
    assert "No changes." in first.text
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert "retention_days: 90\n" in text
    policy.write_text(text.replace("retention_days: 90\n", "retention_days: 60\n", 1), encoding="utf-8")
    changed = council.get("/council")
    assert "<del>-  retention_days: 90</del>" in changed.text
    assert "<ins>+  retention_days: 60</ins>" in changed.text
    data = council.get("/api/council").json()
    assert not data["diff"]["covers_current"]
    assert "+  retention_days: 60" in data["diff"]["diff"]
    today = dt.date.today().isoformat()
    consented = council.post(
        "/council/consent", data={"csrf_token": token, "on": today, "reference": "OR 12"}
    )
    assert consented.status_code == 200
    assert "No changes." in consented.text
    after = council.get("/api/council").json()
    assert after["diff"]["covers_current"] and after["diff"]["diff"] == ""
    assert [v["reference"] for v in after["versions"]][:2] == ["OR 12", "OR-besluit 2026-09"]
    council.close()


@pytest.mark.parametrize(("reference", "accepted"), [("OR-besluit 2026-11", True), ("   ", False)])
def test_consent_through_the_service_keeps_a_copy_of_the_monitoring_part(
    rooms: tuple[Path, TestClient], reference: str, accepted: bool
) -> None:
    root, _ = rooms
    before = len(list_versions(root))
    if not accepted:
        with pytest.raises(Exception, match="reference"):
            record_consent(root, dt.date.today(), reference)
        assert len(list_versions(root)) == before
        return
    record_consent(root, dt.date.today(), reference)
    kept = list_versions(root)[-1]
    assert kept.reference == reference
    assert kept.covers == load_organization(root).monitoring_hash()
    assert "retention_days: 90" in kept.monitoring_yaml


@pytest.mark.parametrize(
    ("role", "rooms_shown", "rooms_hidden"),
    [
        ("privacy_officer", ["/officer", "/cases"], ["/council", "/admin"]),
        ("works_council", ["/council", "/cases"], ["/officer", "/admin"]),
        ("administrator", ["/admin"], ["/officer", "/council", "/cases"]),
        ("employee", [], ["/officer", "/council", "/cases", "/admin"]),
    ],
)
def test_home_and_navigation_show_only_the_rooms_one_may_use(
    rooms: tuple[Path, TestClient], role: str, rooms_shown: list[str], rooms_hidden: list[str]
) -> None:
    _, client = rooms
    person, _ = signed_in(client, PEOPLE[role])
    home = person.get("/").text
    for href in rooms_shown:
        assert f'href="{href}"' in home
        assert person.get(href).status_code == 200
    for href in rooms_hidden:
        assert f'href="{href}"' not in home
        assert person.get(href).status_code == 403
    person.close()
