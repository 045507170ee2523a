"""Damaging statements: a disparaging judgement aimed at the organization.

Two things must come together: a target (the organization by name or
alias, "mijn werkgever", "ons bedrijf", the management, its products or
services, a customer named in the post) and a strong negative judgement in
the same sentence or in the next one ("Ze behandelen ons als oud vuil").
Negative words without a target (traffic, Mondays, another industry) and
mild grumbling are no finding.

Sarcasm and insinuation ("Geweldig weer, de zoveelste 'reorganisatie' 🙃")
slip past word lists; when the rules find nothing, the review model
(docs/adr/0054) may: its finding covers the sentence that weighs most.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review.detectors import Context
from mediacode.review.employer import employer_index
from mediacode.review.finding import Finding
from mediacode.review.lexicon.context_words import COMPETITOR_WORDS
from mediacode.review.lexicon.employer_words import OPINION_MARKERS
from mediacode.review.lexicon.negativity import (
    ADVICE_IMPERATIVES,
    AMBIGUOUS_FAILURE,
    CONTRACTED_NEGATIONS,
    INSULTS,
    NEGATIONS,
    NOT_FAILURE_AROUND,
    PHRASES,
    POSITIVE,
    PROFANE_TARGET_NOUNS,
    SERVICE_FAILURE,
    SPENDING_PHRASES,
    WORDS,
)
from mediacode.review.lexicon.profanity import STEMS as PROFANE_STEMS
from mediacode.review.lexicon.profanity import WORDS as PROFANE_WORDS
from mediacode.review.lexicon.rhetoric import SNEER_EMOJI
from mediacode.review.model.scorer import Scorer
from mediacode.review.phrase_index import PhraseIndex
from mediacode.review.text import Post
from mediacode.review.word_tests import JUDGEMENT, flagged_indices, negative, profane_stem

MSG_DAMAGING = (
    "'{text}' disparages {target}. "
    "The code does not allow statements that harm the reputation of the organization, "
    "its management, its products and services or its customers."
)

MSG_DAMAGING_MODEL = (
    "This reads as disparaging about {org} ({reason}). "
    "The code does not allow statements that harm the reputation of the organization, "
    "its management, its products and services or its customers; say it without the sneer or not in public."
)
_SARCASM_CUES = frozenset({"e:" + e for e in SNEER_EMOJI} | {"p:quote", "p:..."})
_REASONS = {
    "sarcasm": "sarcasm or irony about the organization",
    "tone": "the tone towards the organization or its management",
}

_MANAGEMENT_NOUNS = frozenset(
    [
        "manager",
        "leidinggevende",
        "directeur",
        "directrice",
        "director",
        "baas",
        "boss",
        "chef",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "teamleider",
        "supervisor",
        "afdelingshoofd",
        "bestuurder",
        "directie",
        "management",
    ]
)

_INSULTABLE = ("organization", "employer", "management", "offering", "customer")
_TARGET_NAMES = {
    "organization": "the organization",
    "employer": "the organization",
    "management": "the management",
    "offering": "the organization's products, services or customers",
    "customer": "a customer",
}


@dataclass(slots=True, unsafe_hash=True)  # not frozen: made per post, a frozen __init__ is slow
class _Judgement:
    start: int
    end: int
    sentence: int
    evidence: str


_AUTHOR_OBJECTS = frozenset({"me", "mij", "us", "ons"})
_CALLING = frozenset(
    {"called", "calls", "call", "calling", "noemde", "noemden", "noemt", "noemen", "uitgemaakt", "maakte"}
)


def _aimed_at_author(post: Post, index: int) -> bool:
    """ "noemde me een idioot", "called us clowns": someone called the author names, so the insult is
    not the author's; "ze behandelen ons als idioten" still judges the employer."""
    tokens = post.tokens
    sentence = tokens[index].sentence
    for k in range(max(1, index - 3), index):
        if tokens[k].lower in _AUTHOR_OBJECTS and tokens[k].sentence == sentence:
            return tokens[k - 1].lower in _CALLING
    return False


