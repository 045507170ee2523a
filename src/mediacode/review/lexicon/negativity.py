"""Disparaging words and phrases in Dutch and English (the ``damaging`` category).

Only strong judgements are listed: "waardeloos", "liars", "a sinking ship".
Mild grumbling ("druk", "moe", "long day") is not, so that it never becomes
a finding. ``STEMS`` (five letters or more) match the start of a word
("waardeloze", "incompetente"); ``WORDS`` match whole words.
"""

from __future__ import annotations

from mediacode.review.lexicon import words

STEMS = (
    "waardelo",
    "vreselijk",
    "verschrikkelijk",
    "belabberd",
    "beroerd",
    "rampzalig",
    "schandalig",
    "schandelijk",
    "incompetent",
    "onbekwa",
    "leugenaar",
    "oplicht",
    "uitbuit",
    "uitgebuit",
    "corrupt",
    "onveilig",
    "onbetrouwba",
    "amateuris",
    "prutser",
    "prutswerk",
    "klantonvriendelijk",
    "ondermaats",
    "onkundig",
    "walgelijk",
    "hopeloo",
    "chaotisch",
    "wanbeleid",
    "wanorganisatie",
    "wanprestatie",
    "onderbetaal",
    "doodskist",
    "dictator",
    "tiranniek",
    "sjoemel",
    "frauduleu",
    "bedrieger",
    "nalatig",
    "oliedom",
    "irritant",
    "ergerlijk",
    "bagger",
    "armzalig",
    "knudde",
    "abominabel",
    "mensonterend",
    "terribl",
    "horribl",
    "awful",
    "useless",
    "pathetic",
    "disgrac",
    "disgust",
    "incompeten",
    "liars",
    "scammer",
    "exploit",
    "unsafe",
    "toxic",
    "worthless",
    "shameful",
    "appalling",
    "atrocious",
    "rubbish",
    "garbage",
    "clueless",
    "fraud",
    "crooks",
    "dishonest",
    "unreliable",
    "annoying",
    "lousy",
    "underpaid",
    "overworked",
    "ridiculous",
    "clowns",
    "abysmal",
    "mismanag",
    "greedy",
    "hebberig",
    "inhalig",
    "sinking",
    "zinkend",
    "amateurs",
    "idiotic",
    "laughable",
    "lachwekkend",
    "disastr",
    "dinosaur",
    "prehistor",
    "middeleeuws",
    "achterhaald",
    "vastgeroest",
    "outdated",
    "bedroevend",
    "belachelijk",
    "beschamend",
    "afschuwelijk",
    "ellendig",
    "miserab",
    "onprofessione",
    "unprofessional",
    "respectlo",
    "disrespect",
    "misleid",
    "misleading",
    "afzetter",
    "graaier",
    "zakkenvuller",
    "slavendrijver",
    "overpriced",
    "overrated",
    "onbeschoft",
    "arrogan",
    "embarrass",
    "shoddy",
    "micromanag",
    "gevaarlijk",
    "dangerous",
    "illegaal",
    "illegal",
    "discrimin",
    "racist",
    "seksist",
    "sexist",
    "zeurpiet",
    "wanbetaler",
    # ungrateful, stingy, rude: said of customers or the employer
    "ondankba",
    "ungrateful",
    "gierig",
    "krenterig",
    "cheapskate",
    "stingy",
    "rudest",
    # neglect, decay, cover-ups and hypocrisy
    "verwaarloos",
    "neglected",
    "beschimmeld",
    "mouldy",
    "moldy",
    "gedoemd",
    "doomed",
    "hypocri",
    "hypocriet",
    "schijnheilig",
    "two-faced",
    "greenwash",
    "windowdressing",
    "doofpot",
    "cover-up",
    "wanbeheer",
    "shambolic",
    "negligen",
    "zwijnenstal",
    "varkensstal",
    "pigsty",
    "gênant",
    "genant",
)

WORDS = words(
    """
    slecht slechte slechter slechtst slechtste dom domme dommer dumb stupid worst clown clowns liar
    joke lie lies lied liegt liegen loog logen gelogen scam crap rommel zooitje puinhoop bende
    ramp drama fiasco mess shambles nep fake nepbedrijf grap disaster disasters flop failure
    troep prul prullen junk trash crappy sucks zuigt nightmare nachtmerrie luie lazy sloppy
    slordig slordige schande bedrog absurd absurde zootje farce klucht poppenkast rude
    """
)

