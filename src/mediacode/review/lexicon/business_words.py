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
    lower higher rose fell dropped jumped omhoog omlaag stijgen stijgt dalen daalt boven gehalveerd
    verdubbeld halved doubled increase decrease raise
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

CURRENT_PERIODS = ("this year", "dit jaar")
"""Future cues that also count what has happened already: "the fourth reorg this year"."""

REPEATED = (
    "another",
    "yet another",
    "weer een",
    "alweer",
    "alweer een",
    "second",
    "third",
    "fourth",
    "fifth",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
)
"""Words that make an event one more of its kind: with only a current period, it has happened."""

EMPTY_REPORTS = (
    "says nothing",
    "said nothing",
    "say nothing",
    "nothing new",
    "zegt niks",
    "zegt niets",
    "zei niks",
    "zei niets",
    "niks nieuws",
    "niets nieuws",
)
"""What a meeting said when it said nothing: no content to leak."""

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
    "er komt",
    "er komen",
    "dit najaar",
    "dit voorjaar",
    "this autumn",
    "this fall",
    "this spring",
    "volgend kwartaal",
    "next quarter",
    "from next",
    "vanaf volgende",
    "volgende week",
    "next week",
    "next summer",
    "next spring",
    "next autumn",
    "next winter",
    "volgende zomer",
    "volgend voorjaar",
    "volgend najaar",
    "volgende winter",
    "in talks",
    "in gesprek",
    "aan het praten",
    "talking to",
    "in negotiations",
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
    museum musea rijksmuseum schilderij schilderijen painting paintings tentoonstelling exhibition
    expositie gallery galerie fietsen fietstocht wandelen wandeltocht cycling hike bike ride
    """
)
"""Words of nature and leisure: a code name that is also a star, bird or place is meant as such."""

# -- leaks as employees write them (docs/adr/0145) ---------------------------------------------------
# The lists above feed the review model's cues (mediacode.review.cues); the ones below are read by the
# confidential detector alone, so adding to them needs no retraining.

TERM_LABELS = words(
    """
    project projekt operatie operation programma programme program opleiding codenaam codename
    """
)
"""A label before a name: "Project Falcon" is also written "Falcon"."""

PLAN_FAMILIES = (
    words("fusie fusies fuseren fuseert samengaan merger mergers merge merging deal"),
    words(
        "overname overnames overnemen overgenomen acquisition acquire acquiring takeover buyout deal bod bid"
    ),
    words("aanbesteding aanbestedingen tender tenders bid bids bod inschrijving offerte pitch rfp"),
    words("sluiting sluiten sluit dicht dichtgaan closure close closes closing shut"),
    words("verhuizing verhuizen verhuist relocation relocate relocating move moving"),
    words("reorganisatie reorg herstructurering restructuring reorganisation reorganization"),
    words("distributiecentrum dc distributioncentre distribution warehouse magazijn"),
)
"""Words of one plan each. A term made of such a word and a name ("Overname Pelikaan", "Tender
Westfield") is meant where the name stands next to a word of the same plan ("Pelikaan-overname",
"the Westfield bid")."""

COMPOUND_HEADS = words(
    """
    team teams project projecten planning demo lancering launch app deadline overleg meeting migratie
    migration update versie release storing systeem dashboard rapport budget plan planning deal
    overname fusie export koppeling sessie call crew squad werkgroep kickoff sprint backlog data
    dossier pilot prototype test tests testen traject programma omgeving
    """
)
"""A closed compound of a code name and one of these is the project's ("Vuurtorenteam",
"orderdeskmigratie"), not the everyday word."""

NAME_STAGES = words("live beta alpha demo mvp poc prototype launch launches lanceert")
"""Whole words after a term that make it a project ("Vuurtoren is live", "Granite beta")."""

QUIET_CUES = (
    "weet het nog niet",
    "weten het nog niet",
    "weet nog niks",
    "weten nog niks",
    "weet nog niets",
    "weten nog niets",
    "niemand weet",
    "nobody knows",
    "no one knows",
    "nobody outside",
    "niemand buiten",
    "don't know yet",
    "doesn't know yet",
    "dont know yet",
    "do not know yet",
    "don't tell anyone",
    "dont tell anyone",
    "don't tell anybody",
    "niet doorvertellen",
    "niet verder vertellen",
    "stil houden",
    "stilhouden",
    "nog even stil",
    "under wraps",
    "hush hush",
    "hush-hush",
    "under nda",
    "onder nda",
    "nda",
    "embargo",
    "hoorde ik",
    "heard it from",
    "heard from",
    "you didn't hear it from me",
    "je hebt het niet van mij",
    "je hebt het niet van mij gehoord",
    "mag nog niet naar buiten",
    "nog niet naar buiten",
    "mag nog niks zeggen",
    "mag nog niets zeggen",
    "aren't out",
    "are not out",
    "isn't out",
    "not out yet",
    "nog niet uit",
    "zijn nog niet bekend",
    "nog niet bekend",
    "not announced",
    "nog niet aangekondigd",
    "sneak peek",
    "sneak preview",
    "voorproefje",
    "mag ik nog niet zeggen",
    "kan ik nog niet zeggen",
    "mag ik niet zeggen",
    "can't say more",
    "cannot say more",
    "can't say much",
    "that's all i can say",
    "that's all i'm allowed to say",
    "you heard it here first",
)
"""Besides ``SECRECY_CUES``: the author knows what others may not know yet."""

TIPOFF_CUES = (
    "weet nog niemand",
    "mag nog niemand weten",
    "niemand weet het nog",
    "nobody knows yet",
    "no one knows yet",
    "weten het nog niet",
    "weet het nog niet",
    "don't know yet",
    "doesn't know yet",
    "not announced yet",
    "nog niet bekendgemaakt",
    "pas volgende week bekend",
    "pas volgende week bekendgemaakt",
    "wordt pas bekend",
    "wordt pas bekendgemaakt",
    "pas bekendgemaakt",
    "don't tell anyone",
    "dont tell anyone",
    "do not tell anyone",
    "don't tell anybody",
    "niet doorvertellen",
    "niet verder vertellen",
    "zeg het tegen niemand",
    "vertel het aan niemand",
    "vertel het niemand",
    "onder ons",
    "tussen ons",
    "between us",
    "between you and me",
    "tussen jou en mij",
    "off the record",
    "under nda",
    "onder nda",
    "under embargo",
    "onder embargo",
    "embargo",
    "mag nog niet naar buiten",
    "nog niet naar buiten",
    "under wraps",
    "you didn't hear it from me",
    "je hebt het niet van mij",
    "mondje dicht",
    "stil houden",
    "stilhouden",
    "nog geheim",
    "still secret",
    "top secret",
    "strikt geheim",
)
"""A secret told on: with business news at work, whatever the news is, it is not public."""

TIPOFF_SUBJECTS = words(
    """
    klant klanten grootste opdrachtgever contract contracten order orders deal deals overname fusie
    concurrent concurrenten branchegenoot vestiging vestigingen fabriek winkel winkels filiaal
    filialen product producten lijn assortiment lancering lanceren lanceert banen ontslagen reorganisatie
    directeur ceo cfo directie investeerder investeerders beursgang
    customer customers client clients contract contracts order orders deal deals acquisition merger
    acquire acquiring competitor competitors site sites plant factory store stores branch product
    products range launch launching launches jobs layoffs reorg ceo cfo board investor investors ipo
    """
)
"""What a tip-off at work is about when it is the organization's news."""

