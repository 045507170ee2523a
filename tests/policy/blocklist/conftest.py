"""An organization folder with a small category list in the UT1 layout."""

from __future__ import annotations

from pathlib import Path

import pytest

LISTS = {
    "malware": "# malware domains\nEvil.COM.\n\nsub.evil.com\nbad_host.example.org\n1.2.3.4\nbücher.de\n",
    "phishing": "phish.net\nwww.phish.net   # same site\nhttp://x.com/login\n",
    "gambling": "casino.example\nevil.com\n",
    "adult": "",
}


@pytest.fixture
def blocking_org(example_org: Path) -> Path:
    lists = example_org / "lists"
    for category, text in LISTS.items():
        (lists / category).mkdir(parents=True)
        (lists / category / "domains").write_text(text, encoding="utf-8")
    (lists / "adult" / "urls").write_text("example.com/adult/path\n")
    policy = example_org / "policy.yaml"
    policy.write_text(
        policy.read_text(encoding="utf-8").replace(
            "  blocked_domains: []\n",
            "  blocked_domains: [Ads.Example.com, 'not a domain', ads.example.com]\n  category_list: lists\n",
        ),
        encoding="utf-8",
    )
    return example_org
