"""The rhetoric of disparagement without a strong word (the ``damaging`` model's features).

Most posts that harm an employer's name say it sideways: praise with an
eye-roll ("Great transparency, X 🙃"), a claim set against the reality
("'Klant centraal' staat op de site. Mail 340 is nog open"), advice to
outsiders ("Solliciteren bij X? Doe het jezelf niet aan"), a comparison
("Compared to my previous employer, X is a museum"). None of these words is
negative alone; the review model (docs/adr/0054, 0120) weighs them together
with a reference to the organization. Dutch and English side by side, lower
case; nothing here names an organization, person or product.
"""

from __future__ import annotations

from mediacode.review.lexicon import words

PRAISE = words(
    """
    great greatest amazing awesome fantastic brilliant wonderful excellent lovely love loved
    proud grateful thankful thanks excited happy glad congrats congratulations welcome perfect
    best impressive revolutionary innovative efficient generous caring transparent fine nice
    strong truly honest
    geweldig geweldige fantastisch fantastische prachtig prachtige mooi mooie mooiste trots
    dankbaar bedankt blij gefeliciteerd welkom perfect perfecte top toppers super knap
    indrukwekkend innovatief efficient efficiënt fijn fijne heerlijk lekker sterk sterke
    genereus zorgzaam transparant transparante eerlijk prima
    """
)
"""Praise: sincere beside a cheerful emoji, sarcasm beside an eye-roll, scare quotes or a complaint."""

CHEERFUL_EMOJI = words("🎉 💪 🙌 😄 😊 😍 🥰 🥳 🤩 ✨ 🌟 🏆 👍 💙 💚 💛 🧡 💜 ❤ 🥹 🙏 😎 🚀 🍻 🥂 💐 🎂 🌞 ☀")
"""Emoji of plain joy or thanks; a post with them and no sneer is rarely damaging."""

SNEER_EMOJI = words("🙃 🙄 🤡 👏 🤐 😒 🙊 🤷 🤔 😌 😇 💅 🤭 😶 🤥 🦗 🐌 🦕 🤦 😑 🫠")
"""Emoji of irony, doubt, smugness or an eye-roll: the sneer that turns praise into its opposite."""

CONTRAST = words(
    """
    maar terwijl ondertussen intussen werkelijkheid realiteit vertaling behalve tenminste wél
    but while meanwhile reality translation except actually apparently turns suddenly
    """
)
"""A claim set against what really happens ("says the brochure. Meanwhile...")."""

CLAIM_WORDS = words(
    """
    zegt zeggen noemt noemen noemen belooft beloven folder brochure website site slogan missie
    reclame jaarverslag verslag intranet officieel officiële persbericht
    says say calls call promises promise brochure website slogan mission advert annual report
    intranet official officially press release poster
    """
)
"""Where an organization's claims are quoted: the other half of claim-versus-reality."""

OUTSIDERS = words(
    """
    solliciteren solliciteert sollicitanten sollicitant vacature vacatures starters stagiairs
    stagiair ouders bezoekers patiënten ouders kopers klanten
    applicants applying apply vacancy vacancies starters interns parents visitors visiting
    buyers joining enrol enroll offer
    """
)
"""Whom a warning addresses: people deciding whether to work for, buy from or visit the organization."""

ADVICE = words(
    """
    tip advies waarschuwing raad vriendelijke scroll kijk zoek ga denk
    tip advice warning advise pick choose think look scroll
    """
)
"""Words that open advice ("Tip voor starters", "Pro tip", "Think twice")."""

ELSEWHERE = (
    "ergens anders",
    "ergens werken waar",
    "elders",
    "anywhere but",
    "anywhere else",
    "somewhere else",
    "the other one",
    "any other",
    "elke andere",
    "iedere andere",
    "previous employer",
    "vorige werkgever",
    "vorige baan",
    "previous job",
    "compared to",
    "vergeleken met",
    "in vergelijking met",
    "used to work",
    "hiernaast",
    "even the",
    "zelfs de",
    "think twice",
    "doe het jezelf niet aan",
    "just don't",
    "niet bij",
    "not at",
    "hoe het niet moet",
)
"""Pointing the reader elsewhere, or comparing with elsewhere: with the organization near, disparaging."""
