"""Phrases that point at the author's own organization, its management and its business."""

from __future__ import annotations

from mediacode.review.lexicon import words

EMPLOYER_PHRASES = (
    "mijn werkgever",
    "m'n werkgever",
    "onze werkgever",
    "ons bedrijf",
    "onze organisatie",
    "onze zaak",
    "mijn bedrijf",
    "dit bedrijf",
    "deze tent",
    "dit tentje",
    "deze club",
    "de zaak",
    "het bedrijf",
    "my employer",
    "our employer",
    "my company",
    "our company",
    "this company",
    "the company",
    "our organisation",
    "our organization",
    "my work",
    "this place",
    "where i work",
    "waar ik werk",
    "de firma",
    "mijn baas",
    "my boss",
)

MANAGEMENT_PHRASES = (
    "de directie",
    "onze directie",
    "het management",
    "ons management",
    "de leiding",
    "het mt",
    "de bazen",
    "de top",
    "de raad van bestuur",
    "het bestuur",
    "onze directeur",
    "de directeur",
    "management",
    "upper management",
    "senior management",
    "our management",
    "the management",
    "the board",
    "our board",
    "leadership",
    "our director",
    "the director",
    "our ceo",
    "the ceo",
    "de ceo",
    "onze ceo",
    "the bosses",
    "our bosses",
    "mijn leidinggevende",
    "my manager",
    "onze manager",
)

OFFERING_PHRASES = (
    "onze producten",
    "onze diensten",
    "onze service",
    "onze klanten",
    "onze trucks",
    "onze software",
    "ons product",
    "onze bezorging",
    "onze levering",
    "onze leveringen",
    "onze pakketten",
    "our products",
    "our product",
    "our services",
    "our service",
    "our customers",
    "our clients",
    "our deliveries",
    "our software",
    "our trucks",
    "their trucks",
    "their service",
    "hun service",
    "hun trucks",
    "hun klanten",
    "their customers",
    "de klanten",
    "the customers",
    "customers",
    "klanten",
)

PLURAL_US = words("we wij ons onze our us")

BUSINESS_NOUNS = words(
    """
    strategie beleid koers richting visie tarieven tarief prijzen prijs prijsbeleid klanten klant
    klantenservice service dienstverlening investering investeringen investeren tender tenders
    aanbesteding aanbestedingen markt concurrentie groei omzet winst marge marges kosten bezuinigen
    bezuinigingen personeel medewerkers salarissen lonen vestiging vestigingen magazijn kantoor
    duurzaamheid elektrisch diesel vloot wagenpark ritten roosters thuiswerken hybride werken
    outsourcing outsourcen automatisering digitalisering cloud systemen software producten product
    diensten leveranciers leverancier inkoop verkoop expansie overname fusie toekomst bedrijf organisatie
    strategy policy policies direction vision rates rate prices price pricing customers customer
    service investment investments investing invest tender tenders market competition growth revenue
    profit margins costs cost cuts staff employees salaries wages branch warehouse office offices
    sustainability electric fleet schedules remote hybrid outsourcing automation digital cloud systems
    products suppliers supplier sales expansion acquisition merger future company organisation
    organization business hiring talent budget budgets
    """
)
"""What an opinion on the organization's business or policy is about."""

OPINION_MARKERS = (
    "ik vind",
    "vind ik",
    "ik denk",
    "denk ik",
    "ik geloof",
    "ik ben ervan overtuigd",
    "ben ervan overtuigd",
    "naar mijn mening",
    "mijn mening",
    "wat mij betreft",
    "als het aan mij ligt",
    "persoonlijk",
    "eerlijk gezegd",
    "volgens mij",
    "mijns inziens",
    "ik ben van mening",
    "mijn visie",
    "ik pleit",
    "we moeten",
    "wij moeten",
    "moeten we",
    "we zouden",
    "zouden we",
    "het wordt tijd",
    "ik verwacht",
    "i think",
    "i believe",
    "i strongly believe",
    "in my view",
    "my view",
    "in my opinion",
    "my opinion",
    "personally",
    "honestly",
    "i'm convinced",
    "i am convinced",
    "we should",
    "we must",
    "we need to",
    "it's time",
    "i feel",
    "frankly",
    "my take",
    "imo",
    "imho",
    "if it were up to me",
    "i'd argue",
    "is right to",
    "is wrong to",
    "should",
    "moet",
    "moeten",
)
"""Phrases that mark a statement as the author's opinion."""
