"""Profane, vulgar and demeaning words in Dutch and English (the ``conduct`` category).

``STEMS`` match at the start of a word and cover compounds and inflections
("kutweer", "fucking", "klotezooi"); ``WORDS`` match whole words only, so
that no stem fires inside an innocent word ("catering", "Scunthorpe").
``PHRASES`` are lower-case word sequences. ``DISEASE_CURSES`` are disease
names used as curses in Dutch; they count only as a compound prefix or as an
exclamation, never when the disease itself is meant.
"""

from __future__ import annotations

from mediacode.review.lexicon import words

STEMS = (
    "fuck",
    "motherfuck",
    "shit",
    "bullshit",
    "horseshit",
    "asshole",
    "arsehole",
    "dickhead",
    "cunt",
    "bitch",
    "bastard",
    "wanker",
    "twat",
    "douchebag",
    "jackass",
    "dumbass",
    "moron",
    "kut",
    "klote",
    "godver",
    "goddomme",
    "godsamme",
    "verdomme",
    "klootzak",
    "kloothommel",
    "lul",
    "eikel",
    "hoer",
    "slet",
    "mongool",
    "debiel",
    "randdebiel",
    "mafkees",
    "oetlul",
    "zakkenwasser",
    "pleuris",
    "sukkel",
    "imbeciel",
    "idioot",
    "idioten",
    "achterlijk",
    "hufter",
    "smeerlap",
    "sodemieter",
    "klootviool",
    "lulhannes",
    "zeikerd",
    "gezeik",
    "fokking",
    "fakking",
    "dipshit",
    "scumbag",
    "asshat",
    "imbecil",
    "smartass",
    "fatass",
    "lardass",
    "goddamn",
    "verdomd",
    "potverdom",
    "takke",
    "geitenneuk",
    "poepchine",
    "spleeto",
    "zandneger",
    "knobhead",
    "bugger",
    "fecking",
    "sodding",
    "cocksuck",
    "dickwad",
    "dickface",
    "dumbfuck",
    "clusterfuck",
    "mindfuck",
    "apeshit",
    "batshit",
    "chickenshit",
    "jackoff",
    "blowjob",
    "handjob",
    "schijt",
    "stront",
    "neuk",
    "kutje",
    "teringlijer",
    "kankerlijer",
    "optyf",
    "opkanker",
    "opflikker",
    "opsodemieter",
    "oprot",
    "godskolere",
    "sletterig",
)

WORDS = words(
    """
    wtf stfu crap goddamn goddammit idiot idiots prick piss pissed retard retarded retards
    trut dombo losers loser scum slut whore
    wijf wijven teef teven sloerie sloeries tokkie tokkies spast spasten mongo flikker flikkers
    bimbo bimbos skank skanks hag hags whores sluts cripple cripples spaz spastic faggot faggots
    tranny trannies tosser tossers pillock muppet muppets bollocks crappy
    omfg ffs gvd
    damn damned dammit damnit bloody
    fck fcking fckn fckin fkn fking fkin fuk fuking fukking effing lmfao fml gtfo jfc asf mofo
    kk kkr arse arsed arses ass asses bullcrap piss pissing pisses pisstake shite feck
    reet rotzak rotzakken rotwijf klojo klojo's etterbak etterbakken schoft schoften mokkel mokkels
    trutten mongolen downie downies pissig pisnijdig
    nigger niggers nigga niggas nikker nikkers neger negers negerin chink chinks paki pakis spic
    spics kike kikes gook gooks raghead ragheads towelhead towelheads wetback wetbacks pikey pikeys
    midget midgets spacker spackers
    cretin cretins halfwit halfwits nitwit nitwits dimwit dimwits numbskull numbskulls
    fvck fvcking phuck phucking fcuk fcuking fukken motherfucker mfer mofos
    pussy pussies tits titties horny dildo dildos milf jizz wank wanking wanked wankstain
    geneukt geneuk tieten tietjes geil geile afrukken pijpbeurt
    poofter poofters mongs tard tards spacko gelul prat prats
    """
)

LOWER_ONLY = words("dick dicks")
"""Vulgar only in lower case: capitalised they are a first name ("Dick")."""

