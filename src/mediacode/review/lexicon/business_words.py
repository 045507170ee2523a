"""Cues for internal-only information (the ``confidential`` category)."""

from __future__ import annotations

from mediacode.review.lexicon import words

CREDENTIAL_WORDS = (
    "wachtwoord",
    "wifi-wachtwoord",
    "wifiwachtwoord",
    "password",
    "wifi password",
    "wi-fi password",
    "passcode",
    "passwd",
    "pincode",
    "pin-code",
    "pin",
    "toegangscode",
    "deurcode",
    "alarmcode",
    "code van de deur",
    "code van het alarm",
    "code van de kluis",
    "kluiscode",
    "inlogcode",
    "login",
    "inlog",
    "inloggen",
    "log in",
    "wifi-code",
    "wifi code",
    "access code",
    "door code",
    "alarm code",
    "gate code",
    "safe code",
    "security code",
    "keypad code",
    "netwerksleutel",
    "network key",
    "wpa key",
    "ssid",
)

PROJECT_STAGES = (
    "fase",
    "phase",
    "release",
    "migratie",
    "migration",
    "livegang",
    "go-live",
    "lancering",
    "launch",
    "rollout",
    "roll-out",
    "implementatie",
    "implementation",
    "pilot",
    "proef",
    "test",
)
"""A project's stages: a term right before one ("Kompas go-live", "X's eerste testfase", "X proefsessie") is
the project's name, not the everyday word. Matched at the start or end of a word."""

SECRECY_CUES = (
    "vertrouwelijk",
    "confidential",
    "niet doorvertellen",
    "niet verder vertellen",
    "zeg het tegen niemand",
    "zeg niks",
    "vertel het niet",
    "mondje dicht",
    "onder ons",
    "tussen ons",
    "niet officieel",
    "weet nog niemand",
    "mag nog niemand weten",
    "nog geheim",
    "geheim",
    "voordat het persbericht",
    "nog niet bekend",
    "nog niet naar buiten",
    "off the record",
    "don't tell",
    "do not tell",
    "not supposed to",
    "not official",
    "not yet official",
    "not public yet",
    "not announced",
    "before the press release",
    "between us",
    "keep it quiet",
    "secret",
    "hush",
    "embargo",
    "niet delen",
    "don't share",
    "do not share",
    "internal only",
    "alleen intern",
    "heard on the grapevine",
    "rumour",
    "rumor",
    "leaked",
    "uitgelekt",
    "stiekem gehoord",
    "gerucht",
    "geruchten",
    "ik hoorde",
    "i heard",
    "can't say more",
    "cannot say more",
    "can't say anything yet",
    "can't tell you more",
    "kan nog niks zeggen",
    "kan nog niets zeggen",
    "mag nog niks zeggen",
    "mag nog niets zeggen",
    "meer kan ik niet zeggen",
    "meer mag ik niet zeggen",
    "nobody knows yet",
    "niemand weet het nog",
    "weet nog niemand",
)

UNPUBLISHED_CUES = (
    "nog niet gepubliceerd",
    "nog niet bekendgemaakt",
    "wordt pas",
    "worden pas",
    "pas in",
    "pas na",
    "pas volgende",
    "voor de publicatie",
    "vóór de publicatie",
    "voordat het gepubliceerd",
    "will be published",
    "to be published",
    "not yet published",
    "not published yet",
    "before publication",
    "ahead of the announcement",
    "before the announcement",
)
"""Next to "gepubliceerd"/"published" these mean: not yet, so the figures are still internal."""

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

PUBLISHED_CUES = (
    "jaarverslag",
    "annual report",
    "gepubliceerd",
    "published",
    "persbericht van vandaag",
    "press release today",
    "according to the press release",
    "volgens het persbericht",
)

