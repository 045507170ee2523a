"""Cues for personal data about someone other than the author (the ``personal_data`` category)."""

from __future__ import annotations

from mediacode.review.lexicon import words

ROLE_MAILBOXES = words(
    """
    info jobs job vacatures vacature werkenbij careers career recruitment sales verkoop support service
    klantenservice contact hr admin administratie noreply no-reply donotreply office kantoor receptie
    reception helpdesk servicedesk press pers media marketing finance facturen facturatie invoices
    invoice billing privacy security team hello hallo hoi post mail secretariaat planning inkoop
    orders order webshop shop events communicatie communications nieuws news feedback klachten
    complaints debiteuren crediteuren accounts payroll salarisadministratie it ict
    """
)
"""Local parts of generic mailboxes; such an address is nobody's personal data."""

FIRST_PERSON_OWNER = words("mijn m'n my mine")
"""Before an identifier these make it the author's own."""

OWN_NUMBER_CUES = (
    "mijn nummer",
    "mijn nieuwe nummer",
    "mijn mobiele nummer",
    "mijn telefoonnummer",
    "mijn 06",
    "m'n nummer",
    "m'n nieuwe nummer",
    "nieuw nummer",
    "nieuwe nummer",
    "sla mijn nummer",
    "my number",
    "my new number",
    "my mobile",
    "my phone number",
    "my cell",
    "new number",
    "save my number",
    "update your contacts",
    "update je contacten",
    "pas je contacten aan",
)
"""Anywhere in a post, these present a phone number as the author's own ("New number, same me")."""

HEALTH = (
    "burn-out",
    "burnout",
    "overspannen",
    "ziek",
    "zieke",
    "ziekte",
    "ziekmelding",
    "ziekgemeld",
    "ziekteverlof",
    "ziektewet",
    "ziekenhuis",
    "opgenomen in het ziekenhuis",
    "kanker",
    "chemo",
    "chemotherapie",
    "bestraling",
    "depressie",
    "depressief",
    "angststoornis",
    "hartaanval",
    "herseninfarct",
    "beroerte",
    "operatie",
    "geopereerd",
    "hernia",
    "rugklachten",
    "zwanger",
    "miskraam",
    "diabetes",
    "suikerziekte",
    "afkickkliniek",
    "verslaafd",
    "verslaving",
    "psycholoog",
    "psychiater",
    "therapie",
    "diagnose",
    "gebroken",
    "revalidatie",
    "revalideert",
    "griep",
    "corona",
    "covid",
    "thuis met",
    "in de lappenmand",
    "arbeidsongeschikt",
    "re-integratie",
    "reintegratie",
    "sick leave",
    "on sick leave",
    "off sick",
    "called in sick",
    "sick",
    "ill",
    "illness",
    "cancer",
    "chemotherapy",
    "depression",
    "depressed",
    "anxiety",
    "heart attack",
    "stroke",
    "surgery",
    "operation",
    "hospital",
    "hospitalised",
    "hospitalized",
    "pregnant",
    "miscarriage",
    "rehab",
    "addiction",
    "addicted",
    "therapy",
    "therapist",
    "diagnosed",
    "diagnosis",
    "broken",
    "flu",
    "medical leave",
    "his back",
    "her back",
    "his knee",
    "her knee",
    "his shoulder",
    "her shoulder",
    "beterschap",
    "get well soon",
    "snel herstel",
    "spoedig herstel",
    "van harte beterschap",
    "recovery",
    "zijn rug",
    "haar rug",
    "zijn knie",
    "haar knie",
    "zijn schouder",
    "haar schouder",
    "mental health",
    "uitgezaaid",
    "uitgezaaide",
    "terminaal",
    "terminal",
    "out sick",
    "ziek thuis",
)

HEALTH_SUFFIXES = (
    "kanker",
    "infarct",
    "ontsteking",
    "tumor",
    "griep",
    "ziekte",
    "stoornis",
    "verlamming",
)
"""Dutch compounds ending in these are health facts too ("longkanker", "hartinfarct", "buikgriep")."""

SALARY = (
    "salaris",
    "salarisverhoging",
    "loon",
    "loonsverhoging",
    "bonus",
    "verdient",
    "verdiende",
    "bruto",
    "netto",
    "per maand",
    "maandsalaris",
    "jaarsalaris",
    "opslag",
    "loonstrook",
    "salary",
    "pay rise",
    "payrise",
    "raise",
    "earns",
    "earning",
    "bonus",
    "wage",
    "wages",
    "paycheck",
    "payslip",
    "per month",
    "a month",
    "a year",
    "per year",
    "starting salary",
    "minimumloon",
    "minimumjeugdloon",
    "loonschaal",
    "salarisschaal",
    "onderbetaald",
    "loonsverlaging",
    "minimum wage",
    "pay grade",
    "pay scale",
    "underpaid",
    "pay cut",
)

STRONG_SALARY = words(
    """
    salaris salarisverhoging loonsverhoging salary bonus opslag raise minimumloon minimumjeugdloon
    loonschaal salarisschaal onderbetaald loonsverlaging minimum underpaid pay
    """
)
"""Pay words that make a pay fact without an amount ("zit op het minimumloon", "got a raise")."""

SERVED_PEOPLE = words(
    """
    patiënt patient patiënte cliënt client cliënte bewoner bewoonster klant klantje gast passagier
    leerling student patients resident guest passenger customer pupil
    """
)
"""The people an organization serves; singled out by a place ("de patiënt op bed 4") they are
identifiable."""

PLACE_LOCATORS = words("bed kamer room kamernummer stoel seat tafel table cel cell unit box")
"""Followed by a number, these single out who sits or lies there."""


DISCIPLINARY = (
    "waarschuwing",
    "officiële waarschuwing",
    "schriftelijke waarschuwing",
    "berisping",
    "geschorst",
    "schorsing",
    "op non-actief",
    "non-actief",
    "op staande voet",
    "ontslagen",
    "eruit gegooid",
    "eruit geschopt",
    "verbetertraject",
    "disciplinair",
    "tuchtzaak",
    "dossier opgebouwd",
    "written warning",
    "formal warning",
    "final warning",
    "official warning",
    "warning",
    "suspended",
    "suspension",
    "disciplinary",
    "fired",
    "sacked",
    "let go",
    "performance improvement plan",
    "got the boot",
    "dismissed",
)

BIRTH_CUES = (
    "geboren op",
    "geboren",
    "geb.",
    "geboortedatum",
    "born on",
    "born",
    "date of birth",
    "dob",
    "birthday",
    "verjaardag",
    "jarig",
)

ADDRESS_SUFFIXES = (
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "dreef",
    "hof",
    "pad",
    "steeg",
    "park",
    "ring",
    "plantsoen",
    "markt",
    "baan",
    "straatweg",
    "boulevard",
    "dam",
    "veld",
    "wal",
    "haven",
    "erf",
    "hoeve",
    "burg",
    "straße",
    "strasse",
    "rue",
)
ADDRESS_WORDS_EN = (
    "street",
    "st",
    "road",
    "rd",
    "lane",
    "avenue",
    "ave",
    "drive",
    "close",
    "way",
    "court",
    "place",
    "square",
    "crescent",
    "terrace",
    "gardens",
    "boulevard",
)
