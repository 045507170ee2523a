from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.monitoring.categories import index_folder, is_denied


@pytest.fixture
def category_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ut1"
    for category, domains in {
        "gambling": "casino.example\n# a comment\n",
        "ads": "ads.news.example\n",
        "news": "news.example\nshared.example\n",
        "adult": "shared.example\n",
    }.items():
        (folder / category).mkdir(parents=True)
        (folder / category / "domains").write_text(domains, encoding="utf-8")
    (folder / "README").write_text("not a category", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("host", "category"),
    [
        ("casino.example", "gambling"),
        ("www.casino.example", "gambling"),
        ("news.example", "news"),
        ("ads.news.example", "ads"),  # the longest suffix wins
        ("x.ads.news.example", "ads"),
        ("shared.example", "adult"),  # listed twice: the first category by name
        ("example", None),
        ("notcasino.example", None),  # a suffix match is by whole labels
        ("10.0.0.1", None),
    ],
)
def test_longest_suffix(category_folder: Path, host: str, category: str | None) -> None:
    index = index_folder(category_folder, "ut1")
    assert index.category_of(host) == category
    assert index.category_of(host) == category  # cached answer is the same


@pytest.mark.parametrize(
    ("result", "denied"),
    [
        ("TCP_DENIED", True),
        ("TCP_DENIED_REPLY", True),
        ("tcp_denied", True),
        ("TCP_MISS", False),
        (None, False),
    ],
)
def test_denied(result: str | None, denied: bool) -> None:
    assert is_denied(result) is denied
