"""Bad taste: profanity, vulgar and demeaning words, Dutch and English.

Stems match at the start of a word only, so compounds and inflections are
found ("kutweer", "fucking") and innocent words containing a stem are not
("catering"). Disease names that Dutch uses as curses count only as a
compound prefix ("tyfusmaandag"), an exclamation ("Tering, ...") or an intensifier before an
adjective ("kanker druk"), never when someone is ill. Masked words ("f*ck",
"sh!t", "k*t") count when their letters fit a profane word; "af" counts as
the English intensifier only in an English post, after a word and before the
end of a phrase ("tired af").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.demeaning import DemeaningFinder
from mediacode.review.detectors import Context
from mediacode.review.employer import employer_index
from mediacode.review.finding import Finding
from mediacode.review.lexicon.profanity import (
    CURSED_NOUNS,
    DISEASE_CURSES,
    EXCEPTIONS,
    INTENSIFIED,
    LITERAL_AFTER,
    LOWER_ONLY,
    MASKED_TARGETS,
    PHRASES,
    STEMS,
    WORDS,
)
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import Post, Token
from mediacode.review.word_tests import (
    PROFANE,
    disease_curse_stem,
    disguised_profanity,
    flagged_indices,
    profane_compound,
    profane_stem,
)

MSG_CONDUCT = "'{text}' is profane or demeaning language. The code asks you to keep to good taste."

_MEDICAL = (
    "onderzoek",
    "patient",
    "patiënt",
    "cel",
    "fonds",
    "behandel",
    "verwekkend",
    "centrum",
    "bestrijding",
    "vrij",
    "risico",
    "soort",
    "diagnose",
    "screening",
    "zorg",
    "medicijn",
    "vaccin",
    "gezwel",
    "afdeling",
    "specialist",
    "preventie",
    "overlever",
    "genezing",
    "ziekte",
    "epidemie",
    "bacterie",
)


def _curse(post: Post, token: Token) -> bool:
    word = token.lower
    if not disease_curse_stem(word):
        return False
    for curse in DISEASE_CURSES:
        if not word.startswith(curse):
            continue
        rest = word[len(curse) :]
        if rest:
            return len(rest) >= 3 and not rest.startswith(_MEDICAL)
        gap = post.gap(token.index).strip()
        nxt = post.tokens[token.index + 1] if token.index + 1 < len(post.tokens) else None
        if nxt is not None and not gap and (nxt.lower in INTENSIFIED or nxt.lower in CURSED_NOUNS):
            return True
        return token.sentence_start and (gap[:1] in (",", "!") or (nxt is None and not gap))
    return False


_MASK_CHARS = "*#@$%!-"
_MASKED = re.compile(
    r"(?<![\w@.])[A-Za-z][A-Za-z*#@$%!-]*[*#@$%!][A-Za-z*#@$%!]*|(?<![\w@.])[A-Za-z]{1,2}-[A-Za-z]{1,3}\b"
)
"""A word with a masking character inside or at its end ("f*ck", "sh!t", "f***"), or a short word
split by a hyphen ("f-ck")."""
_MAY_MASK = re.compile(r"[*#@$%!-](?:(?<=[A-Za-z*#@$%!-][*#@$%])|(?<=[!-])[A-Za-z*#@$%!-])")
"""Necessary for a span of ``_masked`` (docs/adr/0152): its word, less a "!" or "-" at the end, holds a
masking character after its first letter, so one of "*#@$%" follows a character of the word, or a "!"
or "-" is followed by one. "50%", "#tag", "@name" and "Hello!" have neither, and skip the long search.
Written to begin with the rare masking characters, so the engine jumps from one to the next."""


def _masked(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if _MAY_MASK.search(text) is None:
        return spans
    for match in _MASKED.finditer(text):
        word = match.group().lower().rstrip("!-")
        if "@" in word and "." in text[match.end() : match.end() + 1]:
            continue  # an e-mail address
        if not any(c in _MASK_CHARS for c in word):
            continue
        for target in MASKED_TARGETS:
            head = word[: len(target)]
            if (
                len(head) == len(target)
                and any(c in _MASK_CHARS for c in head)
                and all(w == t or w in _MASK_CHARS for w, t in zip(head, target, strict=True))
            ):
                spans.append((match.start(), match.start() + len(word)))
                break
    return spans


_AF_BEFORE_END = re.compile(r"\s*(?:[.!?,)]|$|[^\w\s])")


def _english_af(post: Post, token: Token) -> bool:
    """ "tired af", "cold af 🥶": the English intensifier, never the Dutch "af" ("klaar af")."""
    if post.language != "en" or token.index == 0 or post.tokens[token.index - 1].sentence != token.sentence:
        return False
    if not post.before(token.index).isspace():
        return False
    return _AF_BEFORE_END.match(post.text, token.end) is not None


_NAMED = frozenset({Category.COLLEAGUE, Category.CUSTOMER, Category.SUPPLIER})


def _proper_name(token: Token, names: list[tuple[int, int]]) -> bool:
    """A stem inside a name ("Eikelenburg", "Kutschera"): part of a person's or relation's name, or a
    word capitalised where no sentence starts, not shouted, and running on well past the stem (a
    place or family name)."""
    if any(s <= token.start < e for s, e in names):
        return True
    if not token.is_capitalised or token.sentence_start or token.is_upper:
        return False
    stem = max((s for s in STEMS if token.lower.startswith(s)), key=len, default=token.lower)
    return len(token.lower) - len(stem) >= 4


class _Coverage:
    """Offsets inside any of a fixed set of spans, answered by ``bisect`` (a scan per token is quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def contains(self, offset: int) -> bool:
        at = bisect_right(self._starts, offset) - 1
        return at >= 0 and offset < self._ends[at]


class ConductDetector:
    name = "conduct"

    def __init__(self, org: Organization) -> None:
        self._employer = employer_index(org)
        self._phrases: PhraseIndex[str] = PhraseIndex((p, p) for p in PHRASES)
        self._demeaning = DemeaningFinder()

    def detect(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        spans: list[tuple[int, int, str]] = []
        names = [
            (f.start, f.end)
            for f in ctx.findings
            if f.category in _NAMED and f.start is not None and f.end is not None
        ]
        for match in self._phrases.find(post):
            spans.append((match.start, match.end, match.payload))
        for start, end in _masked(post.text):
            spans.append((start, end, post.text[start:end]))
        spans.extend(self._demeaning.find(post))
        profane = flagged_indices(post, PROFANE)
        covered = _Coverage([(s, e) for s, e, _ in spans]) if profane else None
        for index in profane:
            token = post.tokens[index]
            word = token.lower
            if covered is not None and covered.contains(token.start):
                continue
            if word in EXCEPTIONS:
                continue
            if (word in LOWER_ONLY and token.text == word) or (word == "af" and _english_af(post, token)):
                spans.append((token.start, token.end, word))
                continue
            if (
                word in WORDS
                or profane_stem(word)
                or _curse(post, token)
                or profane_compound(word)
                or disguised_profanity(word)
            ):
                if word not in WORDS and _proper_name(token, names):
                    continue
                literal = LITERAL_AFTER.get(word)
                if (
                    literal
                    and token.index + 1 < len(post.tokens)
                    and post.tokens[token.index + 1].lower in literal
                ):
                    continue
                spans.append((token.start, token.end, word))
        aimed = self._aimed_at_employer(ctx)
        return [
            ctx.finding(Category.CONDUCT, start, end, MSG_CONDUCT, self.name, evidence)
            for start, end, evidence in spans
            if not aimed or not _in_aimed(post, start, end, aimed)
        ]

    def _aimed_at_employer(self, ctx: Context) -> set[int]:
        """Sentences that name the employer and were found damaging: their swear words are the insult
        of the employer ("X is a shit company", "Fuck X"), which ``damaging`` already reports."""
        damaging = [f.start for f in ctx.findings if f.category == Category.DAMAGING and f.start is not None]
        if not damaging:
            return set()
        post = ctx.post
        judged = {_sentence_at(post, start) for start in damaging}
        return {ref.sentence for ref in self._employer.find(post)} & judged


def _sentence_at(post: Post, offset: int) -> int:
    at = bisect_right(post.token_starts, offset) - 1
    return post.tokens[at].sentence if at >= 0 else 0


def _in_aimed(post: Post, start: int, end: int, aimed: set[int]) -> bool:
    """Inside a sentence aimed at the employer, unless an outcry opens it ("Kut, ...", "Godverdomme, ...")."""
    at = bisect_right(post.token_starts, start) - 1
    if at < 0:
        return False
    token = post.tokens[at]
    if token.sentence not in aimed:
        return False
    return not (token.sentence_start and post.text[end : end + 1] in (",", "!"))


def build(org: Organization) -> ConductDetector:
    return ConductDetector(org)
