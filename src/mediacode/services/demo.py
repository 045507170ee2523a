"""Writing the demo organization to a folder, consented and published, ready for every command."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import InputError, MediacodeError
from mediacode.org import load_organization
from mediacode.org.demo import build_demo_folder
from mediacode.org.demo.folder import POLICY_FILE
from mediacode.org.demo.log_month import LogMonth
from mediacode.org.demo.logs import demo_logs


@dataclass(frozen=True)
class DemoResult:
    root: Path
    name: str
    written: tuple[str, ...]
    """POSIX paths inside ``root``, sorted."""
    people: int
    departments: int
    covers: str
    """The hash of the monitoring part the recorded consent covers."""
    log_month: str
    """The month (``YYYY-MM``) the proxy and mail logs under ``logs/`` cover."""


def create_demo(out: Path, *, force: bool = False, today: dt.date | None = None) -> DemoResult:
    """Write the demo into ``out`` (new or empty; with ``force`` only the demo's own files are replaced).

    The works council's consent in the written ``policy.yaml`` covers the
    monitoring part as loaded back from the folder, so the folder lints clean.
    The logs under ``logs/`` cover the calendar month before ``today``.
    """
    _check_target(out, force=force)
    folder = build_demo_folder()
    month = LogMonth.before(today or dt.date.today())
    logs = demo_logs(folder.people, month)
    _write(out, folder.files)
    _write(out, logs)
    covers = load_organization(out).monitoring_hash()
    _write(out, folder.with_consent_covering(covers).files, only=(POLICY_FILE,))
    org = load_organization(out)
    consent = org.policy.governance.works_council_consent
    if consent is None or consent.covers != org.monitoring_hash():
        raise MediacodeError("the demo's consent does not cover its own monitoring rules; this is a bug")
    return DemoResult(
        root=out,
        name=org.name,
        written=tuple(sorted([*folder.files, *logs])),
        people=len(org.people),
        departments=len({p.department for p in org.people}),
        covers=covers,
        log_month=month.label,
    )


def _check_target(out: Path, *, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; name a new or empty folder for the demo")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise InputError(
            f"{out} is not empty; name a new or empty folder, "
            "or pass --force to replace only the files the demo writes"
        )


def _write(out: Path, files: dict[str, str], only: tuple[str, ...] | None = None) -> None:
    for name, text in sorted(files.items()):
        if only is not None and name not in only:
            continue
        path = out.joinpath(*name.split("/"))
        if path.is_dir():
            raise InputError(
                f"{path} is a folder where the demo writes a file; remove it or choose another folder"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise InputError(f"cannot write {path}: {exc.strerror}") from exc
