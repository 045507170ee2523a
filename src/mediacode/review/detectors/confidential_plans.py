"""Plans, deals, meetings and tip-offs that are internal (docs/adr/0050, 0145).

A reorganisation, layoffs, a closure, a move, a hiring freeze or a merger that is planned and not yet
announced; what an internal meeting or document (the MT, the board meeting, the all-hands, the
minutes, a memo, the roadmap) said or decided; a screenshot of an internal system; a negotiating
position or the value of a deal or bid; and a secret told on ("don't tell anyone but", "under NDA",
"mag nog niet naar buiten") about the organization's business. Talk about meetings in general ("lange
vergadering vandaag"), plans of one's private life ("verhuizen naar een groter huis") and other
companies' news are none of these.
"""

from __future__ import annotations

import re

from mediacode.org.schema import Category
from mediacode.review.departments import ALL_DEPARTMENT_WORDS, fold
from mediacode.review.detectors import Context
from mediacode.review.finding import Finding
from mediacode.review.lexicon.business_words import (
    BOARDS,
    BUSINESS_NEWS,
    COUNT_WORDS,
    CURRENT_PERIODS,
    DEAL_WORDS,
    EMPTY_REPORTS,
    FIGURE_WORDS,
    FUTURE_CUES,
    FUTURE_TIMES,
    HIRING_FREEZE,
    INTERNAL_SCREENS,
    LABOUR_AGREEMENT_WORDS,
    LAUNCH_WORDS,
    MEETING_WORDS,
    NEGOTIATION_WORDS,
    NOT_PUBLIC_CUES,
    ORGANIZATION_SITES,
    PHOTO_WORDS,
    PRIVATE_LIFE,
    PUBLISHED_CUES,
    QUIET_CUES,
    REORGANISATION_WORDS,
    REPEATED,
    REPORTED,
    SCREENSHOT_WORDS,
    SECRECY_CUES,
    STAFF_NOUNS,
    STRONG_SOURCES,
    TIPOFF_CUES,
    TIPOFF_SUBJECTS,
    UNPUBLISHED_CUES,
)
from mediacode.review.lexicon.context_words import COMPETITOR_WORDS
from mediacode.review.lexicon.employer_words import BUSINESS_NOUNS, PLURAL_US
from mediacode.review.phrase_index import find_phrase, has_phrase, phrase_keys
from mediacode.review.text import Post, Token
from mediacode.review.work_context import WorkContext

MSG_FIGURES = (
    "'{text}' looks like unpublished figures of {org}. "
    "The code asks you not to share internal figures before they are published."
)
MSG_PLANS = (
    "'{text}' reveals plans for a reorganisation or layoffs that have not been announced. "
    "The code asks you not to share internal plans."
)
MSG_NOT_PUBLIC = (
    "'{text}' is news that has not been made public. "
    "The code asks you to keep internal information inside the organization."
)
MSG_MEETING = (
    "'{text}' reveals what was said in an internal or confidential meeting or document. "
    "The code asks you to keep internal information inside the organization."
)

