"""Confidential information: the organization's confidential terms and internal-only facts.

Terms of ``confidential.txt`` are found with inflections ("Zeewolfs"),
in compounds with a hyphen and inside hashtags (#ProjectX). A term that is
also an everyday word counts only when written as a name or right before a
project stage ("X go-live", "X's eerste testfase"); a capitalised term of
several words written in lower case ("een rode reus") counts only at work. Patterns find
passwords and access codes, unpublished figures, layoffs or reorganisations
not yet announced, and the content of internal or confidential meetings.
"""

from __future__ import annotations

import re

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.departments import ALL_DEPARTMENT_WORDS, fold
from mediacode.review.detectors import Context
from mediacode.review.detectors.confidential_terms import TermFinder
from mediacode.review.finding import Finding
from mediacode.review.lexicon.business_words import (
    CREDENTIAL_WORDS,
    DEAL_WORDS,
    FIGURE_WORDS,
    FUTURE_CUES,
    LABOUR_AGREEMENT_WORDS,
    MEETING_WORDS,
    NEGOTIATION_WORDS,
    NOT_PUBLIC_CUES,
    PERIOD_OR_COMPARISON,
    PUBLISHED_CUES,
    REORGANISATION_WORDS,
    SECRECY_CUES,
    UNPUBLISHED_CUES,
    WEAK_CREDENTIAL_CUES,
)
from mediacode.review.phrase_index import find_phrase, has_phrase
from mediacode.review.text import Post
from mediacode.review.work_context import WorkContext

MSG_SECRET = (
    "'{text}' gives away a password or access code. "  # noqa: S105 (a message, not a password)  # nosec B105  # a message text
    "The code asks you never to share security details."
)
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

_NUMBER = re.compile(
    r"[€$£]?\s?\d+(?:[.,]\d+)*\s?(?:%|procent|percent|[mkMK]\b|mln|miljoen|million|miljard|billion)?"
)
_VALUE = re.compile(
    r"\s*(?:(?:(?:is|was|has been|werd|wordt) )?"
    r"(?:(?:changed|set|reset) to|(?:veranderd|gewijzigd) (?:in|naar))|"
    r"(?:met|with) (?:de |the )?(?:code|wachtwoord|password)|is|was|luidt|blijft|wordt|=|:)"
    r"\s*(?:(?:trouwens|gewoon|nu|nog|steeds|weer|momenteel|tegenwoordig|voortaan|vanaf nu|deze week|"
    r"deze maand|vandaag|tijdelijk|now|still|currently|actually|btw|by the way|simply|just|this week|"
    r"this month|today|temporarily)[\s,]+)*[:\"'“]?\s*(\S+)",
    re.IGNORECASE,
)
_DIRECT_VALUE = re.compile(r"\s+[:\"'“]?(\S+)")
"""A value right after the credential word: "password Zomer2025!"."""
_AMOUNT = re.compile(
    r"(?:[€$£]\s?\d[\d.,]*\s?(?:[kKmM]\b|mln|miljoen|million)?|\d[\d.,]*\s?(?:%|procent|percent|euro\b))"
)
_IP = re.compile(r"\b(?:10|172|192)\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")
_NETWORK = ("wifi", "wi-fi", "netwerk", "network", "vpn", "server", "router", "ssid")
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


def _looks_secret(value: str) -> bool:
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    mixed = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return len(value) >= 4 and (has_digit or has_symbol or mixed)


_NEGOTIATION = tuple(sorted(NEGOTIATION_WORDS))


def _strong_secret(value: str) -> bool:
    """Without "is" or ":" before it, only a value with letters and digits is taken for a secret."""
    return (
        len(value) >= 5
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and not value.lower().endswith(("fa", "x"))
    )


