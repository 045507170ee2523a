"""Words that tell how a name is used: work context, address, greeting, bare subject (see ADR 0053).

A careful reader decides whether "Anouk" or "Kompas" is a colleague or a
code name from the words around it, not from the string alone. These lists
hold that general knowledge of Dutch and English; none names an
organization, a person or a product.
"""

from __future__ import annotations

from mediacode.review.lexicon import words

WORK_WORDS = words(
    """
    werk werken werkdag werkweek werkplek werkvloer kantoor kantoortuin kantine afdeling collega
    collega's teamgenoot teamgenoten team teams teamlunch teamuitje teamdag teambuilding teamoverleg
    vergadering overleg meeting meetings borrel vrijdagmiddagborrel personeelsfeest bedrijfsfeest
    kerstborrel kerstpakket klant klanten klantbezoek project projecten deadline deadlines
    nachtdienst dagdienst avonddienst ploeg ploegendienst shift shifts rooster jaargesprek
    jaargesprekken functioneringsgesprek beoordelingsgesprek sollicitatiegesprek leverancier
    leveranciers baas leidinggevende manager directeur directie bedrijf firma vestiging magazijn
    werkgever kwartaal offerte offertes bestelling bestellingen dienst diensten werkdruk managers
    campagne lancering personeel presentatie presentaties hackathon demo klus klussen
    work workday workplace office offices canteen colleague colleagues coworker coworkers
    teammate teammates meeting meetings standup stand-up customer customers client clients supplier
    suppliers deadline shift shifts boss manager director management company employer branch
    warehouse quarter onboarding offsite all-hands working workload staff campaign launch managers
    presentation presentations hackathon demo
    promotie promoted promotion salaris salarisverhoging loonsverhoging loonstrook ontslag
    ontslagen salary payslip payroll appraisal dismissed sacked vacature vacancy sollicitant
    proeftijd probation ziekmelding ziekgemeld verzuim hr
    """
)
"""Words that place a post at work: a first name alone in such a post most likely is a colleague."""

WORK_STEMS = (
    "team",
    "collega",
    "kantoor",
    "vergader",
    "overleg",
    "klant",
    "afdeling",
    "werkdag",
    "werkplek",
    "office",
    "colleague",
    "coworker",
    "customer",
)
"""Compounds that start with these are work words too ("teamlunch", "klantendag")."""

FINITE_VERBS = words(
    """
    is was wordt werd heeft had hebben gaat ging komt kwam kan kon wil wou wilde moet moest mag mocht
    zal zou zegt zei doet deed weet wist regelt regelde regelde heeft maakt maakte staat stond zit zat
    loopt liep geeft gaf neemt nam vindt vond houdt hield blijft bleef belt belde stuurt stuurde
    presenteert presenteerde leidt leidde organiseert organiseerde werkt werkte
    ligt lag lagen valt viel draait draaide levert leverde levert stopt stopte crasht crashte
    verkoopt verkocht belooft beloofde opent opende
    has had is was will would can could should must may might does did says said gets got makes made
    goes went comes came runs ran leads led takes took gives gave keeps kept knows knew wants wanted
    sends sent calls called organised organized presented handled fixed sorted closed
    delivers delivered crashed fails failed sells sold opens opened promised promises
    krijgt kreeg verdient verdiende slikt slikte lijdt leed herstelt herstelde voelt voelde woont
    woonde earns earned receives received suffers suffered feels felt lives lived recovers recovered
    """
)
"""Finite verbs right after a capitalised word without an article: it is the subject, and a bare
noun as a subject is a name ("Kompas will ...", "Timmerman heeft ...") - a common noun needs "de",
"het" or "the"."""

COMPETITOR_WORDS = words(
    """
    concurrent concurrenten concurrentie prijsvechter prijsvechters branchegenoten
    competitor competitors competition rivals
    """
)
"""A judgement about these ("cheap competitors cut corners") is not about the organization."""

CAPITALISED_CALENDAR = words(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)
"""English writes months and days with a capital, so "May" or "June" there is no first name."""

CALENDAR_NL = words(
    """
    januari februari maart april mei juni juli augustus september oktober november december
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    """
)
"""Dutch writes them in lower case: capitalised at a sentence start they may still be the month."""

PLURAL_VERBS = words(
    """
    zijn waren hebben hadden worden werden kunnen konden moeten moesten zullen zouden willen gaan
    gingen komen kwamen staan stonden zitten zaten lopen liepen vliegen vlogen eten aten doen deden
    maken maakten blijven bleven are were have had can could will would do did go went come came
    look fly eat sit stand
    """
)
"""Verbs after a plural subject ("Kwikstaarts zijn ..." is the plural of a bird, no possessive)."""
