"""The type of a numeric id in a path (``/api/cases/{case_id}``): a positive 64-bit integer.

The databases store ids as signed 64-bit integers; a larger number in a URL
would overflow in the driver (a server error), so the route refuses it with
422 before any lookup, and the OpenAPI document says so.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

LARGEST_ID = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=LARGEST_ID)]
