"""The demo's ``confidential.txt``: code names, an unreleased product and internal systems."""

from __future__ import annotations

CONFIDENTIAL_TXT = """\
# Vertrouwelijke termen van Hollewijn Technische Groothandel.
# Eén term per regel; '#' begint een opmerking.

# Projectnamen
Project Kompas              # nieuw distributiecentrum in het oosten van het land
Kompas
Nachtegaal                  # overname van een concurrent, nog niet aangekondigd

# Nog niet uitgebrachte producten
HydroSlim 500               # eigen merk waterpomp, lancering volgend voorjaar
Hollewijn Pro-Line

# Interne systemen
Magnus ERP                  # voorraad, orders en facturatie
Spinnenweb                  # het intranet
Orderkluis                  # archief van offertes en prijsafspraken
"""
