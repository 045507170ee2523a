"""The Hypothesis budget of the fuzz tests: bounded so the default test run stays fast on CI."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

FUZZ = settings(
    max_examples=200,
    deadline=2000,
    suppress_health_check=(HealthCheck.too_slow, HealthCheck.function_scoped_fixture),
    derandomize=False,
)
"""Cheap targets (one parse of a few lines): 200 examples, at most 2 s each."""

FUZZ_SLOW = settings(FUZZ, max_examples=40, deadline=10_000)
"""Targets that touch the disk or build an organization per example."""
