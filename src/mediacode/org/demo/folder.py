"""The whole demo folder as text: relative path -> content, built without touching the disk."""

from __future__ import annotations

import random
from dataclasses import dataclass

from mediacode.org.demo.categories import category_files
from mediacode.org.demo.confidential import CONFIDENTIAL_TXT
from mediacode.org.demo.identity import DOMAIN, SEED
from mediacode.org.demo.people import DIRECTORATE, DemoPerson, build_people, people_csv
from mediacode.org.demo.policy_text import policy_yaml
from mediacode.org.demo.posts import POSTS_FILE, SamplePost, posts_jsonl, sample_posts
from mediacode.org.demo.relations import relations_csv

POLICY_FILE = "policy.yaml"


@dataclass(frozen=True)
class DemoFolder:
    """What ``mediacode demo`` writes; ``files`` maps a POSIX path inside the folder to its text."""

    people: tuple[DemoPerson, ...]
    posts: tuple[SamplePost, ...]
    privacy_officer: str
    files: dict[str, str]

    def with_consent_covering(self, covers: str) -> DemoFolder:
        """The same folder whose recorded consent covers the monitoring part hashed as ``covers``."""
        files = dict(self.files)
        files[POLICY_FILE] = policy_yaml(self.privacy_officer, covers)
        return DemoFolder(self.people, self.posts, self.privacy_officer, files)


def build_demo_folder() -> DemoFolder:
    """The demo organization; the consent in its policy does not cover a version yet."""
    rng = random.Random(SEED)  # noqa: S311 - fictitious names, not security  # nosec B311  # fictitious demo names
    people = build_people(rng, DOMAIN)
    officer = [p for p in people if p.department == DIRECTORATE and p.role == "employee"][-1].id
    posts = sample_posts(people)
    files = {
        POLICY_FILE: policy_yaml(officer, None),
        "people.csv": people_csv(people),
        "relations.csv": relations_csv(),
        "confidential.txt": CONFIDENTIAL_TXT,
        POSTS_FILE: posts_jsonl(posts),
        **category_files(),
    }
    return DemoFolder(people, posts, officer, files)
