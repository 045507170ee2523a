"""Fourth generalisation round (docs/adr/0125-0127): colleagues, personal data and confidential information.

Two organizations made up for these tests, a Dutch installer and an English print shop, so that no case
leans on the names or the posts of a labelled set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from tests.review.conftest import org_folder, policy_yaml

Spans = Callable[[str, str, Category], list[str]]

_FOLDERS = {
    "klaverveld": {
        "policy.yaml": policy_yaml("Klaverveld Installatie", ["Klaverveld"], "nl"),
        "people.csv": """\
id,name,email,role,department,manager,groups
K1,Annelies Meester,a.meester@klaverveld.example,director,Directie,,
K2,Gijs van 't Hoog,g.vanthoog@klaverveld.example,manager,Montage,K1,
K3,Roel Bakker,r.bakker@klaverveld.example,employee,Montage,K2,
K4,Maarten Dijkhuis,m.dijkhuis@klaverveld.example,employee,Planning,K2,
K5,Frank Oosterbeek,f.oosterbeek@klaverveld.example,employee,Magazijn,K2,
K6,Sanne Wubbels,s.wubbels@klaverveld.example,employee,Financiën,K2,
""",
        "relations.csv": "name,kind,aliases\nBouwgroep Ravelijn,customer,Ravelijn\n",
        "confidential.txt": "Project Zeggeveld\nAnker\nZandloper\nWitte Dwerg\n",
    },
    "northgate": {
        "policy.yaml": policy_yaml("Northgate Print", ["Northgate"], "en"),
        "people.csv": """\
