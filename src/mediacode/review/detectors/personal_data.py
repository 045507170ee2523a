"""Personal data of someone other than the author.

Identifiers count on their own: e-mail addresses (not role mailboxes such
as info@ or jobs@, nor an address of the organization's own domain that
holds nobody's name), phone numbers valid for NL, BE, DE, GB or US
(phonenumbers), IBANs and BSNs that pass their checksums (python-stdnum;
a BSN needs a word such as "BSN" near it), street addresses and postcodes
with a house number, and dates of birth (the cue before or after the date).
Health (a pregnancy told by its emoji too), sick leave, salary and
disciplinary facts count when the post identifies the person they are about
(a colleague finding in the same or the previous sentence). Anything the
author gives as their own ("bel me op", "mijn rekening") is left alone; "mijn"
before any other word ("op mijn hand") says nothing about whose it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.detectors import Context
from mediacode.review.finding import Finding
from mediacode.review.lexicon.people_words import (
    INDEFINITE_COLLEAGUE,
    KIN,
    PARTICLES,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLES,
)
from mediacode.review.lexicon.personal_words import (
    ADDRESS_SUFFIXES,
    ADDRESS_WORDS_EN,
    BIRTH_CUES,
    DATA_NOUNS,
    DISCIPLINARY,
    FIRST_PERSON_OWNER,
    HEALTH,
    OWN_NUMBER_CUES,
    PHONE_WORDS,
    PLACE_LOCATORS,
    PREGNANCY_SYMBOLS,
    ROLE_MAILBOXES,
    SALARY,
    SERVED_PEOPLE,
    STRONG_SALARY,
)
from mediacode.review.phrase_index import PhraseIndex, PhraseMatch, has_phrase
from mediacode.review.text import Post
from mediacode.review.word_tests import HEALTH_COMPOUND, STREET_END, flagged_indices, flagged_words
from mediacode.review.work_context import used_as_name

MSG_EMAIL = (
    "'{text}' is someone's e-mail address. The code does not allow sharing other people's personal data."
)
MSG_PHONE = (
    "'{text}' is someone's phone number. The code does not allow sharing other people's personal data."
)
MSG_IBAN = (
    "'{text}' is someone's bank account (IBAN). The code does not allow sharing other people's personal data."
)
MSG_BSN = (
    "'{text}' is a citizen service number (BSN). "
    "The code does not allow sharing other people's personal data."
)
MSG_ADDRESS = "'{text}' is a home address. The code does not allow sharing other people's personal data."
MSG_BIRTH = "'{text}' is a date of birth. The code does not allow sharing other people's personal data."
MSG_HEALTH = (
    "'{text}' is about the health or sick leave of an identifiable person. "
    "The code does not allow sharing other people's personal data."
)
MSG_SALARY = (
    "'{text}' is about the pay of an identifiable person. "
    "The code does not allow sharing other people's personal data."
)
MSG_DISCIPLINE = (
    "'{text}' is a disciplinary fact about an identifiable person. "
    "The code does not allow sharing other people's personal data."
)

# _PHONE, _IBAN, _BSN, _POSTCODE, _STREET, _NUMBER_IN_STREET, _STREET_EN and _DATE open with a lookahead
# for the characters any of their matches starts with ("(?=\d)"): the engine gives up at most positions at
# once instead of trying a lookbehind and every branch there (docs/adr/0152; on a post with digits a fifth of
# the work of each, two thirds for _BSN and _DATE). Tested against the patterns without it.
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_PHONE = re.compile(r"(?=[+(\d])(?<![\w+€$.,/:-])(\+?\(?\d[\d\s().-]{6,17}\d)(?![\w%/:]|[.,]\d)")
_IBAN = re.compile(r"(?=[A-Z])\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_IBAN_ANY_CASE = re.compile(_IBAN.pattern.removeprefix("(?=[A-Z])"), re.IGNORECASE)
"""An IBAN typed in lower case ("nl91abna0417164300"): counted when its checksum holds."""
_OBFUSCATED_EMAIL = re.compile(
    r"\b[\w.%+-]+\s*[\[({]\s*(?:at|apenstaartje)\s*[\])}]\s*[\w-]+"
    r"(?:\s*[\[({]\s*(?:dot|punt)\s*[\])}]\s*[\w-]+)+",
    re.IGNORECASE,
)
"""An address written to fool harvesters: "tom [at] gmail [dot] com", "anna(at)kpn(punt)nl"."""
_IBAN_NL = re.compile(r"NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}")
"""A Dutch IBAN by its shape: posts give made-up numbers that fail the checksum but are meant as one."""
_BSN = re.compile(r"(?=\d)(?<![\d.])(\d{4}\.\d{2}\.\d{3}|\d{3}[ .]?\d{3}[ .]?\d{3}|\d{8})(?!\d|\.\d)")
"""Eight or nine digits, grouped or not; a full stop after them ends a sentence, a digit after it does not."""
_BSN_CUES = (
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "sofi-nummer",
    "citizen service number",
    "social security",
    "sofi",
)
_POSTCODE = re.compile(r"(?=[1-9])\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b")
_STREET = re.compile(
    r"(?=[A-Z])\b([A-Z][\w'’.-]*(?:"
    + "|".join(ADDRESS_SUFFIXES)
    + r"))\s+(\d{1,4}(?:\s?[a-zA-Z]\b|-\d{1,3})?)\b"
)
_NUMBER_IN_STREET = re.compile(
    r"(?=[hn])(?<=\b(?:op|at|to) )(?:huisnummer|nummer|nr\.?|no\.?|number)\s?\d{1,4}[a-zA-Z]?"
    r"\s+(?:in|aan|op|van|on)\s+(?:de\s|the\s)?"
    r"[A-Z][\w'’.-]*(?:"
    + "|".join(ADDRESS_SUFFIXES)
    + r"|\s(?:"
    + "|".join(w.title() for w in ADDRESS_WORDS_EN)
    + r"))\b"
)
"""House number before the street: "op nummer 12 in de Kerkstraat", "number 4 on Mill Lane"."""
_STREET_EN = re.compile(
    r"(?=\d)\b(\d{1,4}[a-zA-Z]?)\s+(?:[A-Z][a-z]+\s){1,2}(?:"
    + "|".join(w.title() for w in ADDRESS_WORDS_EN)
    + r")\b"
)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
_DATE = re.compile(
    r"(?=[\djfmasond])\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s(?:"
    + _MONTHS
    + r")\.?\s(?:19|20)\d{2}|(?:"
    + _MONTHS
    + r")\s\d{1,2},?\s(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
"""Every form of ``_DATE`` holds a year: a post without one skips its long alternation."""
_DIGIT = re.compile(r"\d")
_DIGIT_AFTER_SPACE = re.compile(r"\d(?<=\s\d)")
_MAY_STREET_EN = re.compile(r"\d[a-zA-Z]?\s+[A-Z]")
_MAY_NUMBER_IN_STREET = re.compile(r"(?:mmer|mber|nr\.?|no\.?)\s?\d")
_MAY_POSTCODE = re.compile(r"\d ?[A-Z]{2}")
"""Necessary for a match of each address pattern, and rarer in posts with digits (docs/adr/0152):
``_STREET`` has a space before its number (and a word that ends as a street does), ``_STREET_EN`` a
capital after its number, ``_NUMBER_IN_STREET`` "nummer", "number", "nr" or "no" before it, and
``_POSTCODE`` two capitals after it."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
"""The only characters ``str.isdigit`` may hold true of in a text without a ``\\d`` ("²", "①")."""
_MAY_IBAN = re.compile(r"\d\d(?<=[^\W\d_]{2}\d\d)")
"""Two letters, then two digits: in every match of ``_IBAN`` and ``_IBAN_ANY_CASE`` (whose ``[A-Z]`` also
takes "ſ" and "K", letters too); most posts with digits have none, and skip both searches."""
_BIRTH_CUES_AFTER = ("geboortedatum", "geboren", "date of birth", "born", "dob")
"""Cues that mark a date as a birth date when they follow it (not "jarig"/"birthday": "on 12 May 2024
it is my birthday party")."""
_REGIONS = ("NL", "BE", "DE", "GB", "US")
_ACADEMIC_TITLES = frozenset({"dr", "dokter", "doctor", "prof", "professor"})
"""Titles of colleagues and public people rather than of the clients a post singles out."""
_OWN_CUES = (
    "bel me",
    "bel mij",
    "app me",
    "app mij",
    "call me",
    "text me",
    "whatsapp me",
    "mail me",
    "reach me",
    "bereik me",
    "bereik mij",
    "contact me",
    "ik woon",
    "i live",
    "we wonen",
    "wij wonen",
    "we live",
    "ik ben geboren",
    "i was born",
    "mijn verjaardag",
    "my birthday",
    "naar mij",
    "to me",
    "ik ben jarig",
)
_BUSINESS_PLACES = frozenset(
    [
        "kantoor",
        "vestiging",
        "office",
        "winkel",
        "store",
        "shop",
        "bedrijf",
        "company",
        "hoofdkantoor",
        "magazijn",
        "warehouse",
        "locatie",
        "restaurant",
        "cafe",
        "café",
        "museum",
        "zaal",
        "venue",
        "theater",
        "stadion",
        "hotel",
        "station",
        "school",
        "kerk",
        "bibliotheek",
    ]
)
_SOMEONE_ELSE = KIN | ROLE_NOUNS | INDEFINITE_COLLEAGUE | PERSON_NOUNS | {"ex", "exvriend", "exvriendin"}
"""After "mijn"/"my" these make the data another person's: "mijn buurman woont ...", "my ex's number"."""
_THIRD_PERSON = frozenset({"hij", "zij", "ze", "he", "she", "his", "her", "him", "zijn", "haar", "hem"})
_Add = Callable[[int, int, str, str], None]
_Free = Callable[[int, int], bool]
_FIRST_PERSON = frozenset({"ik", "i", "we", "wij", "mijn", "my"})
_AMOUNT = re.compile(
    r"(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:euro|eur|k\b|dollar|pond)"
    r"|\d[\d.,]{2,}\s(?:a|per|in\sde|an?)\s(?:month|year|maand|jaar|hour|uur)\b"
    r"|\d[\d.,]{2,}\s(?:bruto|netto|gross|net)\b)",
    re.IGNORECASE,
)


