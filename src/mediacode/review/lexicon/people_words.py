"""Words around names: particles, titles, roles, kin, and departments in both languages."""

from __future__ import annotations

from mediacode.review.lexicon import words

PARTICLES = words(
    """
    van der den de het 't ter ten te op in la le du da di del della dos das el al ben bin ibn abu
    von zu vande vanden mc st
    """
)
"""Lower-case name particles: part of a surname, never a name alone."""

TITLES = words(
    """
    dr dr. drs ir ing mr mrs ms miss prof professor dokter doctor meneer mevrouw mevr dhr heer juf
    juffrouw meester sir madam madame
    """
)
"""A title before a surname singles a person out ("Dokter Kuipers", "Mr Smith")."""

POSSESSIVE_DETERMINERS = words("mijn m'n onze ons my our")

ROLE_NOUNS = words(
    """
    leidinggevende manager teamleider teamleidster teamlead baas chef directeur directrice ceo cfo
    cto coo afdelingshoofd afdelingsmanager supervisor ploegleider voorman opzichter
    bedrijfsleider vestigingsmanager filiaalmanager bedrijfsarts boss director head
    teamleader lead foreman line-manager hr-manager it-manager salesmanager
    hr-adviseur hr-medewerker collega colleague coworker co-worker receptioniste secretaresse
    assistent assistant stagiair stagiaire trainee medewerker medewerkster werknemer employee hire
    intern invalkracht invaller uitzendkracht oproepkracht hulpkracht seizoenskracht vakantiekracht
    flexkracht flexwerker bestuurder bestuursvoorzitter
    """
)
"""Nouns for one person at work; after "my/our" or "the new" they single someone out."""

ROLE_MODIFIERS = words(
    """
    line team floor shift store project account office general regional regio operations sales
    vestigings plant site
    """
)
"""Words that make a two-word role ("my line manager", "our floor supervisor")."""

SINGLE_ROLE_SUFFIXES = ("manager", "leider", "directeur", "chef", "baas", "boss")
"""Compounds such as "HR-manager" or "magazijnchef" are role nouns too."""

ROLE_NOT_PERSON = words("werkgever employer team teams afdeling department collega's colleagues coworkers")
"""After "my/our" these are a group or the organization, not one person."""

INDEFINITE_COLLEAGUE = words("collega colleague coworker co-worker teamgenoot teammate")
"""A colleague without a name, singled out by a department or by "new": "a coworker in finance"."""

INDEFINITE_PERSON = words("iemand someone somebody")
"""One unnamed person; with a department after it ("someone from finance", "iemand van inkoop") a
colleague is singled out."""

PERSON_NOUNS = words(
    """
    guy girl woman man lady dude bloke chap fellow gent gentleman
    man vrouw jongen meid meisje dame gast vent kerel heer mevrouw meneer
    """
)
"""Plain words for a person; with a department after them ("the guy from finance", "de vrouw van
inkoop") they single out one colleague."""

KIN = words(
    """
    zoon zoontje dochter dochtertje broer broertje zus zusje zuster vader moeder papa mama pa ma opa
    oma neef nicht oom tante man vrouw echtgenoot echtgenote vriend vriendin vriendje buurman buurvrouw
    buurjongen buurmeisje kind kleinzoon kleindochter schoonvader schoonmoeder zwager schoonzus
    son daughter brother sister father mother dad mum mom grandpa grandma grandfather grandmother
    nephew niece uncle aunt husband wife partner boyfriend girlfriend friend neighbour neighbor kid
    grandson granddaughter cousin baby hond kat dog cat
    neefje nichtje kleinkind schoonzoon schoondochter stiefvader stiefmoeder stiefzoon stiefdochter
    petekind verloofde stepson stepdaughter stepfather stepmother stepdad stepmum stepmom grandad
    granddad granny fiance fiancee hubby
    """
)
"""Someone introduced as family, a friend, a neighbour or a pet is not a colleague."""

