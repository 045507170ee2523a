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
)

WORDS = words(
    """
    slecht slechte slechter slechtst slechtste dom domme dommer dumb stupid worst clown clowns liar
    joke lie lies lied liegt liegen loog logen gelogen scam crap rommel zooitje puinhoop bende
    ramp drama fiasco mess shambles nep fake nepbedrijf grap
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
)

SERVICE_FAILURE = words("kapot beschadigd stuk kwijt zoek damaged broken lost missing")
"""Goods or service that fail; damaging only when said of the organization's own offering."""

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
