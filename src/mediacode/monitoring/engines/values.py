"""Plain Python values out of either engine, so that both give identical figures."""

from __future__ import annotations

import decimal

FLOAT_DIGITS = 6


def plain(value: object) -> object:
    """Decimals and floats become floats rounded to ``FLOAT_DIGITS``; everything else is kept."""
    if isinstance(value, decimal.Decimal):
        return round(float(value), FLOAT_DIGITS)
    if isinstance(value, float):
        return round(value, FLOAT_DIGITS)
    return value
