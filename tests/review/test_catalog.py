from __future__ import annotations

import importlib

import pytest

from mediacode.i18n import translations
from mediacode.i18n.catalog_check import untranslated

DETECTORS = [
    "colleague",
    "relation",
    "confidential",
    "confidential_terms",
    "confidential_secrets",
    "confidential_plans",
    "personal_data",
    "damaging",
    "conduct",
    "position",
    "model_findings",
]


def test_review_catalog_is_complete() -> None:
    assert untranslated("nl", "review") == []


@pytest.mark.parametrize("name", DETECTORS)
def test_every_explanation_has_a_dutch_translation(name: str) -> None:
    module = importlib.import_module(f"mediacode.review.detectors.{name}")
    catalog = translations("nl", "review")
    for key, message in vars(module).items():
        if key.startswith("MSG_"):
            assert catalog.gettext(message) != message, key
