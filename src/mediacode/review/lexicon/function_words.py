"""Short, frequent words that tell Dutch from English (used for language detection)."""

from __future__ import annotations

from mediacode.review.lexicon import words

DUTCH = words(
    """
    de het een en van ik je jij u we wij ze zij hij is zijn was waren ben bent heb hebt heeft hebben
    niet geen ook nog al maar dat die dit deze wat wie waar waarom hoe met voor naar op in uit aan bij
    om te tot door over onder tegen na zo dan als of want toch wel weer nu hier daar er mijn m'n jouw
    ons onze hun haar zijn mij me mee vandaag morgen gisteren echt heel erg veel meer niks niets iets
    iemand iedereen alles alle gaan gaat ga gaan kom komt komen wordt worden werd zal zullen kan kunnen
    moet moeten wil willen mag mogen zou zouden doen doet deed gedaan gehad geweest nieuwe nieuw goed
    lekker leuk mooi blij trots dag week jaar avond ochtend middag nacht weekend eindelijk gewoon even
    eens altijd nooit samen zonder tussen omdat terwijl toen hoor hè nee ja dus jullie welkom bedankt
    dank gefeliciteerd zo'n z'n 's
    """
)

ENGLISH = words(
    """
    the a an and of i you we they he she it is are was were be been am have has had not no also
    still but that this these those what who where why how with for to on in out at by about
    from into over under against after so then than if or because just again now here there my your
    our their his her its me us them today tomorrow yesterday really very much more nothing something
    someone everyone everything all go goes going come comes will would can could should must may
    might do does did done new good great nice happy proud day week year evening morning night
    weekend finally always never together without between while when yes thanks thank congrats
    welcome can't don't won't i'm it's that's there's isn't didn't doesn't
    """
)
