"""Ordinary Dutch and English words that organizations also use as names.

A customer, supplier or code name that is also an everyday word (a shell,
"exact", a jumbo jet, a ball of wool, a lighthouse) needs more evidence than
the bare word: a capital letter where a sentence does not start, a hashtag,
or a name around it. The list is written by hand from general knowledge of
both languages: nouns, adjectives and adverbs that are frequent or that are
known brand and project names.
"""

from __future__ import annotations

from mediacode.review.lexicon import words

COMMON_WORDS = words(
    """
    a about above absolute accent access account ace acme action active adept advance agile air alarm
    alert all alpha amber anchor angel apex apple arch arena arrow art ascent atlas atom aurora avenue
    axis baker ball balance bank bar barrel base basic beacon beam bear beat bee bell best beta big bird
    birch black blade blank blaze bliss block bloom blossom blue board bold bolt bond boost border boss
    box brand brave bread breeze brick bridge bright brilliant brook brown buffalo build bull bunker
    butter cabin cactus camel camp canal candle canon canvas cape capital captain cardinal care cargo
    carrot castle cat cedar central champion chance change charm chase cherry chief circle citadel city
    classic clear cliff clock cloud clover coast cobalt code comet comfort compass concept condor coral
    core corner cosmos cotton country crane crest cross crown crystal cube current cyclone daily dash
    dawn day deal deep delta desert design diamond direct discovery dolphin domain dot dove dragon dream
    drive drop dune eagle earth easy echo eclipse edge element elite ember emerald empire energy engine
    epic equinox essential ever evergreen exact excel expert express fabric falcon family fast feather
    fern fever field fire first flag flame flash fleet flex flow flower focus forest forge fortune forward
    fountain fox free fresh frontier frost fuel fusion future galaxy game gamma garden gate gem general
    giant glacier glass global globe glory gold golden grace grand granite graphite green grid guard
    guide gull harbor harbour harmony harvest haven hawk heart heritage hero high hill home honey horizon
    hub hunter ice icon ideal image impact infinity insight iris iron island ivy jade jaguar jet jewel
    journey jumbo jungle juniper just key king kite knight lab lake lance land lantern laser leader leaf
    legacy legend liberty light lighthouse lightning lily lime linde line link lion little live logic
    lotus lucky lunar lynx magic magnet main major maple marble marine mark market mars matrix maverick
    meadow mercury meridian mesa meteor metro micro mid mighty mill mint mirror mission modern momentum
    monarch moon mosaic motion mountain nano native nature navigator neptune nest net network new next
    nexus night noble north nova oak oasis ocean office olive omega one onyx open optimum orange orbit
    orchid origin oscar pacific palm panda panther paper paradise park pass path peak pearl pegasus
    pelican penguin phantom phoenix pilot pine pioneer pixel planet platinum plaza plus polar polaris
    portal power premier prime prism pro progress pulse pure pyramid quantum quest quick radar rain
    rainbow ranger rapid raven ray real rebel red reef regal relay ridge ripple river road robin rock
    rocket rose royal ruby runner safe sage sail salt sapphire saturn scale scout sea shadow shark shell
    shield ship shore sierra signal silver simple sky smart snow solar solid sonic sound south spark
    sparrow spectrum sphere spirit spring sprint square star steel stella step still stone storm stream
    strong studio summit sun sunrise sunset super surf swan swift sync target tempo terra thunder tide
    tiger timber titan today top total tower trail triangle trident trinity triumph tropical true trust
    tulip turbo twin ultra union unity universal urban valley vanguard vector velvet venture venus vertex
    victory view viking vision vista vital volt voyager wave west whale white wild willow wind wing
    winter wise wolf wonder world yellow zen zenith zero zoom
    aanbod adelaar akker alles anker appel arend baai bakker bal bank beer berg bever bij blad blauw
    bloem bol bolwerk bos boer boom brug buiten bureau dag dak dal dam dijk dolfijn donker dorp draak
    dromen duin eend eik eiland eekhoorn engel exact fiets fontein gans gazelle geel gids glas goud graaf
    groen haai haas haven hemel hert hoek hof hoorn horizon huis ijs jager kaars kade kanaal kasteel kei
    kern kers kever klok knoop koning koningin koper kompas koster kraai kraan kroon kruis kust laan
    lamp land leeuw lente licht lijn linde lucht maan markt meer meeuw mol molen mulder munt nacht
    noord noorderlicht oceaan oost oever parel pauw pijl plein polder poort raaf regen reiger
    ridder ring rivier roos rots ster storm strand stroom stroomversnelling tijger toren tulp uil valk
    veer veld visser vlam vlinder vogel vonk vos vuurtoren water weg wereld west wind wit wolk zee
    zilver zon zuid zwaan zwaluw
    actie echt gewoon precies juist net puur samen snel sterk vrij vast heel zeker wel
    """
)
"""Lower case; a name in this list is treated as a homonym of an everyday word."""
