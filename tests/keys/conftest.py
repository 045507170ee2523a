"""The case-ready organization of the cases tests, shared."""

from tests.cases.conftest import case_org

__all__ = ["case_org"]
