"""Colleagues: people of ``people.csv`` named or singled out in a post.

Full names (with particles, initials, titles, possessives) and handles
count on their own. A colleague's first name alone counts too, unless the
post says it is someone else: family or a public figure named with it,
another person's full name ("Max Verstappen", "Frank de Boer"), half of a
compound ("Sint-Maarten"), or the author. A surname alone counts where the
context tells who is meant: a department ("De Wit van IT"), a title
("Dokter Kuipers"), a role word ("collega Jansen"), or as the subject of a
verb ("Jansen heeft ..."). A role reference to one person ("mijn
leidinggevende", "our director", "a coworker in finance") counts without a
name. Lower-case words ("de bakker") and everyday words are never a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mediacode.org.organization import Organization
from mediacode.org.people import Person
from mediacode.org.schema import Category
from mediacode.review.departments import ALL_DEPARTMENT_WORDS, department_words, fold
from mediacode.review.detectors import Context
from mediacode.review.finding import Finding
from mediacode.review.lexicon.common_words import COMMON_WORDS
from mediacode.review.lexicon.context_words import (
    CALENDAR_NL,
    CAPITALISED_CALENDAR,
)
from mediacode.review.lexicon.function_words import DUTCH, ENGLISH
from mediacode.review.lexicon.people_words import (
    FAME_CUES,
    INDEFINITE_COLLEAGUE,
    INDEFINITE_PERSON,
    KIN,
    LINKERS_EN,
    LINKERS_NL,
    PARTICLES,
    PERSON_NOUNS,
    POSSESSIVE_DETERMINERS,
    PUBLIC_FIGURES,
    ROLE_MODIFIERS,
    ROLE_NOT_PERSON,
    ROLE_NOUNS,
    SINGLE_ROLE_SUFFIXES,
    TITLES,
)
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import Post, Token
from mediacode.review.work_context import WorkContext, used_as_name

_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])")
_ADDRESS = re.compile(r"([A-Za-z0-9._-]+)@[A-Za-z0-9.-]+")
_SHORT_ADDRESS = re.compile(r"(?<![\w.@])([A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9])@(?![\w.-])")
"""An internal address written without its domain ("vraag het aan ricardo.vlijt@")."""
_LINKERS = LINKERS_NL | LINKERS_EN
_ARTICLES = frozenset({"de", "het", "the", "onze", "ons", "our", "a", "an", "een"})
_COORDINATION = frozenset({"en", "and", "&"})
_ROLE_ARTICLES = frozenset({"een", "a", "de", "the", "die", "that", "this", "deze"})
"""Articles before a role noun that may single out one person ("de nieuwe directeur")."""
_ADJECTIVES = frozenset(
    {
        "nieuwe",
        "new",
        "oude",
        "old",
        "eigen",
        "own",
        "directe",
        "direct",
        "lieve",
        "dear",
        "huidige",
        "current",
        "vorige",
        "former",
    }
)
_MANAGER_WORDS = frozenset(
    {
        "leidinggevende",
        "manager",
        "baas",
        "boss",
        "chef",
        "teamleider",
        "supervisor",
        "teamlead",
        "teamleader",
    }
)
_TITLE_FORMS = frozenset(t.rstrip(".") for t in TITLES)
_OWN_UNIT = frozenset({"afdeling", "department", "dept", "vakgroep", "unit", "team"})
_PARTICLE_TOKENS = PARTICLES | frozenset(p.lstrip("'") for p in PARTICLES)
"""Particles as tokens: "'t" is the token "t" after an apostrophe."""
_OWNERS = frozenset({"mijn", "m'n", "my", "our", "onze", "ons", "zijn", "haar", "his", "her", "their", "hun"})
_FIRST_PERSON_OWNERS = frozenset({"mijn", "m'n", "my", "our", "onze", "ons"})
_NOT_NAMES = COMMON_WORDS | DUTCH | ENGLISH | KIN | PUBLIC_FIGURES | ROLE_NOUNS
_NEVER_NAMES = DUTCH | ENGLISH | KIN | PUBLIC_FIGURES | ROLE_NOUNS

MSG_NAME = "'{text}' is a colleague ({department}). The code asks you to avoid writing about colleagues."
MSG_ROLE = "'{text}' singles out a colleague. The code asks you to avoid writing about colleagues."


@dataclass(frozen=True, slots=True)
class _Entry:
    person: Person
    kind: str
    """``full`` (name, initials), ``surname`` or ``first``."""


def _split_name(name: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """First name, surname words (with particles) and core surname words (without).

    Only leading titles are dropped: "Dr. Anna Meester" has the surname Meester."""
    words = name.split()
    if not words:
        return name, (), ()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_FORMS:
        words = words[1:]
    first, rest = words[0], tuple(words[1:])
    core = tuple(w for w in rest if w.lower() not in PARTICLES)
    return first, rest, core or rest


ADDRESS_DETECTOR = "colleague address"
"""The detector name of a colleague named by their own full e-mail address: the address is personal
data and the colleague both, so the address finding does not absorb it."""


def _compact(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


_ROLE_OPENERS = POSSESSIVE_DETERMINERS | INDEFINITE_PERSON | _ROLE_ARTICLES
"""The words a role reference begins with: ``_role_references`` visits these tokens only."""


class ColleagueDetector:
    name = "colleague"

    def __init__(self, org: Organization) -> None:
        self._org = org
        self._full: PhraseIndex[_Entry] = PhraseIndex()
        self._partial: PhraseIndex[_Entry] = PhraseIndex()
        self._handles: dict[str, list[Person]] = {}
        self._addresses = {p.email.casefold(): p for p in org.people if p.email}
        """Each colleague's own e-mail address: written in full, it names them."""
        self._departments: dict[str, frozenset[str]] = {}
        self._work = WorkContext(org)
        self._employer_names = frozenset(
            name.casefold() for name in (org.name, *org.policy.organization.aliases) if name
        )
        """The organization's own names: a surname alone that is one of them names the employer
        ("Brouwer is de slechtste werkgever" when Henk Brouwer founded Brouwer)."""
        self._own_departments = frozenset(
            w for p in org.people for w in department_words(p.department or "") if len(w) >= 2
        )
        for person in org.people:
            first, surname, core = _split_name(person.name)
            self._departments[person.id] = department_words(person.department)
            if surname:
                self._full.add(f"{first} {' '.join(surname)}", _Entry(person, "full"))
                self._full.add(f"{first[0]}. {' '.join(surname)}", _Entry(person, "full"))
                self._full.add(f"{first[0]} {' '.join(surname)}", _Entry(person, "full"))
                self._partial.add(" ".join(surname), _Entry(person, "surname"))
                if core != surname:
                    self._partial.add(" ".join(core), _Entry(person, "surname"))
            self._partial.add(first, _Entry(person, "first"))
            if not first.lower().endswith("s"):
                self._partial.add(first + "s", _Entry(person, "first"))
            keys = {_compact(first + "".join(surname)), _compact(first[0] + "".join(surname))}
            if core != surname:
                # "@lottevdberg", "@lvdberg", "@lotteberg": particles shortened to their initials or dropped.
                short = "".join(w[0] if w.lower() in PARTICLES else w for w in surname)
                keys |= {_compact(first + short), _compact(first[0] + short), _compact(first + "".join(core))}
            if person.email:
                keys.add(_compact(person.email.split("@", 1)[0]))
            for key in keys:
                if len(key) >= 4:
                    self._handles.setdefault(key, []).append(person)

    # -- the parts -------------------------------------------------------------------------

    def _is_author(self, ctx: Context, person: Person) -> bool:
        return ctx.post.author is not None and ctx.post.author.id == person.id

    def _introduced_as_other(self, post: Post, first: int) -> bool:
        """Family, a friend, a pet or a public figure named right before the name, a public role in
        apposition ("Tom Baker, the Doctor Who actor"), or a public role given to the name later in its
        sentence ("X had never left as coach")."""
        tokens = post.tokens
        for k in range(max(0, first - 2), first):
            word = tokens[k].lower
            if word in KIN or word in PUBLIC_FIGURES:
                return True
        sentence = tokens[first].sentence
        comma = next(
            (j for j in range(first, min(first + 4, len(tokens))) if post.gap(j).strip() == ","), None
        )
        if comma is not None:
            # "Tom Baker, the Doctor Who actor": a public role in apposition
            for k in range(comma + 1, min(comma + 6, len(tokens))):
                if tokens[k].sentence != sentence or (k > comma + 1 and post.before(k).strip()):
                    break
                if tokens[k].lower in PUBLIC_FIGURES:
                    return True
        for k in range(first + 1, len(tokens) - 1):
            if tokens[k].sentence != sentence:
                break
            if tokens[k].lower in ("als", "as"):
                nxt = (
                    k + 2
                    if tokens[k + 1].lower in ("de", "the", "a", "een") and k + 2 < len(tokens)
                    else k + 1
                )
                if tokens[nxt].lower in PUBLIC_FIGURES:
                    return True
        return False

    def _famous_namesake(self, post: Post) -> bool:
        """ "Saw X's old skates in the museum, what a legend": fame and no work in the post."""
        return not post.lower_words.isdisjoint(FAME_CUES) and not self._work.present(post)

    def _department_after(self, post: Post, last: int, person: Person) -> bool:
        """ "X van IT", "X from the warehouse", "X's HR team": the person's department follows."""
        words = self._departments[person.id]
        tokens = post.tokens
        i = last + 1
        if i < len(tokens) and tokens[i].lower == "s" and post.gap(last).strip() in ("'", "’"):
            i += 1
            if i < len(tokens) and fold(tokens[i].lower) in words:
                return True
        sentence = tokens[last].sentence
        # The department follows a linker within a few words: "Pieters speech op de borrel van Planning".
        for k in range(i, min(len(tokens), last + 9)):
            if tokens[k].sentence != sentence:
                return False
            if (
                fold(tokens[k].lower) in words
                and k > 0
                and (tokens[k - 1].lower in _LINKERS or tokens[k - 1].lower in _ARTICLES | {"ons"})
            ):
                return k == i + 1 or k <= i + 2 or self._linked(post, i, k)
        return False

    @staticmethod
    def _linked(post: Post, i: int, k: int) -> bool:
        """No other capitalised name stands between the name and its department."""
        return not any(t.is_capitalised and not t.sentence_start for t in post.tokens[i:k])

    def _role_before(self, post: Post, first: int) -> str | None:
        """ "collega Jansen", "my boss Lotte", "onze teamleider Femke", "Dokter Kuipers"."""
        if first == 0:
            return None
        word = post.tokens[first - 1].lower
        gap = post.before(first).strip()
        if gap not in ("", ".", ","):
            return None
        if word in _TITLE_FORMS or word in ROLE_NOUNS or word.endswith(SINGLE_ROLE_SUFFIXES):
            return word
        return None

    def _capitalised(self, post: Post, first: int, last: int) -> bool:
        for token in post.tokens[first : last + 1]:
            if token.lower in _PARTICLE_TOKENS or token.lower == "s":
                continue
            if not token.is_capitalised:
                return False
        return True

    # -- detection -------------------------------------------------------------------------

    def detect(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        findings: list[Finding] = []
        taken: set[int] = set()

        def add(first: int, last: int, person: Person) -> None:
            start, end = post.tokens[first].start, post.tokens[last].end
            if post.text[end - 2 : end].lower() in ("'s", "’s") and last > first:
                end -= 2
            findings.append(
                ctx.finding(
                    Category.COLLEAGUE,
                    start,
                    end,
                    MSG_NAME,
                    self.name,
                    person.id,
                    department=person.department or person.role,
                )
            )
            taken.update(range(first, last + 1))

        mailed = "@" in post.text  # a handle and an address both need one
        # @handles, then addresses without a domain; an address must name one person only
        for pattern, one_only in ((_HANDLE, False), (_SHORT_ADDRESS, True)) if mailed else ():
            for handle in pattern.finditer(post.text):
                people = self._handles.get(_compact(handle.group(1)))
                if not people or (one_only and len(people) != 1) or self._is_author(ctx, people[0]):
                    continue
                findings.append(
                    ctx.finding(
                        Category.COLLEAGUE,
                        handle.start(),
                        handle.end(),
                        MSG_NAME,
                        self.name,
                        people[0].id,
                        department=people[0].department or people[0].role,
                    )
                )
                taken.update(t.index for t in post.tokens if handle.start() <= t.start < handle.end())

        if mailed:
            findings.extend(self._own_addresses(ctx, taken))
        identified = self._identified_by_address(post)

        for match in self._full.find(post):
            if match.first in taken or not self._capitalised(post, match.first, match.last):
                continue
            person = match.payload.person
            if self._is_author(ctx, person) or self._introduced_as_other(post, match.first):
                continue
            if self._famous_namesake(post):
                continue
            add(match.first, match.last, person)

        partials = [m for m in self._partial.find(post) if m.first not in taken and m.last not in taken]
        by_position: dict[int, list[_Entry]] = {}
        spans: dict[int, int] = {}
        for match in partials:
            if not self._capitalised(post, match.first, match.last):
                continue
            if match.first in spans and spans[match.first] > match.last:
                continue
            if spans.get(match.first) == match.last or match.first not in spans:
                by_position.setdefault(match.first, []).append(match.payload)
                spans[match.first] = match.last
        confirmed: dict[int, Person] = {}
        for first, entries in by_position.items():
            last = spans[first]
            if self._introduced_as_other(post, first):
                continue
            candidates = [e.person for e in entries if not self._is_author(ctx, e.person)]
            if not candidates:
                continue
            by_department = [p for p in candidates if self._department_after(post, last, p)]
            by_address = [p for p in candidates if p.id in identified]
            role = self._role_before(post, first)
            chosen: Person | None = None
            if by_address:
                chosen = by_address[0]
            elif by_department:
                chosen = by_department[0]
            elif role is not None:
                chosen = self._by_role(ctx, role, candidates)
            if chosen is not None:
                confirmed[first] = chosen
        # A name alone (ADR 0053, 0125): a first name unless the post says it is someone else.
        for first, entries in by_position.items():
            if first in confirmed or self._introduced_as_other(post, first):
                continue
            others = [e for e in entries if not self._is_author(ctx, e.person)]
            if not others or not self._free_standing(post, first, spans[first]):
                continue
            firsts = [e.person for e in others if e.kind == "first"]
            surnames = [e.person for e in others if e.kind == "surname"]
            if firsts:
                confirmed[first] = self._best(post, firsts)
            elif (
                surnames
                and self._surname_as_name(post, first, spans[first])
                and self._span_text(post, first, spans[first]) not in self._employer_names
            ):
                confirmed[first] = self._best(post, surnames)
        # "Fatima en Jeroen van het magazijn": names joined to a confirmed name share its context.
        for first in sorted(by_position, reverse=True):
            if first in confirmed:
                continue
            nxt = self._next_name(post, spans[first], by_position)
            if nxt is not None and nxt in confirmed:
                department = confirmed[nxt].department
                same = [e.person for e in by_position[first] if e.person.department == department]
                pool = same or [e.person for e in by_position[first]]
                pool = [p for p in pool if not self._is_author(ctx, p)]
                if pool:
                    confirmed[first] = pool[0]
        for first, person in confirmed.items():
            titled = first > 0 and post.tokens[first - 1].lower in _TITLE_FORMS
            add(first - 1 if titled else first, spans[first], person)

        findings.extend(self._role_references(ctx, taken))
        return findings

    def _free_standing(self, post: Post, first: int, last: int) -> bool:
        """Not an everyday word, not part of someone else's full name, not family in this sentence."""
        tokens = post.tokens
        token = tokens[first]
        word = token.lower
        if len(word) < 3 or (word in _NOT_NAMES and not self._first_name_as_name(post, first, last)):
            return False
        if word in CAPITALISED_CALENDAR or (token.sentence_start and word in CALENDAR_NL):
            return False
        if post.before(first) == "-" and first > 0 and tokens[first - 1].is_capitalised:
            return False  # "Sint-Maarten": the second half of a compound name
        after = last + 1
        while (
            after + 1 < len(tokens)
            and tokens[after].lower in _PARTICLE_TOKENS
            and not tokens[after].is_capitalised
            and post.gap(after - 1) == " "
        ):
            after += 1  # "Frank de Boer": particles lead to another person's surname
        if (
            after < len(tokens)
            and tokens[after].is_capitalised
            and not tokens[after].sentence_start
            and post.gap(last) == " "
            and (after > last + 1 or tokens[after].lower not in _NOT_NAMES)
        ):
            return False  # "Max Verstappen", "Marieke Lucas Rijneveld": another person's full name
        if (
            first > 0
            and not token.sentence_start
            and tokens[first - 1].is_capitalised
            and not tokens[first - 1].sentence_start
            and post.before(first) == " "
            and tokens[first - 1].lower not in _NOT_NAMES
        ):
            return False
        sentence = token.sentence
        for k, other in enumerate(tokens):
            if other.sentence != sentence or other.lower not in KIN or k == 0:
                continue
            owner = tokens[k - 1].lower
            # "mijn nichtje ... Anouk", "zijn dochter Anouk": the name is the family member's; in
            # "Fatima ... haar moeder" the name is the owner's
            if owner in _FIRST_PERSON_OWNERS or (owner in _OWNERS and k < first):
                return False
        return True

    def _first_name_as_name(self, post: Post, first: int, last: int) -> bool:
        """ "thanks to Fleur for ...", "Grace was brilliant in the client meeting": a first name or
        surname that is also an everyday word ("grace", "fleur", "visser") is the colleague where its
        capital cannot come from the start of a sentence, or where a verb follows it as its subject in
        a post about work ("Winter is coming" is the season). Function words ("Will"), family words,
        public figures and job titles never are."""
        word = post.tokens[first].lower
        if first != last or word not in COMMON_WORDS or word in _NEVER_NAMES:
            return False
        if not post.tokens[first].sentence_start:
            return True
        return used_as_name(post, first) and self._work.present(post)

    @staticmethod
    def _span_text(post: Post, first: int, last: int) -> str:
        return post.text[post.tokens[first].start : post.tokens[last].end].casefold()

    def _surname_as_name(self, post: Post, first: int, last: int) -> bool:
        """ "Smeets heeft ...": the subject of a verb; "Smeets' plan" only in a post set at work."""
        if used_as_name(post, first):
            return True
        return post.gap(last).strip()[:1] in ("'", "’") and self._work.present(post)

    def _best(self, post: Post, people: list[Person]) -> Person:
        """Of several colleagues with this name, the one whose department the post names."""
        folded = {fold(t.lower) for t in post.tokens}
        for person in people:
            if folded & self._departments[person.id]:
                return person
        return people[0]

    def _own_addresses(self, ctx: Context, taken: set[int]) -> list[Finding]:
        """ "s.visser@brouwer.example is mijn collega": a colleague's own address names the colleague
        as surely as the name does (the author's own address is the author's to give)."""
        post = ctx.post
        found: list[Finding] = []
        for match in _ADDRESS.finditer(post.text):
            person = self._addresses.get(match.group().casefold().rstrip("."))
            if person is None or self._is_author(ctx, person):
                continue
            end = match.start() + len(match.group().rstrip("."))
            found.append(
                ctx.finding(
                    Category.COLLEAGUE,
                    match.start(),
                    end,
                    MSG_NAME,
                    ADDRESS_DETECTOR,
                    person.id,
                    department=person.department or person.role,
                )
            )
            taken.update(t.index for t in post.tokens if match.start() <= t.start < end)
        return found

    def _identified_by_address(self, post: Post) -> set[str]:
        """People whose e-mail address or handle the post gives ("Reach Ahmed at ahmed.x@...")."""
        ids: set[str] = set()
        if "@" not in post.text:
            return ids
        for match in _ADDRESS.finditer(post.text):
            key = _compact(match.group(1)).rstrip("0123456789")
            for person in self._handles.get(key, ()):
                ids.add(person.id)
        return ids

    def _next_name(self, post: Post, last: int, by_position: dict[int, list[_Entry]]) -> int | None:
        i = last + 1
        if i < len(post.tokens) and post.tokens[i].lower in _COORDINATION:
            i += 1
        elif post.gap(last).strip() != ",":
            return None
        return i if i in by_position else None

    def _by_role(self, ctx: Context, role: str, candidates: list[Person]) -> Person | None:
        author = ctx.post.author
        if role in _MANAGER_WORDS and author is not None and author.manager:
            for person in candidates:
                if person.id == author.manager:
                    return person
        if role in _TITLE_FORMS or role in ROLE_NOUNS or role.endswith(SINGLE_ROLE_SUFFIXES):
            return candidates[0]
        return None

    def _role_references(self, ctx: Context, taken: set[int]) -> list[Finding]:
        post = ctx.post
        tokens = post.tokens
        found: list[Finding] = []
        for i in post.indices_of(_ROLE_OPENERS):
            if i in taken:
                continue
            token = tokens[i]
            word = token.lower
            if word in POSSESSIVE_DETERMINERS:
                j = i + 1
                while j < len(tokens) and tokens[j].lower in _ADJECTIVES:
                    j += 1
                end = self._role_noun_end(post, j)
                if end is None:
                    continue
                noun = tokens[end].lower
                if noun in INDEFINITE_COLLEAGUE and not self._singled_out(post, end):
                    continue
                found.append(
                    ctx.finding(
                        Category.COLLEAGUE,
                        token.start,
                        tokens[end].end,
                        MSG_ROLE,
                        self.name,
                        "role reference",
                    )
                )
                taken.update(range(i, end + 1))
            elif word in INDEFINITE_PERSON and self._singled_out(post, i):
                # "someone from finance", "iemand van inkoop": one unnamed colleague.
                found.append(
                    ctx.finding(
                        Category.COLLEAGUE, token.start, token.end, MSG_ROLE, self.name, "role reference"
                    )
                )
                taken.add(i)
            elif word in _ROLE_ARTICLES:
                j = i + 1
                while j < len(tokens) and tokens[j].lower in _ADJECTIVES:
                    j += 1
                if j >= len(tokens) or post.gap(j).strip() in ("'", "’"):
                    continue
                noun = tokens[j].lower
                new = j > i + 1
                if noun in INDEFINITE_COLLEAGUE:
                    single = new or self._singled_out(post, j)
                elif noun in PERSON_NOUNS:
                    single = word not in ("een", "a") and self._singled_out(post, j)
                else:
                    # "de nieuwe directeur", "the new CEO": one person at work, just appointed.
                    single = new and self._role_noun_end(post, j) == j and noun not in INDEFINITE_COLLEAGUE
                if single:
                    found.append(
                        ctx.finding(
                            Category.COLLEAGUE,
                            token.start,
                            tokens[j].end,
                            MSG_ROLE,
                            self.name,
                            "role reference",
                        )
                    )
                    taken.update(range(i, j + 1))
        return found

    def _role_noun_end(self, post: Post, j: int) -> int | None:
        tokens = post.tokens
        if j >= len(tokens):
            return None
        end = j
        while end + 1 < len(tokens) and post.gap(end) == "-" and end - j < 2:
            end += 1
        if (
            end == j
            and end + 1 < len(tokens)
            and post.gap(end) == " "
            and (tokens[end].lower in ROLE_MODIFIERS or fold(tokens[end].lower) in ALL_DEPARTMENT_WORDS)
            and tokens[end + 1].lower in ROLE_NOUNS
        ):
            end += 1  # "my line manager", "onze HR manager"
        if tokens[j].lower in ("hoofd", "head"):
            return self._head_of_department(post, j)
        noun = tokens[end].lower
        if noun in ROLE_NOT_PERSON:
            return None
        if noun not in ROLE_NOUNS and not noun.endswith(SINGLE_ROLE_SUFFIXES):
            return None
        if (
            noun.endswith(("a", "e", "o"))
            and post.gap(end).strip() in ("'", "’")
            and end + 1 < len(tokens)
            and tokens[end + 1].lower == "s"
        ):
            return None  # "mijn collega's": plural
        return end

    def _head_of_department(self, post: Post, j: int) -> int | None:
        """ "hoofd logistiek", "hoofd van de afdeling inkoop", "head of finance": one person, ending at
        the department word; "mijn hoofd" alone is a head."""
        tokens = post.tokens
        if tokens[j].lower not in ("hoofd", "head"):
            return None
        for k in range(j + 1, min(len(tokens), j + 5)):
            word = tokens[k].lower
            if fold(word) in ALL_DEPARTMENT_WORDS or fold(word) in self._own_departments:
                return k
            if word not in ("van", "of", "de", "the", "afdeling", "department"):
                return None
        return None

    def _singled_out(self, post: Post, index: int) -> bool:
        """ "collega van finance", "a coworker in our department", "de collega bij ons op het magazijn"."""
        tokens = post.tokens
        for k in range(index + 1, min(len(tokens), index + 6)):
            word = fold(tokens[k].lower)
            department = word in ALL_DEPARTMENT_WORDS or word in self._own_departments
            if department and tokens[k - 1].lower in _LINKERS | _ARTICLES:
                return True
            if (
                k >= 2
                and word in _OWN_UNIT
                and tokens[k - 1].lower in _OWNERS
                and tokens[k - 2].lower in _LINKERS
            ):
                return True  # "in our department", "op onze afdeling"
            if tokens[k].sentence != tokens[index].sentence:
                return False
        return False


def build(org: Organization) -> ColleagueDetector:
    return ColleagueDetector(org)


__all__ = ["ColleagueDetector", "Token", "build"]
