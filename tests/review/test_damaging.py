from __future__ import annotations

from collections.abc import Callable

import pytest

from mediacode.org.schema import Category

Spans = Callable[[str, str, Category], list[str]]


@pytest.mark.parametrize(
    "text",
    [
        "Noordkust Zuivel is het slechtste bedrijf waar ik ooit gewerkt heb",
        "NKZ is een zinkend schip, zoek een andere baan",
        "My employer is a joke. Underpaid and overworked.",
        "De directie liegt gewoon tegen iedereen",
        "Lidl is echt de meest waardeloze klant die we hebben",
        "Karin Smeets is the most incompetent manager I ever had",
        "Onze klantenservice is een lachertje",
        "De cliënten op onze afdeling zijn soms echt ondankbaar",
        "Die klant was echt een eikel vandaag",
        "Bij Noordkust behandelen ze ons als idioten",
    ],
)
def test_disparaging_the_organization_is_damaging(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.DAMAGING) != []


@pytest.mark.parametrize(
    "text",
    [
        "Proud to work at Noordkust Zuivel, great team!",
        "Maandag weer, lange dag vandaag",
        "Wat een vreselijke file op de A7",
        "Zorgverzekeraars zijn echt waardeloos geworden",
        "Twee jaar bij NKZ! I had no idea how much work goes into cheese",
        "Bij Noordkust is het niet slecht werken",
        "Customer called me an idiot today, great start to the week",
        "Een klant noemde ons idioten omdat de levering te laat was",
    ],
)
def test_grumbling_or_other_targets_are_not_damaging(spans: Spans, text: str) -> None:
    assert spans(text, "P3", Category.DAMAGING) == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("De klanten van Noordkust Zuivel zijn de meest ondankbare mensen die er bestaan", "ondankbare"),
        ("Lidl are the rudest customers we have, every single week", "rudest"),
        ("Onze directie belooft van alles en komt niks na", "komt niks na"),
        ("Our management pays lip service to safety at Noordkust Zuivel", "lip service"),
        ("NKZ is gewoon hypocriet: duurzaam op de website, de koelcel lekt al maanden", "hypocriet"),
        ("Noordkust Zuivel is a hypocritical employer", "hypocritical"),
        ("Bij NKZ staat de koelcel al weken stuk", "stuk"),
        ("Het pakket van Noordkust Zuivel is zoek, alweer", "zoek"),
        ("Our warehouse is a pigsty and the company does not care", "pigsty"),
        ("De magazijnen van Noordkust Zuivel zijn verwaarloosd en gênant", "verwaarloosd"),
        ("Noordkust Zuivel pays peanuts and expects miracles", "pays peanuts"),
        ("Noordkust Zuivel: where good ideas go to die", "go to die"),
        ("Werken bij NKZ is dweilen met de kraan open", "dweilen met de kraan open"),
        ("Our management clearly has no idea, again", "has no idea"),
        ("NKZ bezuinigt op veiligheid, wachten op het eerste ongeluk", "bezuinigt op veiligheid"),
        ("The new NKZ app is so buggy, sorry to everyone using it", "buggy"),
        ("De directie van Noordkust Zuivel zit in een ivoren toren", "ivoren toren"),
        ("Het loon bij Noordkust Zuivel is om te huilen", "om te huilen"),
        ("Bij NKZ word je behandeld als een nummer", "als een nummer"),
        ("Our management only cares about the share price", "only cares about"),
    ],
)
def test_disparaging_words_of_both_languages_are_found_by_the_rules(
    rule_spans: Spans, text: str, evidence: str
) -> None:
    found = rule_spans(text, "P3", Category.DAMAGING)
    assert any(evidence in span for span in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Tip: zoek je een baan in de zuivel? Kijk eens bij Noordkust Zuivel, de collega's zijn top",
        "Bij Noordkust Zuivel gaat het dit jaar een stuk beter dan vorig jaar",
        "Volgens mij is een eigen app voor Noordkust Zuivel zonde van het geld. Een goede website is genoeg.",
        "If it were up to me, our company would stop printing brochures. Paper is a waste of our budget.",
        "Mijn buurman is zo gierig, hij leent nooit zijn ladder uit",
        "The government is so hypocritical about climate targets",
        "Bij Noordkust is het niet slecht werken",
        "Customer called me an idiot today, great start to the week",
        "Een klant noemde ons idioten omdat de levering te laat was",
        "I have no idea what to cook tonight, suggestions welcome",
        "Street food market this weekend: my kids' favourite place to go to dinner",
        "That video game is so buggy, the studio should be ashamed",
        "Die wedstrijd gisteren was echt om te huilen",
        "My dog only cares about food and naps",
    ],
)
def test_verbs_opinions_and_other_targets_are_not_damaging_by_the_rules(rule_spans: Spans, text: str) -> None:
    assert rule_spans(text, "P3", Category.DAMAGING) == []
