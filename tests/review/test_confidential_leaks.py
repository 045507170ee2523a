"""How employees leak on social media (docs/adr/0145): confidential terms in the shapes people write them,
security details, unpublished figures, plans, deals and internal meetings - and what is none of these.

Two organizations made up for these tests, a Dutch metal works and an English food maker, with their own
``confidential.txt``; no case leans on the names or posts of a labelled set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from mediacode.review.lexicon.business_words import CURRENT_PERIODS, FUTURE_CUES
from tests.review.conftest import org_folder, policy_yaml

Spans = Callable[[str], list[str]]

_FOLDERS = {
    "kalkhoven": {
        "policy.yaml": policy_yaml("Kalkhoven Metaalbewerking", ["Kalkhoven", "KMB"], "nl"),
        "people.csv": """\
id,name,email,role,department,manager,groups
H1,Marjolein Terpstra,m.terpstra@kalkhoven.example,director,Directie,,
H2,Bas Hoekstra,b.hoekstra@kalkhoven.example,manager,Productie,H1,
H3,Ilse Veenstra,i.veenstra@kalkhoven.example,employee,Productie,H2,
H4,Koen Wolters,k.wolters@kalkhoven.example,employee,Verkoop,H2,
""",
        "relations.csv": (
            "name,kind,aliases\nStaalunie Twente,supplier,Staalunie\n"
            "Bouwbedrijf Raaijmakers,customer,Raaijmakers\n"
        ),
        "confidential.txt": """\
# projecten
Project Meridiaan
Vuurtoren
Kraanvogel
# producten
SmartBuig 300
# plannen
Sluiting vestiging Deventer
Overname Pelikaan
# systemen
Werkbank
PLX-planner
CRM-koppeling
""",
    },
    "ashcombe": {
        "policy.yaml": policy_yaml("Ashcombe Foods", ["Ashcombe"], "en"),
        "people.csv": """\
id,name,email,role,department,manager,groups
A1,Fiona Marsh,f.marsh@ashcombe.example,director,Board,,
A2,Gareth Price,g.price@ashcombe.example,manager,Operations,A1,
A3,Nadia Karim,n.karim@ashcombe.example,employee,Operations,A2,
A4,Tom Ellis,t.ellis@ashcombe.example,employee,Sales,A2,
""",
        "relations.csv": (
            "name,kind,aliases\nGreyfield Packaging,supplier,Greyfield\nMarlow Stores,customer,Marlow\n"
        ),
        "confidential.txt": """\