_AMOUNT = re.compile(
    r"(?:[€$£]\s?\d[\d.,]*\s?(?:[kKmM]\b|mln|miljoen|million)?|\d[\d.,]*\s?(?:%|procent|percent|euro\b))"
)
_PLACES = (
    frozenset(
        [
            "magazijn",
            "vestiging",
            "kantoor",
            "fabriek",
            "locatie",
            "afdeling",
            "filiaal",
            "winkel",
            "depot",
            "hoofdkantoor",
            "site",
            "warehouse",
            "office",
            "branch",
            "plant",
            "factory",
            "store",
            "department",
            "team",
            "banen",
            "jobs",
            "fte",
            "arbeidsplaatsen",
            "mensen",
            "medewerkers",
            "collega's",
            "staff",
            "people",
            "employees",
            "werknemers",
            "plekken",
        ]
    )
    | ALL_DEPARTMENT_WORDS
)
_MOVES = frozenset(
    [
        "verhuist",
        "verhuizen",
        "verhuisd",
        "verplaatst",
        "verplaatsen",
        "sluit",
        "sluiten",
        "opgeheven",
        "opheffen",
        "samengevoegd",
        "samenvoegen",
        "afgestoten",
        "afstoten",
        "relocated",
        "relocate",
        "relocates",
        "relocating",
        "moves",
        "moving",
        "closes",
        "closing",
        "merged",
        "eruit",
        "geschrapt",
        "schrappen",
        "afgeschaft",
        "afschaffen",
        "scrapped",
        "abolished",
        "axed",
    ]
)
_CLOSE = frozenset({"close", "closed", "shut", "dicht", "sluit"})
"""Closing, said of a place of the organization (a branch, the warehouse)."""
_JOB_LOSS = frozenset(
    {
        "verdwijnen",
        "verdwijnt",
        "geschrapt",
        "schrappen",
        "weg",
        "af",
        "cut",
        "cuts",
        "cutting",
        "lost",
        "go",
        "gaan",
    }
)
_LEAVE_PARTICLES = frozenset({"uit", "eruit", "weg"})
_CLAUSE_ENDS = frozenset(",.;:!?")


def _count(word: str) -> bool:
    return word.isdigit() or word in COUNT_WORDS


def _staff_leave(post: Post, tokens: tuple[Token, ...]) -> bool:
    """ "Er gaan bij ons 12 mensen uit", "dertig medewerkers moeten weg", "letting 40 people go": a number
    of staff, and "let ... go" or a separable "uit"/"weg" that closes the clause (not "12 mensen uit het
    team gingen mee")."""
    counted = any(
        t.lower in STAFF_NOUNS and k > 0 and _count(tokens[k - 1].lower) for k, t in enumerate(tokens)
    )
    if not counted:
        return False
    words = {t.lower for t in tokens}
    if "go" in words and not words.isdisjoint({"let", "letting"}):
        return True  # "letting 40 people go"
    for t in tokens:
        if t.lower in _LEAVE_PARTICLES:
            after = post.gap(t.index).strip()[:1]
            if t is tokens[-1] or after in _CLAUSE_ENDS:
                return True
    return False


_CONFIDENTIAL_MARKS = (
    "vertrouwelijk",
    "vertrouwelijke",
    "interne",
    "geheime",
    "confidential",
    "intern",
    "internal",
    "niet delen",
    "don't share",
    "not for sharing",
    "geheim",
    "secret",
)


_NEGOTIATION = tuple(sorted(NEGOTIATION_WORDS))
_ANNOUNCED = ("aangekondigd", "announced", "persbericht", "press release", "bekendgemaakt")
_DIGITS = re.compile(r"\d")
_MEETING_ENDS = ("overleg", "vergadering", "meeting", "verslag", "notulen", "overdracht", "briefing")
"""Compounds ending in these are meetings or their minutes ("inkoopoverleg", "mt-verslag")."""
_CUT_WORDS = frozenset(
    {"bezuinigen", "bezuinigd", "bezuiniging", "bezuinigingen", "cuts", "cutbacks", "besparen", "bespaard"}
)
"""Cuts: internal news when an internal meeting told them ("tijdens de overdracht werd verteld ...")."""
_NEGOTIATION_STEMS = ("onderhandel", "negotiat")
"""What every negotiation word holds: a post without either has none."""
_HUSH = ("🤫", "🤐")
"""The shushing and zipped-mouth faces: the author knows something not to be told."""
_ANY_HUSH = (*TIPOFF_CUES, *SECRECY_CUES, *QUIET_CUES)


def _reported(sentence: str) -> bool:
    """Someone else's word or decision ("zei de directeur", "het MT heeft besloten"); "ik zei dat ik
    moe was" is the author's own."""
    said = has_phrase(sentence, REPORTED)
    if said is None:
        return False
    before = sentence[: find_phrase(sentence, said)].split()
    return not before or before[-1] not in ("ik", "i")


_AHEAD_CUES = tuple(c for c in FUTURE_CUES if c not in CURRENT_PERIODS)


