"""Laplace noise from OpenDP's vetted sampler (ADR 0076); imported only when a report asks for it."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

Noise = Callable[[float, float], float]
"""``noise(value, scale)``: the value with Laplace noise of ``scale`` added."""


@lru_cache(maxsize=64)
def _measurement(scale: float) -> Any:
    import opendp.prelude as dp

    dp.enable_features("contrib")
    return dp.m.make_laplace(dp.atom_domain(T=float, nan=False), dp.absolute_distance(T=float), scale=scale)


def opendp_laplace(value: float, scale: float) -> float:
    return float(_measurement(float(scale))(float(value)))
