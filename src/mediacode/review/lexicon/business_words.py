"""Cues for internal-only information (the ``confidential`` category)."""

from __future__ import annotations

from mediacode.review.lexicon import words

CREDENTIAL_WORDS = (
    "wachtwoord", "wifi-wachtwoord", "wifiwachtwoord", "password", "wifi password", "wi-fi password",
    "passcode", "passwd", "pincode", "pin-code", "pin", "toegangscode", "deurcode", "alarmcode",
    "code van de deur", "code van het alarm", "code van de kluis", "kluiscode", "inlogcode", "login",
    "inlog", "wifi-code", "wifi code", "access code", "door code", "alarm code", "gate code",
    "safe code", "security code", "keypad code", "netwerksleutel", "network key", "wpa key", "ssid",
)

SECRECY_CUES = (
    "vertrouwelijk", "confidential", "niet doorvertellen", "niet verder vertellen", "zeg het tegen niemand",
    "zeg niks", "vertel het niet", "mondje dicht", "onder ons", "tussen ons", "niet officieel", "weet nog niemand", "mag nog niemand weten",
    "nog geheim", "geheim", "voordat het persbericht", "nog niet bekend", "nog niet naar buiten",
    "off the record", "don't tell", "do not tell", "not supposed to", "not official", "not yet official", "not public yet", "not announced",
    "before the press release", "between us", "keep it quiet", "secret", "hush", "embargo", "niet delen", "don't share", "do not share",
    "internal only", "alleen intern",
    "heard on the grapevine", "rumour", "rumor", "gerucht", "geruchten", "ik hoorde", "i heard",
)

FIGURE_WORDS = words(
    """
    omzet winst verlies marge marges brutomarge ebitda resultaat resultaten cijfers kwartaalcijfers
    jaarcijfers halfjaarcijfers orders bestellingen orderportefeuille orderboek verkoopcijfers budget
    begroting kosten tekort groei krimp volume volumes
    revenue revenues turnover profit profits loss losses margin margins sales earnings ebit figures
    numbers bookings backlog order orders budget deficit growth decline
    """
)

PERIOD_OR_COMPARISON = words(
    """
    q1 q2 q3 q4 h1 h2 kwartaal kwartaalcijfers jaar vorig vorige budget begroting verwachting lager hoger
    gestegen gedaald daling stijging quarter year last budget forecast under below above up down
    lower higher rose fell dropped jumped
    """
)

PUBLISHED_CUES = ("jaarverslag", "annual report", "gepubliceerd", "published", "persbericht van vandaag",
                  "press release today", "according to the press release", "volgens het persbericht")

REORGANISATION_WORDS = (
    "ontslagen", "ontslag", "ontslagronde", "gedwongen ontslagen", "banen verdwijnen", "banen weg",
    "arbeidsplaatsen", "reorganisatie", "reorganiseren", "herstructurering", "sluiten", "sluiting",
    "gaat dicht", "dicht gaan", "verhuist naar", "verhuizen naar", "verplaatst naar", "outsourcen",
    "uitbesteden", "afgestoten", "afstoten", "fusie", "fuseren", "overname", "overgenomen",
    "inkrimpen", "afslanken", "afvloeiing", "boventallig", "layoff", "layoffs", "laid off", "lay off",
    "redundancies", "redundancy", "job cuts", "jobs cut", "cutting jobs", "jobs will go", "reorganisation",
    "reorganization", "restructuring", "close the", "closing the", "shut down", "shutting down",
    "moving to", "relocate", "relocating", "outsource", "outsourcing", "merger", "acquisition",
    "takeover", "being sold", "verkocht worden", "wordt verkocht",
)

FUTURE_CUES = (
    "volgend jaar", "volgende maand", "binnenkort", "straks", "gaan", "gaat", "zal", "zullen", "plan",
    "plannen", "van plan", "komend", "komende", "next year", "next month", "soon", "going to", "will",
    "planned", "plans", "plan to", "upcoming", "about to", "this year", "dit jaar",
)

MEETING_WORDS = (
    "overleg", "vergadering", "meeting", "mt-overleg", "directieoverleg", "or-overleg", "notulen",
    "minutes", "memo", "board meeting", "presentatie", "presentation", "slides", "document", "rapport",
    "report", "agenda", "teamoverleg", "managementoverleg", "all-hands", "strategiesessie",
)