PHRASES = (
    "zinkend schip",
    "sinking ship",
    "oud vuil",
    "als vuil",
    "als stront",
    "als beesten",
    "like dirt",
    "like garbage",
    "like trash",
    "like criminals",
    "like a criminal",
    "like slaves",
    "als slaven",
    "als criminelen",
    "zero respect",
    "geen respect",
    "no respect",
    "stay away",
    "blijf weg",
    "doe het niet",
    "don't apply",
    "niet solliciteren",
    "zoek een andere",
    "zoek gewoon een andere",
    "look for another",
    "find another job",
    "geen flauw benul",
    "no clue",
    "no idea what",
    "geen idee wat",
    "death trap",
    "dodelijke val",
    "lies to",
    "ripping off",
    "rip off",
    "rip-off",
    "waste of",
    "never again",
    "nooit meer",
    "not a single good",
    "geen enkel goed",
    "nothing right",
    "niks goed",
    "niets goed",
    "couldn't care less",
    "kan het niks schelen",
    "kan het niets schelen",
    "treated like",
    "behandeld als",
    "gaat failliet",
    "going bankrupt",
    "going under",
    "cut corners",
    "bezuinigen op veiligheid",
    "a joke",
    "een grap",
    "een lachertje",
    "een aanfluiting",
    "makes me sick",
    "word er ziek van",
    "ashamed to work",
    "schaam me",
    "kan nog geen",
    "kan niet eens",
    "can't even",
    "cannot even",
    "couldn't even",
    "grap van het jaar",
    "joke of the year",
    # failing the customer, without a strong word
    "nobody cares",
    "no one cares",
    "nobody gives a",
    "het interesseert niemand",
    "niemand interesseert",
    "kan niemand iets schelen",
    "kan niemand wat schelen",
    "niemand die er iets aan doet",
    "weigert er iets aan te doen",
    "weigeren er iets aan te doen",
    "doet er niks aan",
    "doet er niets aan",
    "doen er niks aan",
    "doen er niets aan",
    "refuses to do anything",
    "refuse to do anything",
    "does nothing about",
    "do nothing about",
    "snapt niks",
    "snapt niets",
    "snappen niks",
    "snappen niets",
    "begrijpt niks",
    "begrijpen niks",
    "heeft geen verstand van",
    "hebben geen verstand van",
    "geen kaas gegeten",
    "haven't got a clue",
    "hasn't got a clue",
    "don't have a clue",
    "doesn't have a clue",
    "have no idea how",
    "has no idea how",
    "falls apart",
    "fall apart",
    "valt uit elkaar",
    "vallen uit elkaar",
    "stuck in the past",
    "like being stuck",
    "living in the past",
    "stone age",
    "steentijd",
    "middeleeuwen",
    "dark ages",
    # advice not to buy from or work for
    "stay away from",
    "steer clear",
    "koop daar niks",
    "koop daar niets",
    "koop er niks",
    "koop er niets",
    "nooit kopen",
    "never buy",
    "don't buy",
    "do not buy",
    "wouldn't buy",
    "would never buy",
    "niet kopen",
    "zou ze nooit",
    "zou er nooit",
    "save your money",
    "zonde van je geld",
    "zonde van het geld",
    "weggegooid geld",
    "niet bij werken",
    "going downhill",
    "gone downhill",
    "gaat bergafwaarts",
    "gaat hard achteruit",
    "falling apart",
    "lost the plot",
    "de weg kwijt",
    "total chaos",
    "totale chaos",
    "don't work for",
    "never work for",
    "lip service",
    "lippendienst",
    "window dressing",
    "covered up",
    "swept under the rug",
    "onder het tapijt",
    "in de doofpot",
    "komt niks na",
    "komt niets na",
    "never delivers",
    "leeggezogen",
    "uitgeknepen",
    "bled dry",
    "couldn't organise",
    "couldn't organize",
    "couldn't run",
    "can't run",
)

INSULTS = words(
    """
    idiot idiots idioot idioten moron morons imbecile imbeciles clown clowns dickhead dickheads
    asshole assholes arsehole klootzak klootzakken eikel eikels lul lullen sukkel sukkels debiel
    debielen mongool mongolen imbeciel imbecielen mafkees oetlul zakkenwasser zakkenwassers hufter
    hufters prutser prutsers loser losers scum bastard bastards wanker wankers twat jackass dumbass
    prick pricks tosser tossers muppet muppets
    """
)
"""Words for a person; said of the employer or its management in the same sentence they are damaging,
said of anyone else they are bad taste (``conduct``)."""

ADVICE_IMPERATIVES = words("avoid vermijd mijd")
"""Advice against the organization when they open a sentence: "Avoid X", "Mijd die tent"."""

PROFANE_TARGET_NOUNS = words(
    """
    bedrijf bedrijfje tent tentje zaak zaakje firma werkgever organisatie club directie management
    baas bazen leiding service producten klantenservice
    company firm employer organisation organization outfit management boss bosses place service
    products
    """
)
"""A profane word right before one of these ("a shit company", "kuttent") disparages the employer."""

SERVICE_FAILURE = words("kapot beschadigd stuk kwijt zoek damaged broken lost missing")
"""Goods or service that fail; damaging only when said of the organization's own offering."""

AMBIGUOUS_FAILURE = words("zoek stuk")
"""Service-failure words that are also a verb or a noun: "zoek je een baan?", "een stuk beter"."""

NOT_FAILURE_AROUND = words("een één het dat dit ons mijn je jij jullie u naar ik we wij de beter meer")
"""Next to these an ``AMBIGUOUS_FAILURE`` word is the verb or the noun, not "broken" or "lost"."""

SPENDING_PHRASES = words("waste zonde weggegooid")
"""The first word of the negative phrases that judge a spending decision ("a waste of our budget",
"zonde van het geld"): with an opinion marker in the post that is a view on policy (``position``),
not disparagement."""

NEGATIONS = words("niet geen nooit not no never hardly nauwelijks zonder without nothing niks niets")

CONTRACTED_NEGATIONS = words(
    "isn wasn hasn hadn haven doesn didn don won can couldn wouldn shouldn aren weren"
)
"""English "n't" contractions, as the tokeniser splits them ("hasn" + "t")."""

POSITIVE = words(
    """
    good great decent useful goed goede fatsoenlijk nuttig
    """
)
"""After a negation ("not a single good idea", "geen flauw benul") these judge as harshly as a curse."""
