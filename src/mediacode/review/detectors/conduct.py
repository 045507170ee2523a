"""Bad taste: profanity, vulgar and demeaning words, Dutch and English.

Stems match at the start of a word only, so compounds and inflections are
found ("kutweer", "fucking") and innocent words containing a stem are not
("catering"). Disease names that Dutch uses as curses count only as a
compound prefix ("tyfusmaandag") or an exclamation ("Tering, ..."), never
when someone is ill.
"""

from __future__ import annotations

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.detectors import Context
from mediacode.review.finding import Finding
from mediacode.review.lexicon.profanity import (
    DISEASE_CURSES,
    EXCEPTIONS,
    LITERAL_AFTER,
    PHRASES,
    STEMS,
    WORDS,
)
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import Post, Token

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
    for curse in DISEASE_CURSES:
        if not word.startswith(curse):
            continue
        rest = word[len(curse) :]
        if rest:
            return len(rest) >= 3 and not rest.startswith(_MEDICAL)
        after = post.gap(token.index).strip()[:1]
        return token.sentence_start and after in (",", "!", "")
    return False


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


class ConductDetector:
    name = "conduct"

    def __init__(self, org: Organization) -> None:
        del org
        self._phrases: PhraseIndex[str] = PhraseIndex((p, p) for p in PHRASES)

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
        for token in post.tokens:
            if any(s <= token.start < e for s, e, _ in spans):
                continue
            word = token.lower
            if word in EXCEPTIONS:
                continue
            if word in WORDS or word.startswith(STEMS) or _curse(post, token):
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
        return [
            ctx.finding(Category.CONDUCT, start, end, MSG_CONDUCT, self.name, evidence)
            for start, end, evidence in spans
        ]


def build(org: Organization) -> ConductDetector:
    return ConductDetector(org)
