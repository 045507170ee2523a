"""One reviewer of the demo organization, built once for all review fuzz tests."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.review.reviewer import Reviewer
from tests.fuzz.org_folder import write_demo


@functools.cache
def demo_org() -> Organization:
    with tempfile.TemporaryDirectory() as folder:
        return load_organization(write_demo(Path(folder)))


@functools.cache
def demo_reviewer() -> Reviewer:
    return Reviewer(demo_org())