LAUNCH_WORDS = words(
    """
    lanceren lanceert lanceerden lancering introduceren introduceert introductie onthullen onthult
    launch launching launches launched unveil unveiling release releasing
    """
)
"""Bringing something new out: with a secrecy cue, a launch before its announcement."""

HIRING_FREEZE = (
    "vacaturestop",
    "personeelsstop",
    "aannamestop",
    "hiring freeze",
    "recruitment freeze",
    "salary freeze",
    "loonstop",
    "pay freeze",
    "budget cuts",
    "bezuinigingen",
    "kostenbesparing",
    "cost cutting",
    "cost-cutting",
    "offshoring",
    "offshoren",
    "nearshoring",
    "acquire",
    "acquiring",
    "overnemen",
    "samengaan",
    "dichtgaan",
    "dichtgaat",
    "gaan dicht",
    "closing down",
    "close down",
    "wind down",
    "afbouwen",
)
"""Plans besides ``REORGANISATION_WORDS``, read by the confidential detector alone."""

STRONG_SOURCES = (
    "het mt",
    "mt-overleg",
    "mt-verslag",
    "directieoverleg",
    "board meeting",
    "raad van bestuur",
    "rvb",
    "raad van commissarissen",
    "all-hands",
    "all hands",
    "town hall",
    "townhall",
    "or-overleg",
    "ondernemingsraad",
    "notulen",
    "meeting minutes",
    "minutes of the",
    "in het mt",
    "uit het mt",
    "memo",
    "internal memo",
    "interne memo",
    "roadmap",
    "strategiesessie",
    "strategy session",
    "strategy deck",
    "jaarplan",
    "businessplan",
    "business plan",
    "leadership meeting",
    "management meeting",
    "managementoverleg",
    "staff meeting",
    "personeelsbijeenkomst",
)
"""Internal meetings and documents whose content, told on, is internal."""