MASKED_TARGETS = (
    "fuck",
    "shit",
    "bullshit",
    "kut",
    "cunt",
    "bitch",
    "asshole",
    "ass",
    "klote",
    "kanker",
    "tering",
    "tyfus",
    "damn",
    "dick",
    "crap",
    "piss",
    "bastard",
    "godverdomme",
    "verdomme",
    "hoer",
    "slet",
    "whore",
    "slut",
    "wanker",
    "twat",
    "nigger",
)
"""Words that posts write with a masking character ("f*ck", "sh!t", "k*t", "f***"); a masked word
counts when its letters fit one of these from the start."""

EXCEPTIONS = words(
    """
    shitake shiitake takken takkenbos takkenbossen
    lull lulled lulling lullaby lulls eikelhout eikels eikeltjes eikelboom hoera
    hoerastemming sukkelen sukkelt sukkelde gesukkel
    pussycat pussycats pussywillow strontium
    """
)
"""Words that start with a stem but are harmless."""

PHRASES = (
    "holy shit",
    "what the fuck",
    "what the hell",
    "god damn",
    "son of a bitch",
    "piece of shit",
    "kiss my ass",
    "fuck off",
    "go to hell",
    "krijg de tering",
    "krijg de kolere",
    "krijg de pest",
    "flikker op",
    "rot op",
    "val dood",
    "tief op",
    "kop dicht",
    "bek dicht",
    "hou je bek",
    "bloody hell",
    "screw you",
    "up yours",
    "sod off",
    "suck my",
    "ouwe zak",
    "vuile zak",
    "luie zak",
    "stomme zak",
    "domme doos",
    "stomme doos",
    "stupid cow",
    "silly cow",
    "jij kneus",
    "wat een kneus",
    "stelletje kneuzen",
    "such a cow",
    "sod it",
    "screw this",
    "screw it",
    "screw that",
    "pain in the arse",
    "pain in the ass",
)

DISEASE_CURSES = (
    "kanker",
    "kenker",
    "tering",
    "tyfus",
    "tiefus",
    "klere",
    "kolere",
    "pokke",
    "pokken",
    "cholera",
)
"""Curse when compounded ("kankerweer"), exclaimed ("Kanker!") or used as an intensifier before an
adjective ("tyfus druk"), a disease otherwise."""

INTENSIFIED = words(
    """
    druk irritant irritante koud koude heet warm vet vette saai saaie lelijk lelijke duur dure lang lange
    moe slecht slechte dom domme stom stomme traag trage zwaar zware laat vroeg ver vies vieze
    chagrijnig boos kwaad gaaf gave mooi mooie lekker goed goede hard snel raar rare lastig lastige
    veel weinig groot grote klein kleine vol lui luie vaag vage glad gladde nat natte zat
    """
)
"""Adjectives that a bare disease curse intensifies in slang ("kanker druk", "tering koud")."""

CURSED_NOUNS = words(
    """
    zooi zooitje rotzooi herrie bende troep zut ding dingen kop wijf wijven vent gozer gast gasten
    lijer lijers hond honden apparaat
    """
)
"""Nouns a bare disease curse is written before as a separate word ("tyfus zooi", "tering herrie")."""

LITERAL_AFTER: dict[str, frozenset[str]] = {
    "bloody": words("nose noses lip lips wound wounds mary marys stool stools sunday battle hands"),
    "damned": words("souls soul"),
    "spic": words("and"),
}
"""A word that is literal, not a curse, when one of these follows ("a bloody nose")."""

COMPOUND_TAILS = (
    "hoer",
    "hoeren",
    "hoertje",
    "slet",
    "sletten",
    "sletje",
    "wijf",
    "wijven",
    "trut",
    "trutten",
    "sukkel",
    "sukkels",
    "idioot",
    "idioten",
    "debiel",
    "debielen",
    "mongool",
    "mongolen",
    "klootzak",
    "klootzakken",
    "lul",
    "lullen",
    "hufter",
    "hufters",
    "neger",
    "negers",
    "tokkie",
    "tokkies",
    "kneus",
    "shit",
    "fuck",
    "fucker",
    "fuckers",
)
"""Insults that end a Dutch or English compound ("aandachtshoeren", "topsukkel", "verkeershufter",
"clusterfuck"); the compound needs at least three letters before them."""

LEET = str.maketrans("013457$@", "oieastsa")
"""Digits and signs written for letters ("sh1t", "b1tch", "l0ser")."""
