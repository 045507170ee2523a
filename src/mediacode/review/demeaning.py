"""Demeaning language that needs no swear word: insults by meaning, remarks about groups, threats,
blasphemous exclamations and jokes about disaster (part of ``conduct``).

A word such as "clown", "apen" or "sheep" insults only when a frame turns it
at people ("wat een clown", "stelletje apen", "grunting like pigs"); alone it
is the animal or the job. A group of people is demeaned when the post says
the whole group *is* something bad ("Xs zijn allemaal ...") or uses a known
sexist or racist phrase. A laugh beside death or disaster makes a joke of it.
"""

from __future__ import annotations

from mediacode.review.lexicon import function_words
from mediacode.review.lexicon.demeaning import (
    ARTICLES,
    BLASPHEMY,
    BLASPHEMY_PHRASES,
    CLOSE_FRAMES,
    COMPARISONS,
    DISASTER_WORDS,
    FRAMED_NOUNS,
    FRAMES,
    GENERALISATIONS,
    GROUP_JUDGEMENTS,
    GROUP_PHRASES,
    GROUPS,
    INSULT_NOUNS,
    LAUGHTER,
    LIKE_NOUNS,
    NOT_BEFORE_COMPARISON,
    SKILL_MODALS,
    SKILL_NEGATIONS,
    SKILLS,
    THREATS,
    TYPIFIERS,
)
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import Post, Token
from mediacode.review.word_tests import negative

Span = tuple[int, int, str]

_FUNCTION = (function_words.DUTCH | function_words.ENGLISH) - ARTICLES - FRAMES
"""Words that end a noun phrase: a frame further back does not reach past them."""
_COLLECTIVES = frozenset({"stel", "bunch", "pack", "bende", "stelletje", "kudde", "herd", "troep"})
_LAUGH_EMOJI = ("😂", "🤣", "😆", "😹")
_STELLETJE_AFTER = frozenset({"wat", "what"})


def _reach_back(post: Post, i: int, frames: frozenset[str], limit: int) -> int | None:
    """Index of a frame word up to ``limit`` words before token ``i`` in its sentence, with only
    articles, collectives and adjectives between; None when there is none."""
    tokens = post.tokens
    sentence = tokens[i].sentence
    for j in range(i - 1, max(-1, i - 1 - limit), -1):
        word = tokens[j]
        if word.sentence != sentence:
            return None
        if word.lower in frames:
            return j
        if word.lower in _FUNCTION and word.lower not in _COLLECTIVES:
            return None
    return None


def _framed(post: Post, token: Token) -> Span | None:
    i = token.index
    word = token.lower
    if post.gap(i)[:1] in ("-", "'", "’"):
        return None  # the first half of a compound or an owner: "homo-huwelijk", "the sheep's wool"
    if word in FRAMED_NOUNS:
        j = _reach_back(post, i, FRAMES, 4)
        if j is None:
            j = _reach_back(post, i, CLOSE_FRAMES, 2)
        if j is not None:
            return post.tokens[j].start, token.end, word
    if word in LIKE_NOUNS:
        j = _reach_back(post, i, COMPARISONS, 4)
        if j is not None and not (j > 0 and post.tokens[j - 1].lower in NOT_BEFORE_COMPARISON):
            return post.tokens[j].start, token.end, word
    return None


def _stelletje(post: Post, token: Token) -> Span | None:
    """ "stelletje kneuzen", "wat een stelletje hersenloze influencers": pejorative before a plural;
    "een stelletje" alone is a couple."""
    tokens = post.tokens
    i = token.index
    opens = (
        token.sentence_start
        or (i > 0 and any(c in post.before(i) for c in ",:;-"))
        or (i >= 2 and tokens[i - 2].lower in _STELLETJE_AFTER and tokens[i - 1].lower == "een")
    )
    if not opens:
        return None
    for k in range(i + 1, min(len(tokens), i + 4)):
        nxt = tokens[k]
        if nxt.sentence != token.sentence or nxt.lower in _FUNCTION:
            return None
        if nxt.lower.endswith(("en", "s")) and not nxt.lower.endswith("ige"):
            return token.start, nxt.end, "stelletje"
    return None


def _exclamation(post: Post, token: Token) -> bool:
    """ "Jezus, ...", "Jesus!": a holy name opening a sentence as an outcry."""
    if token.lower not in BLASPHEMY:
        return False
    i = token.index
    before = post.tokens[i - 1] if i > 0 else None
    after_oh = before is not None and before.lower in ("oh", "o") and before.sentence_start
    opens = token.sentence_start or after_oh
    gap = post.gap(i).strip()
    return opens and (gap[:1] in (",", "!") or i + 1 == len(post.tokens))


