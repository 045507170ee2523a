"""Use case: review a draft post (or a file of them) against the organization's social media code."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from mediacode.errors import InputError, MediacodeError
from mediacode.i18n import gettext_for
from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.review import Decision
from mediacode.review.reviewer import reviewer_for


def review_text(org_dir: Path, author: str, text: str) -> Decision:
    """The decision on one text by ``author`` (an id of ``people.csv``)."""
    org = load_organization(org_dir)
    return reviewer_for(org).review(text, author)


def _line_error(post_id: object, message: str) -> dict[str, object]:
    return {"id": post_id, "error": message}


def review_line(org: Organization, line: str) -> dict[str, object]:
    """One JSONL input line to one output object; every problem of the line becomes its ``error``."""
    try:
        data = json.loads(line)
    except ValueError:
        return _line_error(None, "unreadable line: not valid JSON")
    if not isinstance(data, dict):
        return _line_error(None, "unreadable line: not a JSON object")
    post_id = data.get("id")
    for field in ("id", "author", "text"):
        if field not in data:
            return _line_error(post_id, f"missing field {field!r}")
        if not isinstance(data[field], str):
            return _line_error(post_id, f"field {field!r} must be a string")
    if org.find_person(data["author"]) is None:
        return _line_error(post_id, "unknown author: not an id in people.csv")
    if not data["text"].strip():
        return _line_error(post_id, "the text is empty")
    try:
        return reviewer_for(org).review(data["text"], data["author"]).as_dict(post_id)
    except MediacodeError as exc:
        return _line_error(post_id, exc.message)


def review_lines(org: Organization, lines: Iterable[str]) -> Iterator[dict[str, object]]:
    """One output object per input line, in order; a bad line never stops the batch."""
    for line in lines:
        yield review_line(org, line)


def review_batch(org_dir: Path, batch: Path) -> Iterator[str]:
    """The JSON output lines for a JSONL file of posts."""
    org = load_organization(org_dir)
    try:
        text = batch.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{batch}: cannot read the batch file ({type(exc).__name__})") from exc
    for result in review_lines(org, text.splitlines()):
        yield json.dumps(result, ensure_ascii=False)


def render_json(decision: Decision) -> str:
    return json.dumps(decision.as_dict(), ensure_ascii=False, indent=2)


def render_text(decision: Decision, text: str) -> str:
    """The verdict, then each finding with its text quoted in context and its explanation."""
    _ = gettext_for(decision.language, "review")
    lines = [_("Verdict: {verdict}").format(verdict=decision.verdict.value)]
    if not decision.findings:
        lines.append(_("No findings: the code has nothing against this post."))
    for finding in decision.findings:
        lines.append("")
        if finding.start is not None and finding.end is not None:
            before = text[max(0, finding.start - 30) : finding.start]
            after = text[finding.end : finding.end + 30]
            where = f"…{before}»{text[finding.start : finding.end]}«{after}…".replace("\n", " ")
            lines.append(
                f"  {finding.category.value} ({finding.severity.value}) {finding.start}-{finding.end}"
            )
            lines.append(f"    {where}")
        else:
            lines.append(f"  {finding.category.value} ({finding.severity.value}) " + _("whole post"))
        lines.append(f"    {finding.explanation}")
    return "\n".join(lines)
