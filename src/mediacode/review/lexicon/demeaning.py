"""Demeaning language without swear words, Dutch and English (the ``conduct`` category).

Swear words are in ``profanity``; this module holds what makes a sentence
demeaning through its meaning: names for people that only insult, animal and
other figurative names that insult in a frame ("wat een stelletje apen",
"grunting like pigs"), remarks about a whole group, threats and jokes about
disaster or illness. All lists are the project's own, lower case.
"""

from __future__ import annotations

from mediacode.review.lexicon import words

INSULT_NOUNS = words(
    """
    meathead meatheads airhead airheads bonehead boneheads knucklehead knuckleheads blockhead blockheads
    lowlife lowlifes sleazebag sleazebags slimeball slimeballs dirtbag dirtbags scumbags doofus bozos
    buffoon buffoons plonker plonkers bellend bellends fatso fatsos lardbucket libtard libtards
    feminazi feminazis halvegare halvegaren halvezool halvezolen malloot malloten zielenpoot
    zielenpoten lamzak lamzakken dikzak dikzakken vetzak vetzakken vetklep dikkerd dikkerds lelijkerd
    lelijkerds aso's asocialen tuig uitschot gespuis schorem hersenloze hersenlozen kwakzalver
    kwakzalvers mafketel mafketels uilskuiken uilskuikens domkop domkoppen lapzwans lapzwansen
    """
)
"""Names for a person that do nothing but insult ("meatheads", "halvegaren"): bad taste wherever."""

FRAMED_NOUNS = words(
    """
    dumbo dork dorks jerk jerks bozo oaf oafs dolt dolts dunce dunces twit twits slob slobs chav chavs redneck
    rednecks incel incels degenerates creeps pervert perverts weirdo weirdos psycho psychos lunatic
    lunatics aso asos prutser prutsers klungel klungels sufferd sufferds stumpert stumperds oen oenen
    mietje mietjes homo zwakzinnige zwakzinnigen autist autisten psychopaat psychopaten schizo luilak
    luilakken clown clowns pig pigs swine ape apes monkeys parasite parasites leeches vultures sheep
    caveman cavemen neanderthal neanderthals barbarian barbarians savages baboons cockroaches
    varken varkens zwijn zwijnen aap apen beesten ratten parasiet parasieten gieren schapen holbewoner
    holbewoners neanderthaler neanderthalers barbaar barbaren wilden bavianen kakkerlakken
    """
)
"""Names that insult a person only in a frame ("wat een clown", "such a dork", "bunch of cavemen");
alone they may be the animal, the job or a joke about oneself."""

LIKE_NOUNS = words(
    """
    pigs apes monkeys animals sheep rats cavemen neanderthals barbarians savages baboons cockroaches
    parasites varkens apen beesten ratten schapen holbewoners neanderthalers barbaren wilden bavianen
    kakkerlakken parasieten
    """
)
"""Animals a group of people is compared to ("grunting like pigs", "als beesten")."""

FRAMES = words(
    "stelletje stel bende bunch pack such zo'n wat what echt real absolute complete total totale volslagen"
)
"""Words that open an insulting noun phrase: "wat een ... clown", "such a ... dork", "bunch of ... apes"."""

CLOSE_FRAMES = words("jij you vuile vuil filthy dirty stomme domme stupid")
"""Words that make an insult only right before the noun or its one adjective ("jij aap", "you stupid pig")."""

COMPARISONS = words("like als")

NOT_BEFORE_COMPARISON = words("treated treat treating behandeld behandelen behandelt")
"""Being treated like animals is a complaint, not an insult."""

ARTICLES = words("a an een of van")
"""Words that may stand between a frame and its noun besides adjectives."""

LAUGHTER = words("haha hahaha hahah lol lmao lmfao rofl grappig hilarisch funny hilarious 😂 🤣 😆 😹")
"""Laughter: beside a disaster or an illness it makes a joke of it."""

DISASTER_WORDS = words(
    """
    vliegtuigcrash zelfmoord zelfmoorden verongelukt doden slachtoffers holocaust genocide terrorist
    terroristen terrorists aardbeving earthquake suicide victims kanker cancer
    """
)
"""Death, disaster and grave illness; a laugh beside one of them is a joke in bad taste."""

GROUPS = words(
    """
    vrouwen wijven allochtonen buitenlanders immigranten migranten asielzoekers vluchtelingen moslims
    joden marokkanen turken polen roemenen bulgaren zigeuners zwarten chinezen aziaten homo's homos
    gehandicapten surinamers antillianen arabieren
    women immigrants migrants refugees muslims jews foreigners blacks asians mexicans gypsies poles
    romanians gays arabs
    """
)
"""Groups of people by sex, origin, religion, orientation or disability."""