id,name,email,role,department,manager,groups
N1,Harriet Cook,h.cook@northgate.example,director,Board,,
N2,Declan Ashworth,d.ashworth@northgate.example,manager,Production,N1,
N3,Priya Raman,p.raman@northgate.example,employee,Logistics,N2,
N4,Owen Castle,o.castle@northgate.example,employee,Finance,N2,
N5,Leon Baker,l.baker@northgate.example,employee,Production,N2,
""",
        "relations.csv": "name,kind,aliases\nHollis Paper,supplier,Hollis\n",
        "confidential.txt": "Bluebell\nBlue Moon\n",
    },
}


def _spans(root: Path) -> Spans:
    reviewer = Reviewer(load_organization(root))

    def run(text: str, author: str, category: Category) -> list[str]:
        return [f.text for f in reviewer.review(text, author).findings if f.category == category]

    return run


@pytest.fixture(scope="module")
def installer(tmp_path_factory: pytest.TempPathFactory) -> Spans:
    return _spans(org_folder(tmp_path_factory, "klaverveld", _FOLDERS["klaverveld"]))


@pytest.fixture(scope="module")
def printer(tmp_path_factory: pytest.TempPathFactory) -> Spans:
    return _spans(org_folder(tmp_path_factory, "northgate", _FOLDERS["northgate"]))


# -- colleagues by name alone --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        ("Sanne heeft vandaag haar rijbewijs gehaald 🚗", "K4", ["Sanne"]),
        ("Zaterdag met Frank en Roel de halve marathon gelopen", "K4", ["Frank", "Roel"]),
        ("Meester heeft iedereen op taart getrakteerd 🍰", "K4", ["Meester"]),
        ("Wubbels heeft de jaarafsluiting in haar eentje gedaan", "K4", ["Wubbels"]),
        ("G. van 't Hoog heeft de nieuwe planning rond", "K4", ["G. van 't Hoog"]),
        ("Sint-Maarten vanavond, de lampionnen zijn klaar", "K6", []),
        ("Gefeliciteerd Frank de Boer met je nieuwe club!", "K4", []),
        ("Mijn neefje Roel heeft zijn zwemdiploma", "K4", []),
        ("De meester van groep 5 heeft vandaag getrakteerd", "K4", []),
        ("Bakker gezocht voor ons dorp", "K4", []),
        ("Maarten hier: wie heeft mijn fiets geleend?", "K4", []),
    ],
)
def test_dutch_names_alone(installer: Spans, text: str, author: str, expected: list[str]) -> None:
    assert installer(text, author, Category.COLLEAGUE) == expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        ("Owen and I drove around all day collecting samples", "N3", ["Owen"]),
        ("Declan's photos of the sunrise are stunning", "N3", ["Declan"]),
        ("Cook has approved the new schedule", "N3", ["Cook"]),
        ("Leon taught me how to fold a map properly today", "N3", ["Leon"]),
        ("Congrats to Priya de Silva on the award", "N4", []),
        ("My stepdad Leon finally retired", "N3", []),
        ("Owen Wilson is hilarious in that film", "N3", []),
        ("Baker wanted in our village, early hours", "N3", []),
    ],
)
def test_english_names_alone(printer: Spans, text: str, author: str, expected: list[str]) -> None:
    assert printer(text, author, Category.COLLEAGUE) == expected


# -- colleagues by role ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iemand van de montage parkeert al dagen op mijn plek", ["Iemand"]),
        ("Iemand op onze afdeling warmt elke dag vis op 🐟", ["Iemand"]),
        ("Voor de loonstrook van de nieuwe invalkracht heb ik zijn BSN nodig", ["de nieuwe invalkracht"]),
        ("Onze uitzendkracht heeft de hele hal geveegd", ["Onze uitzendkracht"]),
        ("Iemand heeft mijn fiets gestolen", []),
        ("Iemand uit mijn straat won de loterij", []),
        ("Wij zoeken een invalkracht voor de zomer", []),
    ],
)
def test_dutch_role_references(installer: Spans, text: str, expected: list[str]) -> None:
    assert installer(text, "K4", Category.COLLEAGUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Someone from finance has been microwaving fish all week", ["Someone"]),
        ("Somebody in logistics keeps taking my parking spot", ["Somebody"]),
        ("The guy in our department who hums all day is at it again", ["The guy"]),
        ("Someone stole my bike last night", []),
        ("Somebody in my street won the lottery", []),
        ("Our team had a great quarter", []),
    ],
)
def test_english_role_references(printer: Spans, text: str, expected: list[str]) -> None:
    assert printer(text, "N3", Category.COLLEAGUE) == expected


# -- personal data ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het BSN van de nieuwe invalkracht: 111222333. Even hier bewaard", ["111222333"]),
        ("Zijn nummer staat inmiddels op mijn hand: 06-12345678", ["06-12345678"]),
        ("Pasje gevonden: Roel Bakker, 02-11-1979 staat erop als geboortedatum", ["02-11-1979"]),
        ("Sanne verwacht in maart haar tweede kindje, zo blij voor je!", ["tweede kindje"]),
        ("Sanne krijgt in het voorjaar een baby 🤰", ["🤰"]),
        ("Vragen? Mail sanne.wubbels@klaverveld.example", ["sanne.wubbels@klaverveld.example"]),
        ("Mijn nieuwe nummer is 06-12345678, sla het op", []),
        ("Bel mij gerust op mijn werk: 06-12345678", []),
        ("Vragen over de cursus? Mail naar cursus@klaverveld.example", []),
        ("Op 12-05-2024 geven we een feest voor de klanten", []),
        ("Wij krijgen in het voorjaar een tweeling 🤰", []),
    ],
)
def test_dutch_personal_data(installer: Spans, text: str, expected: list[str]) -> None:
    assert installer(text, "K4", Category.PERSONAL_DATA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ping my old contact Jan at jan.visscher1974@mailbox.example, say I sent you",
            ["jan.visscher1974@mailbox.example"],
        ),
        ("Owen is expecting a baby in June, so happy for him", ["expecting a baby"]),
        ("Found a badge: Leon Baker, 12 May 1990 (date of birth) on the back", ["12 May 1990"]),
        ("Print questions? Write to proofs@northgate.example", []),
        ("Reach me on my own mobile: 07700 900123", []),
        ("We are expecting rain all week", []),
    ],
)
def test_english_personal_data(printer: Spans, text: str, expected: list[str]) -> None:
    assert printer(text, "N3", Category.PERSONAL_DATA) == expected


# -- confidential information ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anker livegang schuift naar april, eindelijk rust",
        "Zandlopers eerste testfase is geslaagd 🎉",
        "Het wachtwoord van de gastwifi is deze week Klaver#2025",
        "Nieuwe collega's: inloggen op de scanners met code Zomer#2025",
        "De deurcode is veranderd in 7-2-0-9, voor de nachtploeg",
        "Uit het vertrouwelijke MT-verslag: de tarieven gaan in januari 15% omhoog",
        "Gehoord in het MT: de showroom gaat volgend jaar dicht",
        "Volgens de OR-stukken moeten er bij de montage na de zomer vier fte af",
        "Stiekem gehoord dat er bij Planning na de zomer zes mensen uit moeten",
        "Ravelijn krijgt volgend jaar 10% korting, is nog niet rond 🤫",
    ],
)
def test_dutch_confidential_found(installer: Spans, text: str) -> None:
    assert installer(text, "K4", Category.CONFIDENTIAL) != []


@pytest.mark.parametrize(
    "text",
    [
        "Een witte dwerg is een uitgebrande ster, leerde mijn zoon vandaag",
        "Het anker van de boot ligt in de haven",
        "Mijn zandloper is kapot gevallen",
        "Stiekem trots op mijn dochter vandaag",
        "Met de code op de achterkant krijg je korting in de webshop",
        "De lampen gaan om tien uur uit in de sporthal",
    ],
)
def test_dutch_confidential_left_alone(installer: Spans, text: str) -> None:
    assert installer(text, "K4", Category.CONFIDENTIAL) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Leaked from the staff meeting: they're cutting 30 FTE in production next year", True),
        ("Server room door code changed to 4-8-1-5, for the night shift", True),
        ("Bluebell go-live moved to March, finally", True),
        ("Once in a blue moon the printer works first time", False),
        ("Bluebells everywhere in the woods this morning", False),
        ("The door code is on the usual sticky note", False),
    ],
)
def test_english_confidential(printer: Spans, text: str, found: bool) -> None:
    assert bool(printer(text, "N3", Category.CONFIDENTIAL)) is found