PUBLIC_FIGURES = words(
    """
    minister premier president koning koningin prins prinses burgemeester wethouder kamerlid politicus
    voetballer coureur zanger zangeres acteur actrice schrijver schrijfster artiest presentator
    trainer bondscoach speler keeper spits wielrenner schaatser tennisser
    king queen prince princess mayor senator politician footballer player striker goalkeeper driver
    singer actor actress writer author artist presenter host coach champion rapper comedian
    """
)
"""Someone introduced by such a word is a public figure, not the colleague of the same name."""

FAME_CUES = words(
    """
    legend legends legende legendes icon icoon idool idol museum autograph autogram handtekening
    olympic olympics olympische olympisch wereldkampioen wereldkampioene wereldrecord kampioenschap
    biography biografie documentary documentaire standbeeld statue concert tournee premiere première
    medal medaille
    """
)
"""A post that calls someone a legend or visits their museum is about a public figure: a colleague's
full name there is a namesake unless the post is also about work."""

LINKERS_NL = words("van bij uit op in met")
LINKERS_EN = words("from of in at on with")

DEPARTMENT_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("magazijn", "warehouse", "opslag", "expeditie", "distributiecentrum", "dc"),
    (
        "financien",
        "financiën",
        "finance",
        "financial",
        "financiele",
        "financiële",
        "boekhouding",
        "accounting",
        "administratie",
        "administration",
        "controlling",
    ),
    ("hr", "personeelszaken", "p&o", "human", "personnel", "people"),
    ("it", "ict", "automatisering", "helpdesk", "servicedesk"),
    ("klantenservice", "customer", "support", "service", "klantcontact", "callcenter"),
    ("communicatie", "communications", "comms", "marketing", "pr", "voorlichting"),
    ("directie", "management", "board", "leadership", "executive", "bestuur"),
    ("planning", "planners", "scheduling", "dispatch"),
    ("transport", "vervoer", "logistiek", "logistics", "chauffeurs", "drivers", "fleet", "wagenpark"),
    ("arbodienst", "bedrijfsarts", "occupational", "arbo", "health"),
    ("verkoop", "sales", "commercie", "accountmanagement", "binnendienst"),
    ("inkoop", "purchasing", "procurement", "buying"),
    ("juridische", "juridisch", "legal", "compliance"),
    ("productie", "production", "fabriek", "factory", "manufacturing"),
    ("onderhoud", "maintenance", "technische", "techniek", "engineering", "werkplaats", "workshop"),
    ("kwaliteit", "quality", "qa", "qc"),
    ("facilitair", "facilities", "facility", "receptie", "reception"),
    ("onderzoek", "research", "r&d", "ontwikkeling", "development", "innovatie", "innovation"),
    ("beveiliging", "security"),
    ("secretariaat", "office"),
    ("winkels", "winkel", "filialen", "filiaal", "retail", "stores", "store", "shops", "shop"),
    ("cardiologie", "cardiology", "hartafdeling"),
    ("spoedeisende", "seh", "spoedpost", "emergency", "a&e"),
    ("radiologie", "radiology"),
    ("oncologie", "oncology"),
    ("neurologie", "neurology"),
    ("kindergeneeskunde", "kinderafdeling", "pediatrics", "paediatrics", "pediatrie"),
    ("verpleegafdeling", "ward", "verpleging", "nursing"),
    ("apotheek", "pharmacy"),
    ("laboratorium", "lab", "laboratory"),
    ("consultancy", "consulting", "advies", "advisory"),
    ("infra", "infrastructure", "infrastructuur"),
)
"""Words that name the same kind of department, lower case, accents optional."""

EVERYDAY_SYNONYMS = words(
    """
    people human personnel service support customer health office board management leadership
    executive security development research innovation quality financial production factory
    workshop drivers fleet opslag vervoer techniek ontwikkeling onderzoek kwaliteit store stores
    shop shops winkel care zorg emergency theatre
    """
)
"""Synonyms of a department that are everyday words as well: alone they do not place a post at work."""

GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "works_council": ("or", "ondernemingsraad", "works council", "or-lid"),
    "company_doctor": ("bedrijfsarts", "arbodienst", "company doctor", "arts", "dokter", "doctor"),
}
"""Groups of ``people.csv`` and the words that refer to them."""