Project Falcon
Granite
Harbour Light
OrderDesk
Tender Westfield
Merger Brightwater
""",
    },
}


def _spans(root: Path, author: str) -> Spans:
    reviewer = Reviewer(load_organization(root))

    def run(text: str) -> list[str]:
        return [f.text for f in reviewer.review(text, author).findings if f.category == Category.CONFIDENTIAL]

    return run


def _folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    return org_folder(tmp_path_factory, name, _FOLDERS[name])


@pytest.fixture(scope="module")
def metal(tmp_path_factory: pytest.TempPathFactory) -> Spans:
    return _spans(_folder(tmp_path_factory, "kalkhoven"), "H3")


@pytest.fixture(scope="module")
def food(tmp_path_factory: pytest.TempPathFactory) -> Spans:
    return _spans(_folder(tmp_path_factory, "ashcombe"), "A3")


# -- confidential terms in the shapes people write them ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meridiaan loopt drie weken achter op schema 😬", "Meridiaan"),
        ("Vandaag de hele dag met het Meridiaan-team in de weer", "Meridiaan"),
        ("Eerste demo van de SmartBuig draait! 🔧", "SmartBuig"),
        ("De smartbuig 300 wordt echt een gamechanger voor onze klanten", "smartbuig 300"),
        ("#vuurtoren gaat live in maart 🚀", "vuurtoren"),
        ("Vuurtorenteam heeft vandaag de deadline gehaald 💪", "Vuurtoren"),
        ("VUURTOREN IS LIVE!!! 🎉", "VUURTOREN"),
        ("Kraanvogel's eerste resultaten zijn veelbelovend", "Kraanvogel"),
        ("Pelikaan-overname is bijna rond, spannend 🤞", "Pelikaan"),
        ("Werkbank ligt er weer eens uit, niemand kan zijn uren schrijven", "Werkbank"),
        ("Falcon is slipping again, launch now pushed to Q2", "Falcon"),
        ("Proud of the #TeamFalcon crew tonight 🦅", "Falcon"),
        ("Late night on the orderdesk migration, send coffee", "orderdesk"),
        ("ORDERDESK down again 🙄 third time this week", "ORDERDESK"),
        ("Granite's beta is ready for the pilot customers", "Granite"),
        ("Harbour Light will change how we do deliveries, can't say more", "Harbour Light"),
        ("Brightwater deal is almost done 👀", "Brightwater"),
        ("smartbuig300 komt eraan, eindelijk", "smartbuig300"),
        ("PLX ligt er weer uit, niemand kan plannen", "PLX"),
        ("The Westfield bid goes in on Friday", "Westfield"),
        ("ProjectFalcon kick-off today", "ProjectFalcon"),
    ],
)
def test_terms_in_their_written_shapes(metal: Spans, food: Spans, text: str, expected: str) -> None:
    found = metal(text) + food(text)
    assert any(expected in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "De vuurtoren van Texel bij zonsondergang 🌅",
        "Kraanvogels boven het veld vanochtend, prachtig",
        "Deventer is zo'n mooie stad om te wandelen",
        "Pelikanen gespot in de dierentuin met de kinderen",
        "Nieuwe werkbank in de schuur gebouwd, eindelijk ruimte voor mijn gereedschap",
        "Watched a falcon hunt over the dunes this morning 🦅",
        "Granite worktops are so hard to keep clean",
        "Lovely harbour light this evening in Whitby",
        "Brightwater beach was packed today, what a summer",
        "Onze CRM is traag vandaag, geduld graag",
        "De plx-bestanden van de printer zijn weg",
        "Finally saw the Falcon at the museum, what a painting",
    ],
)
def test_terms_in_their_everyday_meaning(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) == []
    assert food(text) == []


# -- security details ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Weet iemand de alarmcode van de hal? Ik dacht 4471 maar die doet het niet",
        "Voor de nachtploeg: code is 4471, via de achterdeur",
        "Gastwifi: Kalkhoven-Gast / ww: Staal2025!",
        "Inloggegevens voor de testomgeving: admin / Welkom01",
        "Het wachtwoord is gewoon kalkhoven123 lol",
        "Pincode van de printer is 0000, voor wie het vergeten is",
        "alarm code for the yard: 5-5-1-9, don't lose it",
        "wifi: ASH-Guest pw: Biscuit2024!",
        "The password is literally ashcombe1, I can't",
        "De code van de sleutelkluis bij de werkplaats is 4471, voor als je vroeg bent",
        "De code van de medicijnkast op afdeling 3 is 1234, handig voor de invallers",
        "The code for the back gate is 9921 if you're on the early shift",
        "Inloggen op het klantportaal kan met admin / Welkom01",
        "The VPN shared secret for contractors is nw-contractor-77, don't lose it",
        "New API key for the staging server: sk-9f8a7b6c5d, paste it in the config",
    ],
)
def test_security_details(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) + food(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Tip: gebruik een wachtwoordmanager, dan hoef je niks te onthouden",
        "Mijn pincode vergeten bij de kassa 🙈",
        "De code van mijn fietsslot ben ik alweer vergeten",
        "Pro tip: use a password manager and turn on 2FA",
        "Reset my password three times this week 🙃",
        "The door code at my gym changed again, so annoying",
        "Our new app's code is 4000 lines shorter after the refactor",
        "Inloggen bij de bank ging vandaag 24/7 mis, 2 uur wachten",
        "Vandaag een sleutelkluis aan de gevel gehangen bij mijn moeder",
        "De code van de cursus is te vinden op het intranet",
        "The code for the new feature is 4000 lines, too long",
        "Log in and out of the Q3/2024 report, still slow",
    ],
)
def test_no_security_detail(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) == []
    assert food(text) == []


# -- unpublished figures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Net de cijfers van Q3 gezien... dat wordt geen leuk kerstfeest 😬",
        "We zitten dit kwartaal 18% boven vorig jaar en dat weet nog niemand 🤫",
        "Orderboek staat op 42 miljoen, hoogste ooit. Persbericht komt pas in maart",
        "Marketingbudget voor volgend jaar gehalveerd naar €200k 😩",
        "Per 1 maart gaan onze prijzen 9% omhoog, klanten weten het nog niet",
        "We're up 18% this quarter and results aren't out till March 😎",
        "Just saw the Q3 numbers. Not pretty. Board is going to freak 😬",
        "Our gross margin on the new range is 41%, nobody outside knows that",
        "Prices go up 7% on 1 April, customers don't know yet",
        "Enrolment for the autumn courses is down 18% according to the internal dashboard",
    ],
)
def test_unpublished_figures(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) + food(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Trots op onze jaarcijfers: omzet 12% hoger, lees het persbericht",
        "Vandaag mijn eerste marathon gelopen, 10% sneller dan vorig jaar",
        "Our Q3 results are out: revenue up 6%, read the press release",
        "Apple's revenue is up 8% this quarter, impressive",
        "Our running club is up 18% in members this year!",
        "Energy prices up 20% this year, my bill is insane",
    ],
)
def test_no_unpublished_figures(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) == []
    assert food(text) == []


# -- plans, deals and launches ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Er komt een vacaturestop tot de zomer, hoorde ik van mijn manager",
        "Gehoord dat we de productie volgend jaar naar Tsjechië gaan verplaatsen",
        "We nemen volgende maand een concurrent uit Twente over, mag nog niet naar buiten",
        "Fusie met een branchegenoot gaat dit najaar door, nog even stil houden 🤫",
        "We hebben ingeschreven op de aanbesteding van Rijkswaterstaat voor €3,1 miljoen, duimen!",
        "Over twee weken lanceren we de nieuwe lijn, maar dat is nog geheim 🤫",
        "Hiring freeze from next month, heard it from my manager",
        "Rumour is the Leeds site closes next year",
        "We're in talks to acquire a bakery chain in Wales 👀 under NDA so that's all I can say",
        "Don't tell anyone but we're losing our biggest customer in January",
        "Our bid for the hospital catering contract is £4.2m, fingers crossed",
        "Launching our plant-based range in May, still under embargo so 🤐",
        "Contract negotiations with our biggest retailer are stuck at 3% 😤",
        "Binnenkort 2 nieuwe vestigingen in Utrecht, meer mag ik nog niet zeggen 🤫",
        "Wij krijgen volgend jaar een nieuwe CEO, mag nog niemand weten",
        "We zijn aan het praten met een Duitse partij over een overname",
        "Next week we announce 200 redundancies, brace yourselves",
        "Klanten weten het nog niet, maar per 1 januari stoppen we met de bezorgservice",
        "Volgend kwartaal gaan er bij ons 12 mensen uit, hoorde ik vandaag",
        "Er moeten bij ons binnenkort dertig medewerkers weg, zeggen ze",
        "Heard we're letting 40 people go after Christmas. Grim.",
        "Er komt dit jaar weer een reorganisatie bij ons, hoorde ik",
        "Another reorganisation at our place next year, 30 jobs will go",
        "The board decided yesterday to close the Leeds site next summer",
        "Our office moves to Manchester next year, so excited!",
    ],
)
def test_plans_deals_and_launches(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) + food(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Binnenkort gaan we verhuizen naar een groter huis",
        "Onze nieuwe vestiging in Zwolle is vandaag feestelijk geopend!",
        "Onze hockeyclub heeft een nieuwe sponsor, het contract is getekend!",
        "De Sinterklaas-surprise voor mijn zus is nog geheim 🤫",
        "My daughter's school is closing next year, sad",
        "We signed the contract for our new house, €420k, eek!",
        "Heard Spotify is laying off 1,500 people, tough",
        "Our team won the pub quiz, don't tell anyone we cheated 😂",
        "Surprise party voor mijn moeder zaterdag 🤫 ze wordt 60",
        "We gaan volgend jaar naar Bali, niet doorvertellen aan mijn schoonmoeder",
        "We launched our new website today, have a look!",
        "Volgende week gaan er 12 mensen uit ons team naar de beurs",
        "Morgen gaan we met 8 collega's uit eten, gezellig!",
        "Zaterdag gaan er bij ons 20 mensen mee naar het concert",
        "Let's go! 40 people signed up for our charity run already",
        "Another reorg at work, the fourth one this year. Exhausting.",
        "Weer een reorganisatie op het werk, alweer de derde dit jaar",
        "I'm moving to Manchester next year, so excited!",
        "Moving house next month, boxes everywhere",
    ],
)
def test_no_plans(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) == []
    assert food(text) == []


def test_one_persons_dismissal_is_personal_data_not_a_plan(tmp_path_factory: pytest.TempPathFactory) -> None:
    reviewer = Reviewer(load_organization(_folder(tmp_path_factory, "kalkhoven")), use_model=False)
    decision = reviewer.review("Koen is ontslagen op staande voet, niemand weet waarom", "H3")
    assert {f.category for f in decision.findings} == {Category.COLLEAGUE, Category.PERSONAL_DATA}


# -- internal meetings and documents ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uit de notulen van het MT: alle vestigingen krijgen volgend jaar een nieuwe planning",
        "Screenshot van ons interne dashboard, kijk eens hoeveel storingen 😂",
        "Roadmap voor 2026 gezien, er komt een app voor klanten 👀",
        "Het MT heeft besloten dat we volgend jaar drie nieuwe vestigingen openen",
        "Onder NDA dus ik kan niet veel zeggen, maar we bouwen een fabriek in Duitsland",
        "Slides from the all-hands: 120 roles to go by summer",
        "Internal memo just dropped: we're moving HQ to Bristol next year",
        "Board meeting today confirmed we're opening 12 new stores next year 🚀",
        "Photo of the whiteboard from today's strategy session 😅",
        "Salarisverhogingen gaan dit jaar niet door, zei de directeur in het MT",
        "Tijdens de ochtendoverdracht werd verteld dat er bezuinigd gaat worden op de nachtdiensten",
        "At the morning briefing they told us about budget cuts for the night shifts",
    ],
)
def test_internal_meetings_and_documents(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) + food(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Lange vergadering vandaag, ben gesloopt",
        "Tijdens het teamoverleg hebben we taart gegeten 🎂",
        "Kalkhoven staat op de beurs in Utrecht, kom langs bij stand 12!",
        "Long day of meetings, need a drink",
        "Great keynote by our CEO at the conference today on the future of food",
        "Board meeting ran over again, missed my train 🙄",
        "Foto van de teamlunch, wat een feest 🎉",
        "Screenshot van mijn hardlooprondje, 10 km in 52 minuten",
        "Directie trakteert vandaag op 2 taarten 🎂",
        "Lange vergadering met het MT, ik zei dat ik moe was",
        "Het kabinet gaat weer bezuinigen op de zorg, en wij betalen de prijs",
        "Na de ochtendoverdracht snel koffie, wat een drukte vandaag",
        "Another pointless all-hands where leadership says nothing new",
        "Weer een townhall waarin de directie niks nieuws zei",
    ],
)
def test_ordinary_meetings(metal: Spans, food: Spans, text: str) -> None:
    assert metal(text) == []
    assert food(text) == []


def test_current_periods_are_future_cues() -> None:
    """ "this year" stops telling the future only beside a repetition, so it must be a future cue."""
    assert set(CURRENT_PERIODS) <= set(FUTURE_CUES)