class ConfidentialDetector:
    name = "confidential"

    def __init__(self, org: Organization) -> None:
        self._work = WorkContext(org)
        self._terms = TermFinder(org, self._work)

    def detect(self, ctx: Context) -> list[Finding]:
        findings = self._terms.find(ctx)
        findings.extend(self._secrets(ctx))
        findings.extend(self._figures(ctx))
        findings.extend(self._plans(ctx))
        findings.extend(self._commercial(ctx))
        findings.extend(self._not_public(ctx))
        return findings

    # -- security details ------------------------------------------------------------------

    def _secrets(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        lower = post.lower
        found: list[Finding] = []
        for word in CREDENTIAL_WORDS:
            if word not in lower:
                continue  # what find_phrase would look for first
            index = find_phrase(lower, word)
            while index >= 0:
                sentence_end = post.sentence_of(index)[1]
                window = post.text[index + len(word) : sentence_end]
                # "het wachtwoord van de VLS-planner is X": the value follows within a few words.
                direct = _DIRECT_VALUE.match(window)
                candidates = [direct] if direct and _strong_secret(direct.group(1).rstrip(",.;)")) else []
                for value_match in [*candidates, *_VALUE.finditer(window)]:
                    if value_match.start() > 60:
                        break
                    value = value_match.group(1).rstrip(",.;)")
                    if _looks_secret(value):
                        end = index + len(word) + value_match.start(1) + len(value)
                        start = self._phrase_start(post, index)
                        found.append(
                            ctx.finding(Category.CONFIDENTIAL, start, end, MSG_SECRET, self.name, word)
                        )
                        break
                index = find_phrase(lower, word, index + len(word))
        weakness = has_phrase(lower, WEAK_CREDENTIAL_CUES)
        if weakness is not None and not found:
            start = find_phrase(lower, weakness)
            found.append(
                ctx.finding(
                    Category.CONFIDENTIAL, start, start + len(weakness), MSG_SECRET, self.name, weakness
                )
            )
        text = post.text
        private = "10." in text or "172." in text or "192." in text  # what every private address starts with
        for match in _IP.finditer(text) if private else ():
            sentence = lower[slice(*post.sentence_of(match.start()))]
            if any(cue in sentence for cue in _NETWORK):
                found.append(
                    ctx.finding(
                        Category.CONFIDENTIAL,
                        match.start(),
                        match.end(),
                        MSG_SECRET,
                        self.name,
                        "network address",
                    )
                )
        return found

    def _phrase_start(self, post: Post, index: int) -> int:
        """Start at the article before the credential word: "de deurcode ..."."""
        for token in post.tokens:
            article = token.lower in ("de", "het", "the", "our", "onze", "ons", "my", "mijn")
            if article and token.end <= index and not post.text[token.end : index].strip():
                return token.start
        return index

    # -- figures ---------------------------------------------------------------------------

    def _figures(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        by_sentence = post.sentence_tokens
        if post.lower_words.isdisjoint(FIGURE_WORDS):
            return []  # no metric word in any sentence: nothing below can be found
        unpublished = has_phrase(post.lower, UNPUBLISHED_CUES) is not None
        if has_phrase(post.lower, PUBLISHED_CUES) and not unpublished:
            return []
        secrecy = unpublished or has_phrase(post.lower, SECRECY_CUES) is not None
        found: list[Finding] = []
        for number, (s_start, s_end) in enumerate(post.sentences):
            words = by_sentence[number]
            metric = [t for t in words if t.lower in FIGURE_WORDS]
            if not metric:
                continue
            sentence = post.text[s_start:s_end]
            numbers = [m for m in _NUMBER.finditer(sentence) if any(c.isdigit() for c in m.group())]
            numbers = [
                m
                for m in numbers
                if not re.fullmatch(r"[qQhH]\d", sentence[max(0, m.start() - 1) : m.end()].strip())
            ]
            if not numbers:
                continue
            relative = any(
                (
                    "%" in m.group()
                    or "€" in m.group()
                    or "$" in m.group()
                    or m.group().rstrip()[-1:].isalpha()
                )
                for m in numbers
            )
            period = any(t.lower in PERIOD_OR_COMPARISON for t in words)
            if not (relative and (period or secrecy)):
                continue
            start = min([metric[0].start, *(t.start for t in words if re.fullmatch(r"[qh]\d", t.lower))])
            end = s_start + max(m.end() for m in numbers)
            tail = re.match(
                r"[^.!?\n]*?(?:budget|begroting|vorig jaar|last year|verwachting|forecast)",
                post.text[end:s_end],
                re.I,
            )
            if tail:
                end += tail.end()
            found.append(
                ctx.finding(Category.CONFIDENTIAL, start, end, MSG_FIGURES, self.name, metric[0].lower)
            )
        return found

    # -- plans and meetings ----------------------------------------------------------------

    def _plans(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        lower = post.lower
        secrecy: bool | None = None  # looked up once, when a sentence first needs it
        announced: str | None = None
        found: list[Finding] = []
        by_sentence = post.sentence_tokens
        for number, (s_start, s_end) in enumerate(post.sentences):
            sentence = lower[s_start:s_end]
            words = {t.lower for t in by_sentence[number]}
            meeting = has_phrase(sentence, MEETING_WORDS) is not None or any(
                w.endswith(("overleg", "vergadering", "meeting", "verslag", "notulen")) for w in words
            )
            folded: set[str] | None = None
            moves = next(iter(sorted(words & _MOVES)), None)
            if moves is None and words & _CLOSE:
                folded = {fold(w) for w in words}
                if folded & _PLACES or meeting:
                    moves = "close"  # "the branch is going to close", "heard in the MT: X closes"
            trigger = has_phrase(sentence, REORGANISATION_WORDS)
            job_loss = bool(words & {"banen", "jobs", "arbeidsplaatsen", "fte", "plekken"}) and bool(
                words & _JOB_LOSS
            )
            if not (meeting or trigger or moves or job_loss):
                continue  # neither a meeting nor a plan: no finding below can come from this sentence
            marked = has_phrase(sentence, _CONFIDENTIAL_MARKS) is not None
            future = has_phrase(sentence, FUTURE_CUES) is not None
            if folded is None:
                folded = {fold(w) for w in words}
            strict_place = bool(folded & _PLACES)
            if secrecy is None:
                secrecy = has_phrase(lower, SECRECY_CUES) is not None
                announced = has_phrase(
                    lower, ("aangekondigd", "announced", "persbericht", "press release", "bekendgemaakt")
                )
            place = strict_place or bool(words & {"we", "wij", "ons", "onze", "our"})
            if moves and strict_place and not trigger:
                trigger = moves
            span = self._trim(post.text, s_start, s_end)
            if meeting and (marked or trigger or moves or job_loss):
                found.append(ctx.finding(Category.CONFIDENTIAL, *span, MSG_MEETING, self.name, "meeting"))
            elif (trigger or job_loss) and place and (future or secrecy) and not (announced and not secrecy):
                found.append(
                    ctx.finding(Category.CONFIDENTIAL, *span, MSG_PLANS, self.name, trigger or "jobs")
                )
        return found

    # -- commercial terms and news not yet public ------------------------------------------

    def _commercial(self, ctx: Context) -> list[Finding]:
        """A negotiating position with figures ("wij bieden 6%"), or the value of a deal with a
        relation ("de offerte van €480.000"), not yet published."""
        post = ctx.post
        lower = post.lower
        words = [t.lower for t in post.tokens]
        if any(w in LABOUR_AGREEMENT_WORDS for w in words):
            return []
        relation = any(f.category in (Category.CUSTOMER, Category.SUPPLIER) for f in ctx.findings)
        negotiation = any(w.endswith(_NEGOTIATION) for w in words) and (relation or self._work.present(post))
        if not (negotiation or relation):
            return []  # no sentence below can be a negotiation or a deal with a relation
        if has_phrase(lower, PUBLISHED_CUES) and not has_phrase(lower, UNPUBLISHED_CUES):
            return []
        by_sentence = post.sentence_tokens
        for number, (s_start, s_end) in enumerate(post.sentences):
            sentence = [t.lower for t in by_sentence[number]]
            if not (
                negotiation
                or (
                    relation and any(w in DEAL_WORDS or w.endswith(("offerte", "contract")) for w in sentence)
                )
            ):
                continue
            amount = _AMOUNT.search(post.text, s_start, s_end)
            if amount is None:
                continue
            span = self._trim(post.text, s_start, s_end)
            return [ctx.finding(Category.CONFIDENTIAL, *span, MSG_FIGURES, self.name, "commercial terms")]
        return []

    def _not_public(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        cue = has_phrase(post.lower, NOT_PUBLIC_CUES)
        if cue is None or not self._work.present(post, terms=False):
            return []
        start = find_phrase(post.lower, cue)
        span = self._trim(post.text, *post.sentence_of(start))
        return [ctx.finding(Category.CONFIDENTIAL, *span, MSG_NOT_PUBLIC, self.name, cue)]

    @staticmethod
    def _trim(text: str, start: int, end: int) -> tuple[int, int]:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)€"):
            end -= 1
        return start, end


def build(org: Organization) -> ConfidentialDetector:
    return ConfidentialDetector(org)
