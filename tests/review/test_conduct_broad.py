"""Bad taste beyond the plain swear word: disguised and compounded swearing, insults by meaning,
remarks about groups, threats, blasphemous outcries and jokes about disaster (Dutch and English),
and the everyday sentences that look like them but are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category
from mediacode.review import Reviewer

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # disguised: digits for letters, stretched letters, new spellings
        ("Wat een sh1t dag weer", "sh1t"),
        ("That ref is a total b1tch", "b1tch"),
        ("Fuuuuck, the train is late again", "Fuuuuck"),
        ("Kuuuut, sleutels vergeten", "Kuuuut"),
        ("Shiiiit I forgot my badge", "Shiiiit"),
        ("fvck this weather", "fvck"),
        ("Phucking hell, 2 hours in traffic", "Phucking"),
        # compounds that end in an insult
        ("Die influencers, stelletje aandachtshoeren", "aandachtshoeren"),
        ("Echt een topsukkel, die buurman van me", "topsukkel"),
        ("Weer zo'n verkeershufter die bumperkleeft", "verkeershufter"),
        ("What a clusterfuck this roadwork is", "clusterfuck"),
        ("My neighbour went apeshit about the hedge", "apeshit"),
        ("Die scheids was een kutwijf", "kutwijf"),
        # more swear words, crude and sexual words
        ("Wat een strontweer vandaag", "strontweer"),
        ("Ik heb er schijt aan wat ze zeggen", "schijt"),
        ("Rot toch op, ga lekker oprotten", "oprotten"),
        ("Die gast was zo horny, gross", "horny"),
        ("Motherfucker cut me off on the highway", "Motherfucker"),
        # insults without a swear word
        ("Bunch of meatheads at the gym again", "meatheads"),
        ("Die halvegaren op de A2 weer", "halvegaren"),
        ("Wat een stelletje kwakzalvers op YouTube", "stelletje kwakzalvers"),
        ("Honestly what a bunch of cavemen", "cavemen"),
        ("Wat een clown, die wethouder", "clown"),
        ("You absolute buffoon, that was my coffee", "buffoon"),
        ("Die fans gedroegen zich als beesten", "beesten"),
        ("Grunting like pigs the whole evening", "pigs"),
        ("Stelletje apen op het fietspad", "apen"),
        ("Such a dork, my little brother", "dork"),
        ("Die dikzak naast me in het vliegtuig", "dikzak"),
        ("Wat een tuig op het station vanavond", "tuig"),
        ("Die lamzak heeft weer niks gedaan", "lamzak"),
        ("Those tourists are such sheep", "sheep"),
        ("Wat een homo is die presentator, niet te zien", "homo"),
        ("Die nieuwe buurvrouw is echt een dikke koe", "dikke koe"),
        ("Pleur op met je regenweer", "Pleur op"),
        ("Oh piss off, another parking ticket", "piss off"),
        ("What a prat, parking in the disabled spot", "prat"),
        ("He's a real jerk to waiters, hate that", "jerk"),
        ("Sod it, I'm getting a takeaway tonight", "Sod it"),
        ("Screw this weather honestly", "Screw this"),
        ("Wat een gelul allemaal op het nieuws", "gelul"),
        ("She's such a cow sometimes", "such a cow"),
        # remarks about a group
        ("Vrouwen horen in de keuken, niet op de bouw", "horen in de keuken"),
        ("She should go back to her own country? No: they should go back to their own country", "go back"),
        ("Immigrants are all lazy, everyone knows it", "Immigrants are all"),
        ("Buitenlanders zijn allemaal criminelen", "Buitenlanders zijn allemaal"),
        ("Women can't drive, proven again at the roundabout", "Women can't drive"),
        ("Vrouwen kunnen gewoon niet inparkeren, bewezen vandaag weer", "Vrouwen kunnen gewoon niet"),
        ("Women just can't park, proven again today", "Women just can't park"),
        ("Vrouwen kunnen echt nooit kaartlezen", "Vrouwen kunnen echt nooit kaartlezen"),
        ("Typisch Marokkanen, altijd gedoe", "Typisch Marokkanen"),
        ("Typical immigrants, always complaining", "Typical immigrants"),
        # a disease as a curse before a noun, written apart
        ("Tyfus zooi, die nieuwe printer op kantoor", "Tyfus"),
        ("Tering herrie op de bouw vandaag", "Tering"),
        ("Klere zooi met die nieuwe app", "Klere"),
        # threats
        ("Als ik die gast tegenkom, ik maak hem af", "ik maak hem af"),
        ("Touch my bike again and I'll kill you", "I'll kill you"),
        ("I know where you live, mate", "I know where you live"),
        ("Die vandalen moeten ze de kop inslaan", "kop inslaan"),
        # blasphemous outcries
        ("Jezus, wat een file weer", "Jezus"),
        ("Jesus Christ, the queue at the bakery", "Jesus Christ"),
        ("Oh Jesus! Forgot my wallet again", "Jesus"),
        ("For Christ's sake, learn to merge", "For Christ's sake"),
        # jokes about disaster and illness
        ("Vliegtuigcrash op het nieuws 😂 die piloot kon er niks van", "Vliegtuigcrash"),
        ("Earthquake victims lol, should have built better houses", "victims"),
    ],
)
def test_bad_taste_is_found(spans: Spans, text: str, part: str) -> None:
    found = spans(text, "P3", Category.CONDUCT)
    assert any(part in f or f in part for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # words inside other words, names and literal meanings
        "We hebben de pijpleiding geinspecteerd in Scunthorpe",
        "Strontium is een element uit het periodiek systeem",
        "A4 papier en 3 pennen besteld",
        "Onze A380 stond klaar om 8:00",
        "Wat een hoera-stemming op de vrijdagmiddag",
        "The clown at my daughter's party was great",
        "We hebben een clown ingehuurd voor het kinderfeest",
        "Sweating like a pig after the 10K run",
        "Treated like animals by the airline, never again",
        "De varkens in de stal kregen vandaag vers stro",
        "A flock of sheep blocked the road in Wales 🐑",
        "Wat een leuk stelletje, die twee, gefeliciteerd!",
        "Een stelletje liep hand in hand over het strand",
        "Stel je voor dat het morgen sneeuwt",
        "Ik sla je record morgen wel over",
        "Ik zet de kast tegen de muur",
        "Jezus zei tegen zijn leerlingen dat ze moesten gaan",
        "Kerstnachtdienst over de geboorte van Jezus",
        "Vluchtelingen zijn allemaal welkom bij ons taalcafé",
        "Women are all welcome at the coding night",
        "I'm dead 😂 that meme",
        "Hearing aids for my grandad, he's happy lol",
        "My laptop crashed again lol",
        "Mijn oma is overleden, dank voor alle lieve berichten",
        "Ik ben echt gek op de zomer",
        "That movie was a psychological thriller",
        "Gym rat life 💪 new PR today",
        "Such a cheeky monkey, my son 😂",
        "Kwaliteit van het beton is ijzersterk",
        "De kleine jongen sukkelde achter zijn broer aan",
        "Strut your stuff at the summer party",
        "Jerk chicken for lunch, so good",
        "Mijn zoon is autist en hij is mijn held",
        "Lopen voor KWF tegen kanker, doneer mee",
        "Mijn oom heeft kanker, zware tijd voor de familie",
        "Kanker weer terug bij mijn tante, duimen jullie mee?",
        "Vrouwen kunnen vanaf dit jaar ook meedoen aan de marathon",
        "Women can now drive in more countries than ever",
        "Buitenlanders kunnen niet stemmen bij de Tweede Kamerverkiezingen",
        "Typical women's final, great match on Sunday",
        "Echt een homo-huwelijk om nooit te vergeten, proost op Sander en Tim",
        "Mijn broer is homo en gaat in mei trouwen",
        "Homo sapiens walked out of Africa, says the museum",
        "The sheep's wool is drying in the barn",
        "Jerk chicken and rice for lunch, so good",
        "What a cow, she won first prize at the county show",
        "Screw the lid on tight before you shake it",
    ],
)
def test_everyday_text_is_no_bad_taste(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.CONDUCT) == []


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # swearing at the employer is the damaging insult, not also bad taste
        ("Noordkust is a shit company with shit pay, avoid.", False),
        ("Noordkust is a fucking joke of an employer. Done with it.", False),
        # an outcry opening the sentence stays bad taste
        ("Godverdomme, weer maandag. En Noordkust vergeet wéér de overuren uit te betalen 🤡", True),
        # swearing about something else beside the employer's name stays bad taste
        ("Fucking finally friday! Proud of Noordkust today", True),
    ],
)
def test_swearing_at_the_employer(reviewer: Reviewer, text: str, conduct: bool) -> None:
    categories = reviewer.review(text, "P3").categories
    assert (Category.CONDUCT in categories) is conduct
