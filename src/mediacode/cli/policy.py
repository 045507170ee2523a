"""``mediacode policy ...``: lint, governance, documents and block lists."""

from __future__ import annotations

import typer


def build() -> typer.Typer:
    from mediacode.cli import policy_blocklist, policy_governance, policy_lint, policy_render

    group = typer.Typer(help="Check, record and publish the organization's policy.", no_args_is_help=True)
    policy_lint.register(group)
    policy_governance.register(group)
    policy_render.register(group)
    policy_blocklist.register(group)
    return group