REPORTED = (
    "zei",
    "zegt",
    "vertelde",
    "said",
    "says",
    "told",
    "besloten",
    "besluit",
    "decided",
    "decision",
    "confirmed",
    "bevestigd",
    "bevestigde",
    "zei dat",
    "zegt dat",
    "said that",
    "says that",
    "said we",
    "says we",
    "werd gezegd",
    "werd verteld",
    "kregen te horen",
    "kregen we te horen",
    "hoorden we",
    "we were told",
    "told us",
    "announced",
    "aangekondigd",
    "revealed",
    "onthuld",
    "er komt",
    "er komen",
    "blijkt",
    "bleek",
    "turns out",
)
"""What someone in an internal meeting said or decided."""

INTERNAL_SCREENS = words(
    """
    intranet dashboard crm erp wiki sharepoint jira confluence slack salesforce backoffice
    systeem systemen system systems database planning
    """
)
"""Internal systems: a screenshot of one shows internal information."""

SCREENSHOT_WORDS = words("screenshot screenshots schermafbeelding printscreen screengrab screencap")

PRICE_WORDS = words(
    """
    prijzen prijs tarieven tarief prijsverhoging prijsverlaging price prices pricing rates
    enrolment enrollment enrolments inschrijvingen aanmeldingen bezetting occupancy headcount churn
    conversie conversion pipeline forecast prognose cashflow results targets target
    """
)
"""Figures that are the organization's own only when the post says so ("onze prijzen", "our
pipeline"): energy prices are everyone's."""

FIGURE_STEMS = (
    "omzet",
    "winst",
    "marge",
    "cijfers",
    "budget",
    "begroting",
    "prijzen",
    "tarieven",
    "resultaat",
    "orders",
    "revenue",
    "margin",
)
"""Compounds ending in these are figures ("marketingbudget", "kwartaalomzet", "entreeprijzen")."""

QUARTER_WORDS = words(
    """
    q1 q2 q3 q4 h1 h2 kwartaal kwartaalcijfers halfjaar halfjaarcijfers jaarcijfers ytd quarter
    quarterly
    """
)
"""A reporting period: "we zitten dit kwartaal 18% hoger" is a figure without a metric word."""

EARLY_LOOK = (
    "gezien",
    "net binnen",
    "binnen",
    "are in",
    "just in",
    "saw",
    "seen",
    "sneak peek",
    "preview",
    "voorlopige",
    "voorlopig",
    "preliminary",
    "draft",
    "concept",
    "alvast",
    "early look",
)
"""Figures seen ahead of their publication ("just saw the Q3 numbers")."""

