"""The ``mediacode`` command: a Typer app whose commands are thin layers over ``services``.

``main`` turns every ``MediacodeError`` into a clear message on stderr and a
non-zero exit code; a user's mistake never shows a traceback.
"""

from __future__ import annotations

import sys

import typer

from mediacode.errors import MediacodeError

EXIT_ERROR = 2
"""Exit code for a user's mistake or a refused action."""


def build_app() -> typer.Typer:
    """The command tree; built on call, never at import time."""
    from mediacode.cli import audit as audit_commands
    from mediacode.cli import case as case_commands
    from mediacode.cli import demo, policy, review
    from mediacode.cli import ingest as ingest_commands
    from mediacode.cli import keys as keys_commands
    from mediacode.cli import report as report_command
    from mediacode.cli import rights as rights_commands
    from mediacode.cli import serve as serve_command
    from mediacode.cli import users as users_commands

    app = typer.Typer(
        name="mediacode",
        help="mediacode: the social media code and the e-mail/internet regulation, executable.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.add_typer(policy.build(), name="policy")
    demo.register(app)
    review.register(app)
    ingest_commands.register(app)
    report_command.register(app)
    audit_commands.register(app)
    case_commands.register(app)
    keys_commands.register(app)
    rights_commands.register(app)
    serve_command.register(app)
    users_commands.register(app)
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` and return the exit code."""
    app = build_app()
    try:
        app(args=argv, prog_name="mediacode", standalone_mode=True)
    except SystemExit as exc:
        if exc.code is None:
            return 0
        return exc.code if isinstance(exc.code, int) else 1
    except MediacodeError as exc:
        text = exc.render()
        print(text if text.startswith("error") else f"error: {text}", file=sys.stderr)
        return EXIT_ERROR
    return 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