REORGANISATION_WORDS = (
    "ontslagen",
    "ontslag",
    "ontslagronde",
    "gedwongen ontslagen",
    "banen verdwijnen",
    "banen weg",
    "arbeidsplaatsen",
    "reorganisatie",
    "reorganiseren",
    "herstructurering",
    "sluiten",
    "sluiting",
    "gaat dicht",
    "dicht gaan",
    "verhuist naar",
    "verhuizen naar",
    "verplaatst naar",
    "outsourcen",
    "uitbesteden",
    "afgestoten",
    "afstoten",
    "fusie",
    "fuseren",
    "overname",
    "overgenomen",
    "inkrimpen",
    "afslanken",
    "afvloeiing",
    "boventallig",
    "layoff",
    "layoffs",
    "laid off",
    "lay off",
    "redundancies",
    "redundancy",
    "job cuts",
    "jobs cut",
    "cutting jobs",
    "jobs will go",
    "reorganisation",
    "reorganization",
    "reorg",
    "reorgs",
    "herstructureren",
    "sanering",
    "saneren",
    "bezuinigingsronde",
    "downsizing",
    "cutbacks",
    "restructuring",
    "close the",
    "closing the",
    "shut down",
    "shutting down",
    "moving to",
    "relocate",
    "relocating",
    "outsource",
    "outsourcing",
    "merger",
    "acquisition",
    "takeover",
    "being sold",
    "verkocht worden",
    "wordt verkocht",
    "gehalveerd",
    "halveren",
    "halved",
    "uit moeten",
    "eruit moeten",
    "moeten eruit",
    "let go",
)

FUTURE_CUES = (
    "volgend jaar",
    "volgende maand",
    "binnenkort",
    "straks",
    "gaan",
    "gaat",
    "zal",
    "zullen",
    "plan",
    "plannen",
    "van plan",
    "komend",
    "komende",
    "next year",
    "next month",
    "soon",
    "going to",
    "will",
    "planned",
    "plans",
    "plan to",
    "upcoming",
    "about to",
    "this year",
    "dit jaar",
    "na de zomer",
    "na de vakantie",
    "after the summer",
    "after the holidays",
)

MEETING_WORDS = (
    "overleg",
    "vergadering",
    "meeting",
    "mt-overleg",
    "directieoverleg",
    "or-overleg",
    "notulen",
    "minutes",
    "memo",
    "board meeting",
    "presentatie",
    "presentation",
    "slides",
    "document",
    "rapport",
    "report",
    "agenda",
    "teamoverleg",
    "managementoverleg",
    "all-hands",
    "strategiesessie",
    "verslag",
    "mt-verslag",
    "stukken",
    "or-stukken",
    "het mt",
    "staff meeting",
)

NOT_PUBLIC_CUES = (
    "nog niet openbaar",
    "niet openbaar",
    "nog niet bekendgemaakt",
    "nog niet aangekondigd",
    "nog niet naar buiten gebracht",
    "nog niet naar buiten",
    "mag nog niet naar buiten",
    "nog niet officieel",
    "not public yet",
    "not yet public",
    "not public",
    "not yet announced",
    "not announced yet",
    "hasn't been announced",
    "has not been announced",
    "under embargo",
    "onder embargo",
    "nog niet rond",
    "nog niet definitief",
    "nog niet getekend",
    "not final yet",
    "not yet final",
    "not signed yet",
)
"""Said of news at work, these make it internal whatever it is about ("a recall, not public yet")."""

NEGOTIATION_WORDS = words(
    """
    onderhandeling onderhandelingen onderhandelen onderhandelt onderhandelden
    negotiation negotiations negotiating negotiate
    """
)
"""With a figure in the post, an internal negotiating position; compounds count ("prijsonderhandeling")."""

DEAL_WORDS = words(
    """
    offerte offertes contract contracten deal deals opdracht opdrachten order aanbesteding tender
    bod aanbieding quote quotation bid proposal contractwaarde dealwaarde
    """
)
"""With an amount and a relation of the organization, an unpublished commercial term."""

LABOUR_AGREEMENT_WORDS = words("cao vakbond vakbonden union unions cla")
"""Pay negotiations of a collective labour agreement are public news, not the organization's secret."""

WEAK_CREDENTIAL_CUES = (
    "default password",
    "default admin password",
    "default login",
    "standaardwachtwoord",
    "standaard wachtwoord",
    "standaard inlog",
    "wachtwoord werkt nog",
    "password still works",
    "password is still",
    "wachtwoord is nog steeds",
    "same password for",
    "hetzelfde wachtwoord voor",
    "password on a post-it",
    "wachtwoord op een post-it",
    "wachtwoord op een briefje",
    "password on a sticky note",
)
"""A security weakness, told without the secret itself."""

LEISURE_WORDS = words(
    """
    sky skies sterren ster stars star telescoop telescope balkon balcony strand beach zee sea bos
    forest woods tuin garden vakantie holiday vacation wandeling hike hiking camping
    vogels birds vogel bird sunset zonsondergang hemel sterrenbeeld constellation
    """
)
"""Words of nature and leisure: a code name that is also a star, bird or place is meant as such."""
