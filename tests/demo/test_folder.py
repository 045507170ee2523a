"""The generated demo folder: shape of the organization, privileged groups, block lists, sample posts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from mediacode.org import Organization, load_organization
from mediacode.org.demo.ascii_fold import fold_ascii
from mediacode.services.demo import create_demo


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "org"
    create_demo(out)
    return out


@pytest.fixture(scope="module")
def org(demo_dir: Path) -> Organization:
    return load_organization(demo_dir)


def test_the_folder_loads_as_a_distinct_organization(org: Organization) -> None:
    assert org.name == "Hollewijn Technische Groothandel"
    assert org.name != "Veldhuis Logistiek"
    assert org.policy.organization.aliases == ("Hollewijn", "HTG")
    assert len(org.relations) == 12
    assert org.confidential_terms


def test_about_sixty_people_in_five_to_seven_departments(org: Organization) -> None:
    assert 55 <= len(org.people) <= 65
    assert 5 <= len({p.department for p in org.people}) <= 7


def test_one_director_and_managers_form_a_tree(org: Organization) -> None:
    directors = [p for p in org.people if p.role == "director"]
    assert len(directors) == 1
    assert directors[0].manager is None
    for person in org.people:
        seen: set[str] = set()
        current = person
        while current.manager is not None:
            assert current.id not in seen, f"manager cycle at {current.id}"
            seen.add(current.id)
            boss = org.get_person(current.manager)
            assert boss.role in ("manager", "director"), f"{current.id} reports to an employee"
            current = boss
        assert current is directors[0]


def test_every_department_but_the_directorate_has_a_manager(org: Organization) -> None:
    for department in {p.department for p in org.people} - {"Directie"}:
        assert any(p.role == "manager" and p.department == department for p in org.people), department


@pytest.mark.parametrize(("group", "least", "most"), [("works_council", 3, 9), ("company_doctor", 1, 1)])
def test_privileged_groups_are_present(org: Organization, group: str, least: int, most: int) -> None:
    assert least <= len(org.members_of(group)) <= most
    assert group in org.policy.monitoring.privileged_groups


def test_emails_are_first_dot_last_lowercase_ascii_and_unique(org: Organization) -> None:
    emails = [p.email for p in org.people]
    assert len(set(emails)) == len(emails)
    for person in org.people:
        local, domain = person.email.split("@")
        assert domain.endswith(".example")
        assert local.isascii()
        assert local == local.lower()
        first, _, last = person.name.partition(" ")
        assert local == f"{fold_ascii(first)}.{fold_ascii(last)}"


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("van 't Hof", "vanthof"),
        ("Yılmaz", "yilmaz"),
        ("Öztürk", "ozturk"),
        ("Chloë", "chloe"),
        ("Gert-Jan", "gert-jan"),
        ("El Idrissi", "elidrissi"),
        ("García", "garcia"),
    ],
)
def test_fold_ascii(name: str, folded: str) -> None:
    assert fold_ascii(name) == folded


def test_some_names_carry_particles(org: Organization) -> None:
    particles = ("van ", "de ", "ter ", "El ")
    assert sum(any(f" {part}" in p.name for part in particles) for p in org.people) >= 5


def test_the_privacy_officer_is_a_person_outside_the_works_council(org: Organization) -> None:
    officer = org.policy.governance.privacy_officer
    assert officer is not None
    assert "works_council" not in org.get_person(officer).groups


def test_consent_covers_the_written_monitoring_part_and_dates_are_in_order(org: Organization) -> None:
    governance = org.policy.governance
    consent = governance.works_council_consent
    assert consent is not None
    assert consent.covers == org.monitoring_hash()
    assert governance.published_on is not None
    assert (governance.published_on - consent.on).days == 14
    assert org.policy.monitoring.enabled
    assert governance.dpia_reference


def test_a_changed_monitoring_part_is_no_longer_covered(demo_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "org"
    create_demo(copy)
    policy = copy / "policy.yaml"
    policy.write_text(
        policy.read_text(encoding="utf-8").replace("retention_days: 90", "retention_days: 91"), "utf-8"
    )
    changed = load_organization(copy)
    consent = changed.policy.governance.works_council_consent
    assert consent is not None
    assert consent.covers != changed.monitoring_hash()


BLOCKED = ("malware", "phishing", "gambling", "adult")
NOT_BLOCKED = ("news", "social_networks", "shopping", "webmail")


@pytest.mark.parametrize(
    ("category", "blocked"), [(c, True) for c in BLOCKED] + [(c, False) for c in NOT_BLOCKED]
)
def test_the_ut1_folder_has_each_category(org: Organization, category: str, blocked: bool) -> None:
    assert org.policy.prevention.category_list == "categories"
    domains = (org.root / "categories" / category / "domains").read_text(encoding="utf-8").split()
    assert domains
    assert all(domain.endswith(".example") for domain in domains)
    assert (category in org.policy.prevention.blocked_categories) is blocked


def read_posts(demo_dir: Path) -> list[dict[str, str]]:
    lines = (demo_dir / "sample-posts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_sample_posts_are_batch_lines_by_known_authors(demo_dir: Path, org: Organization) -> None:
    posts = read_posts(demo_dir)
    assert 10 <= len(posts) <= 16
    assert len({p["id"] for p in posts}) == len(posts)
    for post in posts:
        assert set(post) == {"id", "author", "text"}
        assert org.find_person(post["author"]) is not None
        assert post["text"].strip()


@pytest.mark.parametrize(
    ("shows", "needle"),
    [
        ("a customer", "Bouwgroep Meerwijk"),
        ("a supplier", "Nordhaven"),
        ("a code name", "Project Kompas"),
        ("a phone number", "06 1234 5678"),
        ("the employer named", "Hollewijn"),
        ("profanity", "Fucking"),
    ],
)
def test_sample_posts_cover_the_categories(demo_dir: Path, shows: str, needle: str) -> None:
    assert any(needle in post["text"] for post in read_posts(demo_dir)), shows


def test_a_sample_post_names_a_colleague_and_one_is_by_a_manager(demo_dir: Path, org: Organization) -> None:
    posts = read_posts(demo_dir)
    names = {p.name for p in org.people}
    assert any(name in post["text"] for post in posts for name in names)
    roles = Counter(org.get_person(post["author"]).role for post in posts)
    assert roles["manager"] >= 1
    assert roles["employee"] >= 6
