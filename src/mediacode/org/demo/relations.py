"""The demo's customers and suppliers; several names are also ordinary words (Storm, Kraan, Anker)."""

from __future__ import annotations

import csv
import io

from mediacode.org.relations import RELATION_COLUMNS

RELATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Bouwgroep Meerwijk", "customer", ("Meerwijk",)),
    ("Installatiebedrijf Storm", "customer", ("Storm",)),
    ("Woonstichting Het Baken", "customer", ("Het Baken", "WHB")),
    ("Technisch Bureau Oostland", "customer", ("Oostland", "TBO")),
    ("Hotelgroep Zilvermeer", "customer", ("Zilvermeer",)),
    ("Schoolbestuur Vlietstroom", "customer", ("Vlietstroom",)),
    ("Kraan & Zonen", "supplier", ("Kraan", "Kraan en Zonen")),
    ("Anker Bevestigingstechniek", "supplier", ("Anker",)),
    ("Vonk Elektro", "supplier", ("Vonk",)),
    ("Nordhaven Pumpen GmbH", "supplier", ("Nordhaven",)),
    ("Tegelaar Sanitair", "supplier", ("Tegelaar",)),
    ("Polarcool Klimaattechniek", "supplier", ("Polarcool",)),
)
"""Invented for the demo; any likeness to a real business is not intended."""


def relations_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(RELATION_COLUMNS)
    for name, kind, aliases in RELATIONS:
        writer.writerow([name, kind, ";".join(aliases)])
    return buffer.getvalue()