_MESSAGES = {"health": MSG_HEALTH, "salary": MSG_SALARY, "discipline": MSG_DISCIPLINE}


def _has_street_word(post: Post) -> bool:
    """A word of ``post`` ends as a street name does: ``_STREET`` needs one (its name ends a word, a space
    follows)."""
    return any(flags & STREET_END for flags in flagged_words(post).values())


def _fact_index(kind: str, phrases: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(phrase, kind) for phrase in phrases]


@cache
def _validators() -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """The IBAN and BSN checks of ``stdnum``, imported on first use (start-up of the CLI stays short) and
    then kept: an ``import`` statement per post costs more than the checks of most posts."""
    from stdnum import iban
    from stdnum.nl import bsn

    return iban.is_valid, bsn.is_valid


class PersonalDataDetector:
    name = "personal_data"

    def __init__(self, org: Organization) -> None:
        self._own_emails = {p.id: p.email for p in org.people if p.email}
        self._domains = frozenset(e.rsplit("@", 1)[1].lower() for e in self._own_emails.values() if "@" in e)
        self._name_parts = frozenset(
            part
            for person in org.people
            for part in re.findall(r"[a-z]+", person.name.lower() + " " + (person.email or "").split("@")[0])
            if len(part) >= 3
        )
        self._first_names: dict[str, set[str]] = {}
        for person in org.people:
            given = [w for w in re.findall(r"[\w'-]+", person.name) if w.lower().rstrip(".") not in TITLES]
            if len(given) > 1:
                self._first_names.setdefault(given[0].lower(), set()).add(person.id)
        self._numbered_names = tuple(
            name.casefold()
            for name in (
                *(t.term for t in org.confidential_terms),
                *(n for r in org.relations for n in r.names),
            )
            if any(c.isdigit() for c in name)
        )
        """Code names and relations with a number ("Zorgpad 2027"), which look like a street address."""
        self._facts: PhraseIndex[str] = PhraseIndex(
            _fact_index("health", HEALTH)
            + _fact_index("salary", SALARY)
            + _fact_index("discipline", DISCIPLINARY)
        )

    def _owned_by_author(self, post: Post, start: int) -> bool:
        """ "mijn nummer is ...", "bel me op ...": the author's own data."""
        sentence_start = post.sentence_of(start)[0]
        before = post.lower[max(sentence_start, start - 40) : start]
        words = re.findall(r"[\w']+", before)[-5:]
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if word in _THIRD_PERSON or word in ("je", "jouw", "your", "their", "hun", "zn"):
                return False
            if word in FIRST_PERSON_OWNER:
                owner = words[k + 1] if k + 1 < len(words) else ""
                if owner in _SOMEONE_ELSE:
                    return False
                if not owner or owner.startswith(DATA_NOUNS) or owner.endswith(DATA_NOUNS):
                    return True
                # "zijn nummer staat op mijn hand": "mijn hand" is not whose the number is; look further
        return any(cue in before for cue in _OWN_CUES)

    def detect(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        text = post.text
        found: list[Finding] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, message: str, evidence: str) -> None:
            found.append(ctx.finding(Category.PERSONAL_DATA, start, end, message, self.name, evidence))
            taken.append((start, end))

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in taken)

        author_email = self._own_emails.get(post.author.id, "") if post.author else ""
        for match in _EMAIL.finditer(text) if "@" in text else ():
            local = match.group().split("@", 1)[0].lower()
            if local in ROLE_MAILBOXES or match.group().lower() == author_email:
                continue
            if self._functional_mailbox(match.group().lower()):
                continue
            if self._owned_by_author(post, match.start()):
                continue
            add(match.start(), match.end(), MSG_EMAIL, "e-mail")
        for match in _OBFUSCATED_EMAIL.finditer(text) if "[" in text or "(" in text or "{" in text else ():
            if free(match.start(), match.end()) and not self._owned_by_author(post, match.start()):
                add(match.start(), match.end(), MSG_EMAIL, "e-mail")
        has_digit = _DIGIT.search(text) is not None  # every pattern below but the e-mail needs a digit
        may_iban = has_digit and _MAY_IBAN.search(text) is not None
        ibans = [m for m in _IBAN.finditer(text) if _validators()[0](m.group())] if may_iban else []
        if may_iban and not text.isupper():
            ibans += [
                m
                for m in _IBAN_ANY_CASE.finditer(text)
                if not m.group().isupper()
                and _validators()[0](m.group().upper())
                and not any(m.start() == i.start() for i in ibans)
            ]
        if "NL" in text:
            ibans += [m for m in _IBAN_NL.finditer(text) if not any(m.start() == i.start() for i in ibans)]
        for match in ibans:
            if free(match.start(), match.end()):
                if not self._owned_by_author(post, match.start()):
                    add(match.start(), match.end(), MSG_IBAN, "iban")
                else:
                    taken.append((match.start(), match.end()))
        lower = post.lower
        for match in _BSN.finditer(text) if has_digit else ():
            if not free(match.start(), match.end()):
                continue
            near = lower[max(0, match.start() - 25) : match.start()]
            nine = sum(c.isdigit() for c in match.group()) == 9
            # Nine digits right after "BSN" are meant as one, checksum or not; otherwise it must hold.
            if not (nine and any(cue in near for cue in _BSN_CUES)) and not _validators()[1](match.group()):
                continue
            window = lower[max(0, match.start() - 60) : match.end() + 30]
            if any(cue in window for cue in _BSN_CUES) and not self._owned_by_author(post, match.start()):
                add(match.start(1), match.end(1), MSG_BSN, "bsn")
        if has_digit or (not text.isascii() and any(map(str.isdigit, _NON_ASCII.findall(text)))):
            self._phones(post, add, free, taken)
            self._addresses(post, add, free)
            for match in _DATE.finditer(text) if _YEAR.search(text) else ():
                before = lower[max(0, match.start() - 40) : match.start()]
                if self._owned_by_author(post, match.start()):
                    continue
                if any(cue in before for cue in BIRTH_CUES):
                    cue_at = max(before.rfind(cue) for cue in BIRTH_CUES)
                    start = match.start() - len(before) + cue_at
                    add(start if start >= 0 else match.start(), match.end(), MSG_BIRTH, "date of birth")
                elif self._birth_cue_after(post, match.end()):
                    add(match.start(), match.end(), MSG_BIRTH, "date of birth")
        found.extend(self._facts_about_people(ctx))
        return found

    def _functional_mailbox(self, address: str) -> bool:
        """An address of the organization's own domain that holds no name of anyone in its directory
        ("zwemles@", "roosters@"): a mailbox of a service, not of a person."""
        local, _, domain = address.rpartition("@")
        if domain not in self._domains:
            return False
        return not any(part in self._name_parts for part in re.findall(r"[a-z]+", local))

    @staticmethod
    def _birth_cue_after(post: Post, end: int) -> bool:
        """ "02-11-1979 staat erop als geboortedatum", "12 May 1990 (date of birth)": the cue follows the
        date in its own sentence."""
        sentence_end = post.sentence_of(end - 1)[1]
        after = post.lower[end : min(sentence_end, end + 30)]
        return any(cue in after for cue in _BIRTH_CUES_AFTER)

    def _phones(self, post: Post, add: _Add, free: _Free, taken: list[tuple[int, int]]) -> None:
        import phonenumbers

        own_cue: bool | None = None
        for match in _PHONE.finditer(post.text):
            raw = match.group(1).strip()
            digits = sum(c.isdigit() for c in raw)
            if digits < 9 or digits > 15 or not free(match.start(1), match.end(1)):
                continue
            if raw[0] not in "+0(" or re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", raw):
                continue  # a phone number is written with its trunk prefix, country code or area code
            number = None
            for region in _REGIONS if not raw.startswith("+") else (None,):
                try:
                    candidate = phonenumbers.parse(raw, region)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(candidate) or (
                    phonenumbers.is_possible_number(candidate) and self._meant_as_phone(post, match.start(1))
                ):
                    number = candidate
                    break
            if number is None:
                continue
            if own_cue is None:
                own_cue = has_phrase(post.lower, OWN_NUMBER_CUES) is not None
            if self._owned_by_author(post, match.start(1)) or (
                own_cue and self._own_number(post, match.start(1))
            ):
                taken.append((match.start(1), match.end(1)))
                continue
            add(match.start(1), match.start(1) + len(raw), MSG_PHONE, "phone")

    @staticmethod
    def _meant_as_phone(post: Post, start: int) -> bool:
        """ "+44 7700 900123", "(555) 123-4567", "bel Sanne op 06-0000 0000": a number of a phone's length
        that no network has issued (the made-up numbers of films and examples) is still given as a phone
        number when it is written with a country or area code in brackets, or a phone word precedes it
        in its sentence."""
        if post.text[start] in "+(":
            return True
        sentence_start = post.sentence_of(start)[0]
        before = set(re.findall(r"[\w']+", post.lower[sentence_start:start]))
        return not before.isdisjoint(PHONE_WORDS)

    def _own_number(self, post: Post, start: int) -> bool:
        """ "Mijn nummer staat niet in de app ... : 06-..." / "New number, same me: ...": the post says
        the number is the author's, and nobody else is named as its owner right before it.
        The caller has found one of ``OWN_NUMBER_CUES`` in the post (once, not per number)."""
        sentence_start = post.sentence_of(start)[0]
        before = re.findall(r"[\w']+", post.lower[sentence_start:start])
        return not any(
            w in _THIRD_PERSON or w in _SOMEONE_ELSE or w in ("je", "jouw", "your") for w in before
        )

    def _addresses(self, post: Post, add: _Add, free: _Free) -> None:
        text = post.text
        spans: list[tuple[int, int]] = []
        street = _DIGIT_AFTER_SPACE.search(text) is not None and _has_street_word(post)
        for match in _STREET.finditer(text) if street else ():
            end = match.end()
            after = _POSTCODE.match(text, end + 2) or _POSTCODE.match(text, end + 1)
            if after:
                end = after.end()
            spans.append((match.start(), end))
        for match in _STREET_EN.finditer(text) if _MAY_STREET_EN.search(text) else ():
            spans.append((match.start(), match.end()))
        for match in _NUMBER_IN_STREET.finditer(text) if _MAY_NUMBER_IN_STREET.search(text) else ():
            if not any(s <= match.start() < e or match.start() <= s < match.end() for s, e in spans):
                spans.append((match.start(), match.end()))
        for match in _POSTCODE.finditer(text) if _MAY_POSTCODE.search(text) else ():
            number = re.match(
                r"\s*,?\s*(?:(?:huisnummer|nummer|nr\.?|no\.?|number)\s?)?\d{1,4}\b", text[match.end() :]
            )
            if number and not any(s <= match.start() < e for s, e in spans):
                spans.append((match.start(), match.end() + number.end()))
        for start, end in spans:
            if not free(start, end) or self._owned_by_author(post, start):
                continue
            if self._numbered_names and text[start:end].casefold().startswith(self._numbered_names):
                continue  # "Zorgpad 2027" is the project, not a house on the Zorgpad
            before = {t.lower for t in post.tokens if t.end <= start}
            if before & _BUSINESS_PLACES and not (before & {"klant", "customer", "client"}):
                continue
            city = re.match(r"\s+(?:in|te)\s+([A-Z][\w-]+)", text[end:])
            add(start, end + (city.end() if city else 0), MSG_ADDRESS, "address")

    def _facts_about_people(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        matches = self._facts.find(post)
        for index in flagged_indices(post, HEALTH_COMPOUND):
            token = post.tokens[index]
            if not any(m.first == token.index for m in matches):
                matches.append(PhraseMatch(token.index, token.index, token.start, token.end, "health"))
        if post.tokens and not post.text.isascii():
            for symbol in PREGNANCY_SYMBOLS:
                at = post.text.find(symbol)
                if at >= 0:
                    after = min(bisect_left(post.token_starts, at), len(post.tokens) - 1)
                    matches.append(PhraseMatch(after, after, at, at + len(symbol), "health"))
        if not matches:
            return []  # no fact at all: whose sentence it would be in does not matter (most posts)
        people = [f for f in ctx.findings if f.category == Category.COLLEAGUE and f.start is not None]
        sentences_with_people = {post.sentence_of(f.start or 0)[0] for f in people}
        sentences_with_people |= self._others_singled_out(post)
        sentences_with_people |= self._colleagues_by_first_name(post)
        if not sentences_with_people:
            return []
        starts = [s for s, _ in post.sentences]
        found: list[Finding] = []
        seen: set[str] = set()
        matches.sort(key=lambda m: m.start)
        for match in matches:
            kind = match.payload
            if kind in seen:
                for i, earlier in enumerate(found):
                    same = earlier.evidence == kind and earlier.start is not None and earlier.end is not None
                    same_sentence = post.sentence_of(earlier.start or 0) == post.sentence_of(match.start)
                    longer = match.end > (earlier.end or 0) and not self._negated(post, match.first)
                    if same and same_sentence and longer:
                        found[i] = ctx.finding(
                            Category.PERSONAL_DATA,
                            earlier.start,
                            match.end,
                            _MESSAGES[kind],
                            self.name,
                            kind,
                        )
                continue
            s_start, s_end = post.sentence_of(match.start)
            index = starts.index(s_start) if s_start in starts else 0
            words = {t.lower for t in post.tokens if s_start <= t.start < s_end}
            here = s_start in sentences_with_people
            previous = (
                index > 0 and starts[index - 1] in sentences_with_people and not (words & _FIRST_PERSON)
            )
            if not (here or previous):
                continue
            if kind == "salary":
                amount = _AMOUNT.search(post.text, s_start, s_end)
                strong = post.tokens[match.first].lower in STRONG_SALARY
                if amount is None and not strong:
                    continue
                end = match.end
                start = match.start
                if amount is not None and abs(amount.start() - match.end) < 25:
                    start, end = min(start, amount.start()), max(end, amount.end())
                message = MSG_SALARY
            elif kind == "health":
                start, end = match.start, match.end
                message = MSG_HEALTH
            else:
                start, end = match.start, match.end
                message = MSG_DISCIPLINE
            if self._negated(post, match.first) or self._own_or_shared(post, match.first):
                continue
            seen.add(kind)
            found.append(ctx.finding(Category.PERSONAL_DATA, start, end, message, self.name, kind))
        return found

    def _colleagues_by_first_name(self, post: Post) -> set[int]:
        """Sentences (their start) where a colleague's first name is the subject of a verb ("Geert zit al
        weken ziek thuis"): a fact told about a colleague, even where nothing else sets the post at work."""
        found: set[int] = set()
        author = post.author.id if post.author else ""
        for i, token in enumerate(post.tokens):
            ids = self._first_names.get(token.lower)
            if ids and ids != {author} and used_as_name(post, i):
                found.add(post.sentences[token.sentence][0])
        return found

    @staticmethod
    def _others_singled_out(post: Post) -> set[int]:
        """Sentences (their start) naming a served person by place ("de patiënt op bed 4", "the guest
        in room 12") or by title and surname ("mevrouw Bakker")."""
        found: set[int] = set()
        tokens = post.tokens
        for i, token in enumerate(tokens):
            word = token.lower
            titled = word.rstrip(".") in TITLES and word not in (
                "dr",
                "dokter",
                "doctor",
                "prof",
                "professor",
            )
            if word in SERVED_PEOPLE or titled:
                # "de patiënt op bed 4", "mevrouw van kamer 12"
                for k in range(i + 1, min(len(tokens) - 1, i + 4)):
                    if tokens[k].lower in PLACE_LOCATORS and tokens[k + 1].lower[:1].isdigit():
                        found.add(post.sentences[token.sentence][0])
                        break
            if titled:
                # "mevrouw Bakker", "meneer de Boer": a title, particles, a capitalised surname
                k = i + 1
                while k < len(tokens) - 1 and tokens[k].lower in PARTICLES and not tokens[k].is_capitalised:
                    k += 1
                if k < len(tokens) and tokens[k].is_capitalised and tokens[k].lower not in TITLES:
                    found.add(post.sentences[token.sentence][0])
        return found

    @staticmethod
    def _own_or_shared(post: Post, first: int) -> bool:
        """ "our sick days", "mijn salaris": the author's or everyone's, not the named person's."""
        return first > 0 and post.tokens[first - 1].lower in ("our", "onze", "ons", "my", "mijn", "m'n")

    @staticmethod
    def _negated(post: Post, first: int) -> bool:
        before = [t.lower for t in post.tokens[max(0, first - 2) : first]]
        return any(w in ("niet", "geen", "not", "no", "never", "nooit") for w in before)


def build(org: Organization) -> PersonalDataDetector:
    return PersonalDataDetector(org)