GENERALISATIONS = (
    "zijn allemaal",
    "zijn gewoon",
    "zijn altijd",
    "zijn nou eenmaal",
    "are all",
    "are just",
    "are always",
)
"""A whole group said to be something: demeaning when a negative or insulting word follows."""

GROUP_JUDGEMENTS = words(
    """
    crimineel criminelen dieven lui dom dommer vies smerig profiteurs uitvreters terroristen gevaarlijk
    agressief hysterisch onbetrouwbaar
    criminals thieves lazy stupid dumb dirty filthy terrorists dangerous violent hysterical parasites
    """
)
"""Judgements that, said of a whole group, demean it."""

SKILLS = words(
    """
    rijden autorijden inparkeren parkeren fileparkeren achteruitrijden koken rekenen leidinggeven
    programmeren navigeren kaartlezen denken sturen
    drive park parallel reverse cook lead code program navigate think math maths
    """
)
"""Skills a whole group is said to lack ("vrouwen kunnen gewoon niet inparkeren", "women can't
drive"): a stereotype, whatever words stand between."""

TYPIFIERS = words("typisch typical typically")
"""A word that makes a whole group the type of something bad ("Typisch Marokkanen, altijd gedoe")."""

SKILL_MODALS = words("kunnen can cannot")
SKILL_NEGATIONS = words("niet nooit geen not never t")
"""The modal and the negation of a denied skill; "t" is what remains of "can't" as a word."""

GROUP_PHRASES = (
    "terug naar hun eigen land",
    "terug naar je eigen land",
    "terug naar hun land",
    "terug naar je land",
    "go back to their country",
    "go back to their own country",
    "go back to your country",
    "go back to your own country",
    "go back where they came from",
    "go back to where they came from",
    "horen in de keuken",
    "horen thuis in de keuken",
    "hoort in de keuken",
    "hoort thuis in de keuken",
    "horen achter het aanrecht",
    "hoort achter het aanrecht",
    "belong in the kitchen",
    "belongs in the kitchen",
    "women can't drive",
    "vrouwen kunnen niet rijden",
    "vrouwen kunnen niet inparkeren",
    "typisch vrouwen",
    "typical woman driver",
    "moeten het land uit",
    "should be deported",
    "moeten uitgezet worden",
)
"""Sexist or racist remarks that need no swear word."""

THREATS = (
    "ik maak je af",
    "ik maak hem af",
    "ik maak haar af",
    "sla je verrot",
    "sla hem verrot",
    "sla je in elkaar",
    "sla hem in elkaar",
    "sla je de hersens in",
    "in elkaar slaan",
    "kop inslaan",
    "kop in slaan",
    "schiet je neer",
    "schiet je dood",
    "schiet hem neer",
    "schiet hem dood",
    "ik weet waar je woont",
    "ik weet waar jij woont",
    "moeten doodgeschoten worden",
    "mogen ze doodschieten",
    "i'll kill you",
    "i will kill you",
    "gonna kill you",
    "going to kill you",
    "i'll kill him",
    "i will kill him",
    "gonna kill him",
    "i'll kill her",
    "gonna kill her",
    "i'll punch you",
    "i'll punch him",
    "punch you in the face",
    "punch him in the face",
    "knock your teeth out",
    "i know where you live",
    "deserve to be shot",
    "deserves to be shot",
    "should be hanged",
    "pleur op",
    "donder op",
    "sodemieter op",
    "piss off",
    "dikke koe",
    "vette koe",
    "fat cow",
    "vet varken",
    "dik varken",
    "fat pig",
)
"""Threats of violence, meant or as a joke, rude dismissals and insults of someone's body."""

BLASPHEMY = words("jezus jesus christ christus jeezus")
"""Holy names used as an exclamation ("Jezus, wat een sukkels"; "Jesus Christ, the traffic")."""

BLASPHEMY_PHRASES = ("jesus christ", "jezus christus", "for christ's sake", "for christ sake", "jezus mina")

NAME_CALLING = words(
    """
    dom domme stom stomme dombo stupid dumb clueless incompetent incompetente hopeloos hopeless
    onbeschoft onbeschofte rude arrogant arrogante nightmare nachtmerrie
    """
)
"""Judgements that call a person names ("die klant was zo dom"): said of a customer, a public quarrel."""