def _judgement(word: str) -> bool:
    return negative(word) or word in GROUP_JUDGEMENTS or word in INSULT_NOUNS or word in FRAMED_NOUNS


def _denied_skills(post: Post) -> list[Span]:
    """ "Vrouwen kunnen gewoon niet inparkeren", "women just can't drive": a whole group said to lack
    a skill, within six words of its sentence (modal, then negation and skill)."""
    spans: list[Span] = []
    tokens = post.tokens
    for index in post.indices_of(GROUPS):
        token = tokens[index]
        after = [t for t in tokens[token.index + 1 : token.index + 8] if t.sentence == token.sentence]
        modal = next((k for k, t in enumerate(after) if t.lower in SKILL_MODALS), None)
        if modal is None:
            continue
        rest = after[modal:]
        skill = next((t for t in rest if t.lower in SKILLS), None)
        if skill is not None and any(t.lower in SKILL_NEGATIONS for t in rest if t.index < skill.index):
            spans.append((token.start, skill.end, token.lower))
    return spans


def _typified_groups(post: Post) -> list[Span]:
    """ "Typisch Marokkanen", "typical women": a whole group named as the type of what the sentence
    complains of."""
    tokens = post.tokens
    return [
        (tokens[i - 1].start, tokens[i].end, tokens[i].lower)
        for i in post.indices_of(GROUPS)
        if i > 0
        and tokens[i - 1].lower in TYPIFIERS
        and tokens[i - 1].sentence == tokens[i].sentence
        and post.gap(i)[:1] not in ("-", "'", "’")  # "typical women's final" is the final's type
    ]


_TRIGGERS = INSULT_NOUNS | FRAMED_NOUNS | LIKE_NOUNS | BLASPHEMY | DISASTER_WORDS | {"stelletje"}
"""The words ``DemeaningFinder.find`` acts on (``_exclamation`` wants a holy name): no other adds a span."""


class DemeaningFinder:
    """The demeaning spans of a post: one finder per reviewer, pure per post."""

    def __init__(self) -> None:
        self._phrases: PhraseIndex[str] = PhraseIndex()
        for phrase in (*GROUP_PHRASES, *THREATS, *BLASPHEMY_PHRASES):
            self._phrases.add(phrase, phrase)
        self._general: PhraseIndex[str] = PhraseIndex((p, p) for p in GENERALISATIONS)

    def find(self, post: Post) -> list[Span]:
        spans = [(m.start, m.end, m.payload) for m in self._phrases.find(post)]
        spans.extend(self._generalised(post))
        spans.extend(_denied_skills(post))
        spans.extend(_typified_groups(post))
        laughing: set[int] = set()
        if any(e in post.text for e in _LAUGH_EMOJI) or not LAUGHTER.isdisjoint(post.lower_words):
            laughing = {t.sentence for t in post.tokens if t.lower in LAUGHTER}
            for index, (start, end) in enumerate(post.sentences):
                if any(e in post.text[start:end] for e in _LAUGH_EMOJI):
                    laughing.add(index)
        tokens = post.tokens
        for index in post.indices_of(_TRIGGERS):
            token = tokens[index]
            word = token.lower
            if word in INSULT_NOUNS:
                spans.append((token.start, token.end, word))
            elif word in FRAMED_NOUNS or word in LIKE_NOUNS:
                framed = _framed(post, token)
                if framed is not None:
                    spans.append(framed)
            elif word == "stelletje":
                found = _stelletje(post, token)
                if found is not None:
                    spans.append(found)
            elif _exclamation(post, token) or (word in DISASTER_WORDS and token.sentence in laughing):
                spans.append((token.start, token.end, word))
        return spans

    def _generalised(self, post: Post) -> list[Span]:
        """ "Vrouwen zijn allemaal ...", "immigrants are just ..." followed by a judgement."""
        spans: list[Span] = []
        tokens = post.tokens
        for match in self._general.find(post):
            k = match.first - 1
            if k < 0 or tokens[k].lower not in GROUPS:
                continue
            rest = [t for t in tokens[match.last + 1 :] if t.sentence == tokens[k].sentence]
            if any(_judgement(t.lower) for t in rest):
                spans.append((tokens[k].start, match.end, tokens[k].lower))
        return spans
