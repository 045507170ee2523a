"""Options shared by many commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

OrgOption = Annotated[
    Path,
    typer.Option(
        "--org",
        help="The organization folder (policy.yaml, people.csv, relations.csv, confidential.txt).",
        file_okay=False,
    ),
]
