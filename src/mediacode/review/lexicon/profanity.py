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
    """
)

EXCEPTIONS = words(
    """
    shitake shiitake lull lulled lulling lullaby lulls eikelhout eikels eikeltjes eikelboom hoera
    hoerastemming sukkelen sukkelt sukkelde gesukkel
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
)

DISEASE_CURSES = ("kanker", "tering", "tyfus", "klere", "kolere", "pokke", "pokken", "cholera")
"""Curse when compounded ("kankerweer") or exclaimed ("Kanker!"), a disease otherwise."""

LITERAL_AFTER: dict[str, frozenset[str]] = {
    "bloody": words("nose noses lip lips wound wounds mary marys stool stools sunday battle hands"),
    "damned": words("souls soul"),
}
"""A word that is literal, not a curse, when one of these follows ("a bloody nose")."""