MORE_PUBLISHED = (
    "persbericht",
    "press release",
    "lees het",
    "read the",
    "results are out",
    "cijfers zijn uit",
    "announced today",
    "vandaag bekendgemaakt",
    "vandaag gepubliceerd",
    "link in bio",
)
"""Published figures, besides ``PUBLISHED_CUES`` (the model does not read these)."""

MORE_UNPUBLISHED = (
    "voor het persbericht",
    "voordat het persbericht",
    "vóór het persbericht",
    "before the press release",
    "persbericht komt pas",
    "press release isn't out",
    "aren't out",
    "not out yet",
    "nog niet uit",
)

PRIVATE_LIFE = words(
    """
    huis woning appartement flat huisje hypotheek auto verbouwing keuken bruiloft tuin vakantie
    house home apartment flat mortgage car kitchen renovation wedding garden holiday
    """
)
"""A move, a contract or a bid in one's private life ("verhuizen naar een groter huis")."""

MORE_CREDENTIAL_WORDS = (
    "inloggegevens",
    "logingegevens",
    "login gegevens",
    "inlognaam",
    "credentials",
    "login details",
    "log-in details",
    "sign-in details",
    "admin password",
    "admin login",
    "wachtwoorden",
    "passwords",
    "pincodes",
    "codeslot",
    "sleutelkastje",
    "sleutelkluis",
    "sleutelkluisje",
    "key safe",
    "lockbox",
    "shared secret",
    "secret key",
    "private key",
    "api key",
    "api-key",
    "apikey",
    "access token",
    "pre-shared key",
    "passphrase",
    "wachtzin",
)
"""Besides ``CREDENTIAL_WORDS``: a value of a password's shape nearby is a secret ("admin / Welkom01")."""

SHORT_CREDENTIAL_WORDS = ("ww", "pw", "pwd", "code", "wifi", "wi-fi", "gastwifi", "guest wifi")
"""Short or everyday words that name a secret only with a value right after a colon or "is"
("ww: Staal2025!", "code is 4471")."""

CODE_WORDS = ("code", "pin", "alarm", "kluis", "slot")
"""A credential word holding one of these takes a number for a value ("Ik dacht 4471")."""

NOT_A_CODE_AFTER = words(
    """
    voor for btw trouwens via en and maar but dus so vanaf from tot until bij at op on of or toch
    right ofzo toch? lol haha if als when wanneer
    """
)
"""Words that may follow a code; any other word after a number makes it a count ("4000 lines")."""

FUTURE_TIMES = (
    "volgend jaar",
    "volgende maand",
    "volgend kwartaal",
    "komend jaar",
    "komende maand",
    "na de zomer",
    "next year",
    "next month",
    "next quarter",
    "after the summer",
    "by summer",
    "by the summer",
    "voor de zomer",
    "er komt",
    "er komen",
)
"""A time to come, said without a verb of the future ("gaat", "will" say little in a meeting post)."""

BUSINESS_NEWS = words(
    """
    vestigingen filialen winkels fabriek ontslagen banen fte reorganisatie overname fusie prijzen
    tarieven budget omzet winst marge bonus bonussen targets stores sites jobs roles layoffs
    acquisition merger prices budget revenue profit margin bonuses targets headcount
    """
)
"""What an internal meeting decided, when it is business news."""

ORGANIZATION_SITES = words(
    """
    vestiging vestigingen filiaal filialen fabriek fabrieken locatie locaties hoofdkantoor
    branch branches site sites plant plants factory factories headquarters hq
    """
)
"""Sites of an organization: new or closing ones are its news."""

PHOTO_WORDS = words("foto foto's fotootje photo photos pic pics picture snapshot")

BOARDS = words("whiteboard whiteboards slides slide flipover flip-over sheets deck")
"""What an internal session is written on: a photo of it shows its content."""

STAFF_NOUNS = words("mensen medewerkers collega's werknemers man people staff employees workers")
"""The staff a layoff counts ("12 mensen", "thirty employees")."""

COUNT_WORDS = words(
    """
    twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd
    tientallen honderden two three four five six seven eight nine ten twelve twenty thirty forty fifty
    hundred dozens hundreds
    """
)
"""Numbers written as words, before the staff they count."""
