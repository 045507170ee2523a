"""``report --format json``: one object with ``rows`` (each with ``users``, ``suppressed``) and ``flags``."""

from __future__ import annotations

import json

from mediacode.monitoring.reports.report import Report


def as_data(report: Report) -> dict[str, object]:
    data: dict[str, object] = {
        "organization": report.organization,
        "purpose": report.purpose,
        "control": report.controls[0] if len(report.controls) == 1 else None,
        "controls": list(report.controls),
        "period": report.period,
        "periods": list(report.periods),
        "min_group_size": report.min_group_size,
        "engine": report.engine,
        "differential_privacy": None
        if report.privacy is None
        else {"epsilon": report.privacy.epsilon, "remaining": report.privacy.remaining},
        "rows": [row.as_dict(report.figure_names[row.control]) for row in report.rows],
        "flags": [flag.as_dict() for flag in report.flags],
    }
    return data


def render_json(report: Report) -> str:
    return json.dumps(as_data(report), ensure_ascii=False, indent=2)