def _ahead(sentence: str) -> bool:
    """The sentence tells of something to come: a future cue, or "this year" unless the event is one
    more of its kind ("another reorg, the fourth one this year" has happened)."""
    if has_phrase(sentence, _AHEAD_CUES) is not None:
        return True
    return has_phrase(sentence, CURRENT_PERIODS) is not None and has_phrase(sentence, REPEATED) is None


def _may_hold(post: Post, keys: frozenset[str], phrases: tuple[str, ...]) -> bool:
    return not post.lower_words.isdisjoint(keys) and has_phrase(post.lower, phrases) is not None


_HUSH_KEYS = phrase_keys(_ANY_HUSH)
_SOURCE_KEYS = phrase_keys(STRONG_SOURCES)
_FREEZE_KEYS = phrase_keys(HIRING_FREEZE)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces, emoji and punctuation around it."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)€"):
        end -= 1
    return start, end


class PlanFinder:
    """Plans, meetings, deals and tip-offs of one post."""

    name = "confidential"

    def __init__(self, work: WorkContext) -> None:
        self._work = work

    def find(self, ctx: Context) -> list[Finding]:
        found = self._plans(ctx)
        found.extend(self._commercial(ctx))
        found.extend(self._not_public(ctx))
        if not found:
            found.extend(self._tipoff(ctx))
        return found

    # -- plans and meetings ----------------------------------------------------------------

    def _plans(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        lower = post.lower
        secrecy: bool | None = None  # looked up once, when a sentence first needs it
        announced: str | None = None
        at_work: bool | None = None
        found: list[Finding] = []
        by_sentence = post.sentence_tokens
        # Lists that most posts hold nothing of are looked up per sentence only when the post has one.
        any_source = _may_hold(post, _SOURCE_KEYS, STRONG_SOURCES)
        any_freeze = _may_hold(post, _FREEZE_KEYS, HIRING_FREEZE)
        any_meeting = any(end in lower for end in _MEETING_ENDS)
        for number, (s_start, s_end) in enumerate(post.sentences):
            sentence = lower[s_start:s_end]
            words = {t.lower for t in by_sentence[number]}
            meeting = has_phrase(sentence, MEETING_WORDS) is not None or (
                any_meeting and any(w.endswith(_MEETING_ENDS) for w in words)
            )
            source = has_phrase(sentence, STRONG_SOURCES) if any_source else None
            screen = not words.isdisjoint(SCREENSHOT_WORDS) or (
                not words.isdisjoint(PHOTO_WORDS) and (source is not None or not words.isdisjoint(BOARDS))
            )
            folded: set[str] | None = None
            moves = next(iter(sorted(words & _MOVES)), None)
            if moves is None and words & _CLOSE:
                folded = {fold(w) for w in words}
                if folded & _PLACES or meeting:
                    moves = "close"  # "the branch is going to close", "heard in the MT: X closes"
            trigger = has_phrase(sentence, REORGANISATION_WORDS) or (
                has_phrase(sentence, HIRING_FREEZE) if any_freeze else None
            )
            job_loss = (
                bool(words & {"banen", "jobs", "arbeidsplaatsen", "fte", "plekken"})
                and bool(words & _JOB_LOSS)
            ) or (not words.isdisjoint(STAFF_NOUNS) and _staff_leave(post, by_sentence[number]))
            if trigger and not job_loss and self._one_persons_fact(ctx, s_start, s_end, trigger):
                trigger = None  # "Annemiek is ontslagen op staande voet": one person's dismissal
            # "bezuinigen" is everyone's news unless an internal meeting told it
            cuts = meeting and not words.isdisjoint(_CUT_WORDS)
            if not (meeting or source or screen or trigger or moves or job_loss):
                continue  # neither a meeting nor a plan: no finding below can come from this sentence
            span = trim(post.text, s_start, s_end)
            if screen and (
                not words.isdisjoint(INTERNAL_SCREENS)
                or not words.isdisjoint(BOARDS)
                or source is not None
                or has_phrase(sentence, _CONFIDENTIAL_MARKS)
            ):
                # "Screenshot van ons interne dashboard": an internal system shown.
                found.append(ctx.finding(Category.CONFIDENTIAL, *span, MSG_MEETING, self.name, "screenshot"))
                continue
            marked = has_phrase(sentence, _CONFIDENTIAL_MARKS) is not None
            # "we're letting 40 people go": the progressive tells a plan
            future = _ahead(sentence) or (job_loss and "letting" in words)
            if folded is None:
                folded = {fold(w) for w in words}
            strict_place = bool(folded & _PLACES)
            if secrecy is None:
                secrecy = (
                    has_phrase(lower, SECRECY_CUES) is not None or has_phrase(lower, QUIET_CUES) is not None
                )
                announced = has_phrase(lower, _ANNOUNCED)
            place = strict_place or bool(words & {"we", "wij", "ons", "onze", "our"})
            if not place and (trigger or job_loss):
                # "Hiring freeze from next month, heard it from my manager": at work, not in one's life.
                if at_work is None:
                    at_work = self._work.present(post, terms=False)
                place = at_work or not words.isdisjoint(COMPETITOR_WORDS)
            if place and not strict_place and not words.isdisjoint(PRIVATE_LIFE):
                place = False  # "binnenkort verhuizen we naar een groter huis"
            if moves and strict_place and not trigger:
                trigger = moves
            told = source is not None and self._told(sentence, source, words)
            if (meeting and (marked or trigger or moves or job_loss or cuts)) or told:
                found.append(ctx.finding(Category.CONFIDENTIAL, *span, MSG_MEETING, self.name, "meeting"))
            elif (trigger or job_loss) and place and (future or secrecy) and not (announced and not secrecy):
                found.append(
                    ctx.finding(Category.CONFIDENTIAL, *span, MSG_PLANS, self.name, trigger or "jobs")
                )
        return found

    @staticmethod
    def _one_persons_fact(ctx: Context, start: int, end: int, trigger: str) -> bool:
        """The plan word is part of a personal fact found in the same sentence (a dismissal on the spot,
        a warning): news about one person, which ``personal_data`` reports, not a plan."""
        return any(
            f.start is not None and start <= f.start < end and trigger in f.text.lower()
            for f in ctx.of_category(Category.PERSONAL_DATA)
        )

    @staticmethod
    def _told(sentence: str, source: str, words: set[str]) -> bool:
        """What an internal meeting or document said: after a colon ("uit het MT: ..."), a decision
        ("het MT heeft besloten"), a number, a plan or a date to come ("volgend jaar")."""
        after = sentence[sentence.find(source) + len(source) :]
        if has_phrase(after, EMPTY_REPORTS) is not None:
            return False  # "another all-hands where leadership says nothing"
        return (
            ":" in after
            or _reported(sentence)
            or _DIGITS.search(sentence) is not None
            or has_phrase(sentence, FUTURE_TIMES) is not None
            or not words.isdisjoint(LAUNCH_WORDS)
            or not words.isdisjoint(BUSINESS_NEWS)
        )

    # -- commercial terms and news not yet public ------------------------------------------

    def _commercial(self, ctx: Context) -> list[Finding]:
        """A negotiating position with figures ("wij bieden 6%"), or the value of a deal with a
        relation ("de offerte van €480.000"), not yet published."""
        post = ctx.post
        lower = post.lower
        words = post.lower_words
        if not words.isdisjoint(LABOUR_AGREEMENT_WORDS):
            return []
        relation = any(f.category in (Category.CUSTOMER, Category.SUPPLIER) for f in ctx.findings)
        own = not PLURAL_US.isdisjoint(words)
        private = not PRIVATE_LIFE.isdisjoint(words)
        negotiation = (
            any(stem in lower for stem in _NEGOTIATION_STEMS)
            and any(w.endswith(_NEGOTIATION) for w in words)
            and (relation or (own and not private) or self._work.present(post))
        )
        deal = not words.isdisjoint(DEAL_WORDS) or "offerte" in lower or "contract" in lower
        if not (negotiation or (deal and (relation or (own and not private)))):
            return []  # no sentence below can be a negotiation or a deal with a relation or of ours
        if has_phrase(lower, PUBLISHED_CUES) and not has_phrase(lower, UNPUBLISHED_CUES):
            return []
        by_sentence = post.sentence_tokens
        for number, (s_start, s_end) in enumerate(post.sentences):
            sentence = [t.lower for t in by_sentence[number]]
            deal = any(w in DEAL_WORDS or w.endswith(("offerte", "contract")) for w in sentence)
            ours = deal and own and not private and not PLURAL_US.isdisjoint(sentence)
            if not (negotiation or (relation and deal) or ours):
                continue
            amount = _AMOUNT.search(post.text, s_start, s_end)
            if amount is None:
                continue
            span = trim(post.text, s_start, s_end)
            return [ctx.finding(Category.CONFIDENTIAL, *span, MSG_FIGURES, self.name, "commercial terms")]
        return []

    def _not_public(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        cue = has_phrase(post.lower, NOT_PUBLIC_CUES)
        if cue is None or not self._work.present(post, terms=False):
            return []
        start = find_phrase(post.lower, cue)
        span = trim(post.text, *post.sentence_of(start))
        return [ctx.finding(Category.CONFIDENTIAL, *span, MSG_NOT_PUBLIC, self.name, cue)]

    def _tipoff(self, ctx: Context) -> list[Finding]:
        """ "Don't tell anyone but we're losing our biggest customer", "onder NDA, maar we bouwen een
        fabriek": a secret told on about the organization's business, at work or of "we". A softer
        cue ("meer mag ik nog niet zeggen", 🤫) needs news with substance: a plan, a launch, new sites."""
        post = ctx.post
        lower = post.lower
        if not _may_hold(post, _HUSH_KEYS, _ANY_HUSH) and not any(sign in post.text for sign in _HUSH):
            return []  # most posts keep no secret: one look answers them
        words = post.lower_words
        cue = has_phrase(lower, TIPOFF_CUES)
        plan = has_phrase(lower, REORGANISATION_WORDS) or has_phrase(lower, HIRING_FREEZE)
        if plan and self._one_persons_fact(ctx, 0, len(post.text), plan):
            plan = None  # "X is ontslagen op staande voet, niemand weet waarom": news about one person
        launch = not words.isdisjoint(LAUNCH_WORDS)
        sites = not words.isdisjoint(ORGANIZATION_SITES)
        if cue is None:
            soft = has_phrase(lower, SECRECY_CUES) or has_phrase(lower, QUIET_CUES)
            if soft is None and not any(sign in post.text for sign in _HUSH):
                return []
            substance = (
                plan or launch or (sites and (_DIGITS.search(lower) or has_phrase(lower, FUTURE_CUES)))
            )
            if not substance:
                return []  # "stiekem trots op mijn dochter", "surprise party 🤫"
            cue = soft or next(sign for sign in _HUSH if sign in post.text)
        subject = (
            launch
            or sites
            or not words.isdisjoint(TIPOFF_SUBJECTS)
            or not words.isdisjoint(BUSINESS_NOUNS)
            or not words.isdisjoint(FIGURE_WORDS)
        )
        ours = sites or not words.isdisjoint(PLURAL_US) or self._work.present(post, terms=False)
        if not (plan or (subject and ours)):
            return []  # a merger told on is some organization's; other news only of "we" or at work
        if has_phrase(lower, PUBLISHED_CUES) and not has_phrase(lower, UNPUBLISHED_CUES):
            return []
        start = find_phrase(lower, cue) if cue not in _HUSH else post.text.find(cue)
        span = trim(post.text, *post.sentence_of(start))
        if span[0] >= span[1]:
            span = trim(post.text, 0, len(post.text))
        return [ctx.finding(Category.CONFIDENTIAL, *span, MSG_NOT_PUBLIC, self.name, cue)]