class DamagingDetector:
    name = "damaging"

    def __init__(self, org: Organization, scorer: Scorer | None = None) -> None:
        self._scorer = scorer if scorer is not None else Scorer.shipped(org)
        self._employer = employer_index(org)
        self._phrases: PhraseIndex[str] = PhraseIndex((p, p) for p in PHRASES)
        self._opinions: PhraseIndex[str] = PhraseIndex((p, p) for p in OPINION_MARKERS)

    @staticmethod
    def _is_management(ctx: Context, finding: Finding) -> bool:
        person = ctx.org.find_person(finding.evidence)
        if person is not None:
            return person.role in ("manager", "director")
        words = finding.text.lower().replace("-", " ").split()
        return bool(words) and words[-1] in _MANAGEMENT_NOUNS

    @staticmethod
    def _about_self(post: Post, start: int) -> bool:
        """ "ik ben kapot", "I'm broken": the author's own state, not the service."""
        before = post.lower[max(0, start - 15) : start]
        return any(cue in before for cue in ("ik ben", "ben ik", "i'm", "i am", "voel me", "feel"))

    def _judgements(self, post: Post) -> list[_Judgement]:
        found: list[_Judgement] = []
        opinion: bool | None = None
        for match in self._phrases.find(post):
            if match.payload.split()[0] in SPENDING_PHRASES:
                # "Volgens mij is een eigen app zonde van het geld": a view on spending (position).
                opinion = bool(self._opinions.find(post)) if opinion is None else opinion
                if opinion:
                    continue
            found.append(_Judgement(match.start, match.end, post.tokens[match.first].sentence, match.payload))
        covered = [(j.start, j.end) for j in found]
        tokens = post.tokens
        for index in flagged_indices(post, JUDGEMENT):
            token = tokens[index]
            word = token.lower
            if word in ADVICE_IMPERATIVES and token.sentence_start:
                found.append(_Judgement(token.start, token.end, token.sentence, word))
                continue
            if self._profanity_at_target(post, token.index):
                found.append(_Judgement(token.start, token.end, token.sentence, word))
                continue
            if not (word in WORDS or word in SERVICE_FAILURE or negative(word)):
                continue
            if any(s <= token.start < e for s, e in covered):
                continue
            if word in AMBIGUOUS_FAILURE and self._verb_or_noun(post, token.index):
                continue
            before = [t.lower for t in post.tokens[max(0, token.index - 2) : token.index]]
            if any(b in NEGATIONS for b in before):
                continue
            found.append(_Judgement(token.start, token.end, token.sentence, word))
        found.extend(self._negated_praise(post, covered))
        return found

    @staticmethod
    def _verb_or_noun(post: Post, index: int) -> bool:
        """ "Zoek je een opleiding?", "een stuk beter": not "het pakket is zoek", "sauna al weken stuk"."""
        token = post.tokens[index]
        if token.sentence_start:
            return True
        around = [post.tokens[index - 1].lower]
        if index + 1 < len(post.tokens) and post.tokens[index + 1].sentence == token.sentence:
            around.append(post.tokens[index + 1].lower)
        return any(w in NOT_FAILURE_AROUND for w in around)

    @staticmethod
    def _profanity_at_target(post: Post, index: int) -> bool:
        """ "a shit company", "kuttent", "klotebaas": profanity that names the employer as its object."""
        tokens = post.tokens
        word = tokens[index].lower
        if not (word in PROFANE_WORDS or profane_stem(word)):
            return False
        stem = next((s for s in PROFANE_STEMS if word.startswith(s)), None)
        if stem is None and word not in PROFANE_WORDS:
            return False
        if stem is not None and word[len(stem) :] in PROFANE_TARGET_NOUNS:
            return True
        nxt = index + 1
        if nxt < len(tokens) and tokens[nxt].lower in ("ass", "assed", "y"):
            nxt += 1
        return (
            nxt < len(tokens)
            and tokens[nxt].sentence == tokens[index].sentence
            and tokens[nxt].lower in PROFANE_TARGET_NOUNS
        )

    @staticmethod
    def _about_competitors(post: Post, judgement: _Judgement) -> bool:
        """ "Cheap competitors cut corners": the judgement's subject is another company."""
        return any(
            t.lower in COMPETITOR_WORDS and t.end <= judgement.start
            for t in post.sentence_tokens[judgement.sentence]
        )

    @staticmethod
    def _negated_praise(post: Post, covered: list[tuple[int, int]]) -> list[_Judgement]:
        """ "hasn't had a single good idea", "no clue": a negation a few words before praise."""
        found: list[_Judgement] = []
        for index in post.indices_of(POSITIVE):
            token = post.tokens[index]
            if any(s <= token.start < e for s, e in covered):
                continue
            for k in range(max(0, token.index - 5), token.index):
                other = post.tokens[k]
                if other.sentence != token.sentence:
                    continue
                contracted = other.lower in CONTRACTED_NEGATIONS and post.gap(k).strip() in ("'", "’")
                if other.lower in ("not", "no", "never", "geen", "nooit") or contracted:
                    found.append(_Judgement(other.start, token.end, token.sentence, "negated " + token.lower))
                    break
        return found

    def detect(self, ctx: Context) -> list[Finding]:
        findings = self._rules(ctx)
        return findings or self._model(ctx)

    def _model(self, ctx: Context) -> list[Finding]:
        """The model's finding: the sentence that adds most to a probability above the threshold."""
        post = ctx.post
        features = self._scorer.features(post)
        if features is None or not features.may_judge("damaging"):
            return []
        score = self._scorer.score(post, "damaging")
        if score is None or not score.fires:
            return []
        start, end = post.sentences[min(score.sentence, len(post.sentences) - 1)]
        while start < end and post.text[start].isspace():
            start += 1
        while end > start and post.text[end - 1].isspace():
            end -= 1
        sarcastic = not features.gate.isdisjoint(_SARCASM_CUES)
        reason = ctx.gettext(_REASONS["sarcasm" if sarcastic else "tone"])
        return [
            ctx.finding(
                Category.DAMAGING,
                start,
                end,
                MSG_DAMAGING_MODEL,
                "damaging-model",
                f"p={score.probability:.2f}",
                score.probability,
                reason=reason,
            )
        ]

    def _rules(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        judgements = self._judgements(post)
        insults = post.indices_of(INSULTS)
        if not judgements and not insults:
            return []
        targets: dict[int, str] = {}
        for ref in self._employer.find(post):
            targets.setdefault(ref.sentence, ref.kind)
        for finding in ctx.findings:
            if finding.start is None:
                continue
            kind = None
            if finding.category == Category.CUSTOMER and finding.detector == "relation":
                kind = "customer"
            elif finding.category == Category.COLLEAGUE and self._is_management(ctx, finding):
                kind = "management"
            if kind is not None:
                at = bisect_left(post.token_starts, finding.start)
                if at < len(post.tokens):
                    targets.setdefault(post.tokens[at].sentence, kind)
        if not targets:
            return []
        # "Onze directeur is een clown", "HTG wordt gerund door idioten": an insult of the employer.
        for index in insults:
            token = post.tokens[index]
            insult = targets.get(token.sentence) in _INSULTABLE
            if insult and _aimed_at_author(post, index):
                continue  # "Customer called me an idiot": the author is the one insulted
            if insult and not any(j.start <= token.start < j.end for j in judgements):
                judgements.append(_Judgement(token.start, token.end, token.sentence, token.lower))
        findings: list[Finding] = []
        for judgement in judgements:
            kind = (
                targets.get(judgement.sentence)
                or targets.get(judgement.sentence - 1)
                or targets.get(judgement.sentence + 1)
            )
            if kind is None or self._about_competitors(post, judgement):
                continue
            if judgement.evidence in SERVICE_FAILURE and (
                kind not in ("organization", "offering") or self._about_self(post, judgement.start)
            ):
                continue
            target = ctx.gettext(_TARGET_NAMES[kind])
            findings.append(
                ctx.finding(
                    Category.DAMAGING,
                    judgement.start,
                    judgement.end,
                    MSG_DAMAGING,
                    self.name,
                    judgement.evidence,
                    target=target,
                )
            )
        return findings


def build(org: Organization, scorer: Scorer | None = None) -> DamagingDetector:
    return DamagingDetector(org, scorer)
