"""Features of a post that transfer across organizations (docs/adr/0054).

The post is tokenised with the reviewer's own tokeniser; every mention that
belongs to one organization is replaced by a mask before any feature is
made: the organization's name and aliases (``<ORG>``), colleagues
(``<PERSON>``; a first name alone ``<FIRSTNAME>``), managers and directors (``<MANAGER>``), customers
(``<CUSTOMER>``), suppliers (``<SUPPLIER>``), confidential terms
(``<SECRET>``), departments (``<DEPT>``), numbers (``<NUM>``) and amounts of
money (``<MONEY>``). What is left is lower-cased and turned into word
unigrams and bigrams, emoji, punctuation cues, hits of the word lists, the
author's role and the language. A model trained on one organization's posts
therefore learns "sarcasm about <ORG>", never "sarcasm about Veldhuis".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from mediacode.org.organization import Organization
from mediacode.review.cues import Cue, find_cues, has_cue
from mediacode.review.departments import department_words, fold
from mediacode.review.employer import employer_index
from mediacode.review.feature_ids import SENTENCE_START, FeatureTable
from mediacode.review.last_post import last_post
from mediacode.review.lexicon.context_words import COMPETITOR_WORDS
from mediacode.review.lexicon.employer_words import BUSINESS_NOUNS, OPINION_MARKERS, PLURAL_US
from mediacode.review.lexicon.function_words import DUTCH, ENGLISH
from mediacode.review.lexicon.negativity import INSULTS, NEGATIONS, PHRASES, POSITIVE
from mediacode.review.lexicon.people_words import PARTICLES, TITLES
from mediacode.review.lexicon.rhetoric import (
    ADVICE,
    CHEERFUL_EMOJI,
    CLAIM_WORDS,
    CONTRAST,
    ELSEWHERE,
    OUTSIDERS,
    PRAISE,
    SNEER_EMOJI,
)
from mediacode.review.phrase_index import PhraseIndex, PhraseMatch
from mediacode.review.text import Post
from mediacode.review.word_tests import negative_words

MASKS = (
    "<ORG>",
    "<PERSON>",
    "<FIRSTNAME>",
    "<MANAGER>",
    "<CUSTOMER>",
    "<SUPPLIER>",
    "<SECRET>",
    "<DEPT>",
    "<NUM>",
    "<MONEY>",
)
_MONEY_BEFORE = ("€", "$", "£", "eur")
_MONEY_AFTER = frozenset({"euro", "euros", "eur", "k", "m", "mln", "miljoen", "million", "dollar", "dollars"})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NEGATIVE_PHRASES: PhraseIndex[None] = PhraseIndex((p, None) for p in PHRASES)
_OPINION_MARKERS: PhraseIndex[None] = PhraseIndex((p, None) for p in OPINION_MARKERS)
_ELSEWHERE: PhraseIndex[None] = PhraseIndex((p, None) for p in ELSEWHERE)
_CHEERFUL = frozenset("e:" + e for e in CHEERFUL_EMOJI)
_QUOTED = re.compile(r"[\"“”'‘’]\w[\w\s-]{0,20}[\"“”'‘’]")
_TARGET_MASKS = frozenset({"<ORG>", "<MANAGER>"})
_SARCASM = frozenset({"e:" + e for e in SNEER_EMOJI} | {"p:..."})
_SARCASM_CHARACTERS = tuple(sorted(c[2:] for c in _SARCASM if c.startswith("e:")))
_INDEX_MASKS = frozenset(
    {"<ORG>", "<PERSON>", "<FIRSTNAME>", "<MANAGER>", "<CUSTOMER>", "<SUPPLIER>", "<SECRET>"}
)
"""The masks of ``FeatureExtractor._index`` (numbers, amounts and departments are masked word by word)."""
_ORG_MASK = frozenset({"<ORG>"})
_NON_NAME = DUTCH | ENGLISH | PARTICLES | TITLES
PERSON_MASKS = frozenset({"<PERSON>", "<FIRSTNAME>", "<MANAGER>"})
_CUE_MASKS = PERSON_MASKS | {"<CUSTOMER>", "<SUPPLIER>", "<SECRET>", "<MONEY>"}
_WINDOW = 3
_START = attrgetter("start")
"""Words this close to a person mask are paired with it ("m:<FIRSTNAME>~ziek")."""


def name_tokens(org: Organization) -> frozenset[str]:
    """The lower-case words that belong to ``org``: names, aliases, people, relations, terms.

    Particles and function words ("van", "de", "the") are left out: they are
    shared by every language, not by one organization.
    """
    phrases: list[str] = [org.name, *org.policy.organization.aliases]
    phrases += [p.name for p in org.people]
    phrases += [n for r in org.relations for n in r.names]
    phrases += [t.term for t in org.confidential_terms]
    found: set[str] = set()
    for phrase in phrases:
        for word in re.findall(r"\w+", phrase.lower()):
            if len(word) >= 3 and not word.isdigit() and word not in _NON_NAME:
                found.add(word)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class _Mask:
    label: str
    case: str
    """``any``, ``capital`` (first letter upper case) or ``upper`` (all capitals: short aliases)."""


def _case_of(name: str) -> str:
    letters = "".join(c for c in name if c.isalpha())
    return "upper" if letters.isupper() and len(letters) <= 5 else "capital"


_Word = tuple[str, int, int, int, str]
"""A masked word: the word or mask, its sentence, start, end and, for a number, its digits ("" otherwise).
A plain tuple: a post makes one per word, and a tuple costs a fraction of an object's ``__init__``."""


def _shape(raw: str) -> str:
    digits = [c for c in raw if c.isdigit()]
    lead = "0" if digits[:1] == ["0"] else ""
    return f"n:{lead}d{min(len(digits), 10)}"


class PostFeatures:
    """The features of the whole post and, per sentence, the word features it contributed.

    Made piece by piece as the detectors ask (docs/adr/0130): ``may_judge`` first tries the few
    words and signs a model's evidence needs, and gives up without masking the post when none is
    there; ``gate`` (what ``model_may_judge`` reads: the cues of the whole post, the masks and the
    cue kinds, each as in ``features``) comes next; ``features``, ``by_sentence`` and ``cues`` only
    for a post that is scored. Most posts give no model any evidence.
    """

    __slots__ = (
        "_done",
        "_extractor",
        "_found",
        "_gate",
        "_known",
        "_placed",
        "_post",
        "_post_cues",
        "_spans",
    )

    def __init__(self, extractor: FeatureExtractor, post: Post) -> None:
        self._extractor = extractor
        self._post = post
        self._spans: list[_Word] | None = None
        self._found: list[Cue] | None = None
        self._post_cues: set[str] | None = None
        self._gate: frozenset[str] | None = None
        self._done: tuple[frozenset[str], tuple[frozenset[str], ...]] | None = None
        self._placed: tuple[Cue, ...] | None = None
        self._known: tuple[frozenset[int], tuple[frozenset[int], ...]] | None = None

    def _parts(self) -> tuple[list[_Word], list[Cue], set[str]]:
        """The masked words, the lexicon cues and the cues of the whole post (made once, in this order)."""
        spans, found, post_cues = self._spans, self._found, self._post_cues
        if spans is None:
            spans = self._spans = self._extractor.masked_spans(self._post)
        if found is None:
            found = self._found = find_cues(self._post)
        if post_cues is None:
            post_cues = self._post_cues = self._extractor._cues(self._post, [w[0] for w in spans])
        return spans, found, post_cues

    @property
    def gate(self) -> frozenset[str]:
        gate = self._gate
        if gate is not None:
            return gate
        spans, found, post_cues = self._parts()
        made = set(post_cues)
        for item in spans:
            word = item[0]
            if word[0] == "<":
                made.add("w:" + word)
        for cue in found:
            made.add("c:" + cue.kind)
        gate = self._gate = frozenset(made)
        return gate

    def may_judge(self, category: str) -> bool:
        """``model_may_judge(category, self.gate)``, without masking a post that cannot hold the
        evidence ``category`` needs.

        Each test below is necessary, never sufficient, and reads the words of the post rather than
        their masks: a masked word is a token's lower case or a mask, no mask is a negative,
        insulting, business or "we" word, and a mask of the index needs a match that fits its case.
        """
        post, extractor = self._post, self._extractor
        if category == "damaging":
            # A judgement, or the organization or its management near (the rhetoric may judge it).
            if (
                not _may_judge_damaging(post)
                and not extractor._employer.find(post)
                and not extractor.may_mask(post, _TARGET_MASKS)
            ):
                return False
        elif category == "position":
            words = post.lower_words
            if (
                words.isdisjoint(BUSINESS_NOUNS)
                and words.isdisjoint(PLURAL_US)
                and not extractor._employer.find(post)
                and not extractor.may_mask(post, _ORG_MASK)
            ):
                return False
        elif category in _INDEX_ANCHORS:
            masks, kinds = _INDEX_ANCHORS[category]
            found = self._found
            cue = has_cue(post, kinds) if found is None else any(c.kind in kinds for c in found)
            if not cue and not extractor.may_mask(post, masks):
                return False
        return model_may_judge(category, self.gate)

    @property
    def features(self) -> frozenset[str]:
        return (self._done or self._complete())[0]

    @property
    def by_sentence(self) -> tuple[frozenset[str], ...]:
        return (self._done or self._complete())[1]

    @property
    def cues(self) -> tuple[Cue, ...]:
        """Lexicon cues and masked mentions with their place: what a model finding points at."""
        placed = self._placed
        if placed is None:
            spans, found, _ = self._parts()
            mentions = [Cue(w[0], w[1], w[2], w[3]) for w in spans if w[0] in _CUE_MASKS]
            placed = self._placed = tuple(sorted((*found, *mentions), key=_START))
        return placed

    @property
    def known(self) -> tuple[frozenset[int], tuple[frozenset[int], ...]]:
        """The ids in the extractor's ``FeatureTable`` of ``features`` and of each of ``by_sentence``
        (the features no model knows left out), made without the feature strings of words."""
        known = self._known
        if known is None:
            known = self._known = self._number()
        return known

    def _complete(self) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
        """Every feature: of the whole post and of each sentence."""
        post = self._post
        spans, cues, post_cues = self._parts()
        per = _context(spans, cues, len(post.sentences))
        last = len(per) - 1
        previous_word = ""
        previous_sentence = -1  # no word yet: every sentence number is >= 0
        for word, sentence, _, _, _ in spans:
            bucket = per[sentence if sentence < last else last]
            bucket.add("w:" + word)
            if previous_sentence == sentence:
                bucket.add("b:" + previous_word + " " + word)
            else:
                bucket.add("b:<s> " + word)
            previous_word = word
            previous_sentence = sentence
        features: set[str] = set().union(*per) if per else set()
        features |= post_cues
        features.update(_post_wide(post))
        done = (frozenset(features), tuple(frozenset(s) for s in per))
        self._done = done
        return done

    def _number(self) -> tuple[frozenset[int], tuple[frozenset[int], ...]]:
        """``known``: as ``_complete``, with a word's unigram and bigram looked up by its words."""
        table = self._extractor.table
        post = self._post
        spans, cues, post_cues = self._parts()
        ids = table.ids
        per = [
            {ids[f] for f in context if f in ids} for context in _context(spans, cues, len(post.sentences))
        ]
        last = len(per) - 1
        unigrams = table.unigrams
        bigrams = table.bigrams
        previous_word = SENTENCE_START
        previous_sentence = -1
        for word, sentence, _, _, _ in spans:
            bucket = per[sentence if sentence < last else last]
            number = unigrams.get(word)
            if number is not None:
                bucket.add(number)
            if previous_sentence != sentence:
                previous_word = SENTENCE_START
            following = bigrams.get(previous_word)
            if following is not None:
                number = following.get(word)
                if number is not None:
                    bucket.add(number)
            previous_word = word
            previous_sentence = sentence
        features: set[int] = set().union(*per) if per else set()
        features.update(ids[f] for f in post_cues if f in ids)
        features.update(ids[f] for f in _post_wide(post) if f in ids)
        return frozenset(features), tuple(map(frozenset, per))


def _context(spans: list[_Word], cues: list[Cue], sentence_count: int) -> list[set[str]]:
    """Per sentence, the features other than its words: number shapes, words near a person mask,
    cue kinds and cue kinds in a sentence with a person (a post's last sentence takes any beyond it)."""
    last = sentence_count - 1
    per: list[set[str]] = [set() for _ in range(sentence_count)]
    people: set[int] = set()
    for index, item in enumerate(spans):
        word, sentence, _, _, raw = item
        if not raw and word not in PERSON_MASKS:
            continue  # most words: neither a number nor a person
        bucket = per[min(sentence, last)]
        if raw:
            bucket.add(_shape(raw))
        if word in PERSON_MASKS:
            people.add(sentence)
            for other in spans[max(0, index - _WINDOW) : index + _WINDOW + 1]:
                if other is not item and other[1] == sentence:
                    bucket.add("m:" + word + "~" + other[0])
    for cue in cues:
        bucket = per[min(cue.sentence, last)]
        bucket.add("c:" + cue.kind)
        if cue.sentence in people:
            bucket.add("x:" + cue.kind + "&person")
    return per


def _post_wide(post: Post) -> tuple[str, str]:
    """The author's role and the language: features of the whole post."""
    author = post.author
    return "role=" + (author.role if author is not None else "unknown"), "lang=" + post.language


class FeatureExtractor:
    """Built once per organization: the phrase index of everything to mask."""

    def __init__(self, org: Organization, table: FeatureTable | None = None) -> None:
        self.table = table if table is not None else FeatureTable.of(())
        """The features ``PostFeatures.known`` numbers (those of the model that reads them)."""
        self._index: PhraseIndex[_Mask] = PhraseIndex()
        self._matches: Callable[[Post], list[PhraseMatch[_Mask]]] = last_post(self._index.find)
        """``self._index.find(post)``, found once per post: ``may_mask`` is asked for several categories
        of a post, then ``masked_spans`` (read it, never change it)."""
        self._employer = employer_index(org)
        for name in (org.name, *org.policy.organization.aliases):
            self._index.add(name, _Mask("<ORG>", _case_of(name)))
        for relation in org.relations:
            label = "<CUSTOMER>" if relation.kind == "customer" else "<SUPPLIER>"
            for name in relation.names:
                self._index.add(name, _Mask(label, _case_of(name)))
        for term in org.confidential_terms:
            self._index.add(term.term, _Mask("<SECRET>", "any"))
        departments: set[str] = set()
        for person in org.people:
            label = "<MANAGER>" if person.role in ("manager", "director") else "<PERSON>"
            self._index.add(person.name, _Mask(label, "capital"))
            words = [w for w in re.findall(r"\w+", person.name) if w.lower() not in _NON_NAME]
            for number, word in enumerate(words[:1] + words[-1:]):
                if len(word) >= 3:
                    alone = "<FIRSTNAME>" if label == "<PERSON>" and number == 0 else label
                    self._index.add(word, _Mask(alone, "capital"))
            if person.department:
                departments |= department_words(person.department)
        self._departments = frozenset(d for d in departments if len(d) >= 3)

    def masked(self, post: Post) -> list[tuple[str, int]]:
        """The post's words, lower case, org-specific ones replaced by masks, with their sentence."""
        return [(w[0], w[1]) for w in self.masked_spans(post)]

    def masked_spans(self, post: Post) -> list[_Word]:
        """As ``masked``, with each word's character span (a mask spans the whole mention)."""
        tokens = post.tokens
        spans: dict[int, tuple[int, str]] = {}
        for match in self._matches(post):
            if match.first in spans:
                continue
            first = tokens[match.first]
            case = match.payload.case
            if case == "upper" and not first.text.isupper():
                continue
            if case == "capital" and not first.is_capitalised:
                continue
            spans[match.first] = (match.last, match.payload.label)
        out: list[_Word] = []
        i = 0
        count = len(tokens)
        text = post.text
        while i < count:
            token = tokens[i]
            hit = spans.get(i)
            if hit is not None:
                out.append((hit[1], token.sentence, token.start, tokens[hit[0]].end, ""))
                i = hit[0] + 1
                continue
            word = token.lower
            if word[:1].isdigit():
                before = text[max(0, token.start - 4) : token.start].lower()
                nxt = tokens[i + 1].lower if i + 1 < count else ""
                money = before.rstrip().endswith(_MONEY_BEFORE) or nxt in _MONEY_AFTER
                label = "<MONEY>" if money else "<NUM>"
                # 1.250.000 or 4,5: one number, not three.
                while i + 1 < count and tokens[i + 1].lower[:1].isdigit() and post.gap(i) in (".", ","):
                    i += 1
                if out and out[-1][0] == label:
                    i += 1
                    continue
                out.append(
                    (label, token.sentence, token.start, tokens[i].end, text[token.start : tokens[i].end])
                )
            elif token.text[:1].isupper() and fold(word) in self._departments:
                out.append(("<DEPT>", token.sentence, token.start, token.end, ""))
            else:
                out.append((word, token.sentence, token.start, token.end, ""))
            i += 1
        return out

    def extract(self, post: Post) -> PostFeatures:
        """The features of ``post``, each piece made when first asked for."""
        return PostFeatures(self, post)

    def may_mask(self, post: Post, labels: frozenset[str]) -> bool:
        """Whether ``masked_spans`` may give one of ``labels`` (masks of the index): a match that fits."""
        tokens = post.tokens
        for match in self._matches(post):
            mask = match.payload
            if mask.label not in labels:
                continue
            if mask.case == "upper" and not tokens[match.first].text.isupper():
                continue
            if mask.case == "capital" and not tokens[match.first].is_capitalised:
                continue
            return True
        return False

    def _cues(self, post: Post, words: list[str]) -> set[str]:
        text = post.text
        cues: set[str] = set()
        for char in _NON_ASCII.findall(text):
            if unicodedata.category(char) == "So":
                cues.add("e:" + char)
        if "?" in text:
            cues.add("p:?")
        if "!" in text:
            cues.add("p:!")
        if "!!" in text or "?!" in text or "!?" in text:
            cues.add("p:!!")
        if "..." in text or "…" in text:
            cues.add("p:...")
        if _QUOTED.search(text):
            cues.add("p:quote")
        if shouts(post):
            cues.add("p:caps")
        seen = set(words)
        negatives = negative_words(post)
        for index, word in enumerate(words) if not seen.isdisjoint(negatives) else ():
            if word in negatives:
                negated = any(w in NEGATIONS for w in words[max(0, index - 2) : index])
                cues.add("lex:negated_negative" if negated else "lex:negative")
        if not seen.isdisjoint(COMPETITOR_WORDS):
            cues.add("lex:competitor")
        if _NEGATIVE_PHRASES.find(post):
            cues.add("lex:negative_phrase")
        if not seen.isdisjoint(INSULTS):
            cues.add("lex:insult")
        if not seen.isdisjoint(NEGATIONS):
            cues.add("lex:negation")
        if not seen.isdisjoint(POSITIVE):
            cues.add("lex:positive")
        if not seen.isdisjoint(BUSINESS_NOUNS):
            cues.add("lex:business")
        if not seen.isdisjoint(PLURAL_US):
            cues.add("lex:we")
        if _OPINION_MARKERS.find(post):
            cues.add("lex:opinion")
        for ref in self._employer.find(post):
            cues.add("lex:employer")
            cues.add("lex:employer_" + ref.kind)
        # Pairs: a sneer or a negative word means little alone and much when the employer is near.
        target = "lex:employer" in cues or not seen.isdisjoint(_TARGET_MASKS)
        sneer = not cues.isdisjoint(_SARCASM) or "p:quote" in cues
        if target:
            cues.add("x:target")
            if sneer:
                cues.add("x:sneer&target")
            if "lex:negative" in cues or "lex:negative_phrase" in cues:
                cues.add("x:negative&target")
            if "lex:insult" in cues:
                cues.add("x:insult&target")
        if sneer:
            cues.add("x:sneer")
        cues |= self._rhetoric(post, seen, cues, target, sneer)
        return cues

    @staticmethod
    def _rhetoric(post: Post, seen: set[str], cues: set[str], target: bool, sneer: bool) -> set[str]:
        """Disparagement without a strong word (docs/adr/0120): sarcastic praise, claim against
        reality, a warning to outsiders, pointing elsewhere; each paired with the employer near."""
        found: set[str] = set()
        praise = not seen.isdisjoint(PRAISE)
        cheer = not cues.isdisjoint(_CHEERFUL)
        negative = "lex:negative" in cues or "lex:negative_phrase" in cues
        if praise:
            found.add("r:praise")
            if sneer:
                found.add("r:praise&sneer")
        if cheer:
            found.add("r:cheer")
            if not sneer and not negative:
                found.add("r:sincere")
        claim = "p:quote" in cues or not seen.isdisjoint(CLAIM_WORDS)
        if claim and not seen.isdisjoint(CONTRAST):
            found.add("r:claim&contrast")
        if _ELSEWHERE.find(post):
            found.add("r:elsewhere")
        if not seen.isdisjoint(OUTSIDERS) or not seen.isdisjoint(ADVICE):
            found.add("r:advice")
        if target:
            for cue in ("r:praise&sneer", "r:claim&contrast", "r:elsewhere", "r:advice"):
                if cue in found:
                    found.add(cue + "&target")
            if "p:?" in cues:
                found.add("r:question&target")
        return found


_JUDGEMENT_CUES = frozenset(
    {"lex:negative", "lex:negative_phrase", "lex:insult", "x:sneer", "p:quote", "p:!!", "p:caps"}
)
_DAMAGING_EVIDENCE = _JUDGEMENT_CUES | {"x:target"}
_BUSINESS_CUES = frozenset({"lex:employer", "w:<ORG>", "lex:business", "lex:we"})


ANCHORS: dict[str, tuple[str, ...]] = {
    "colleague": ("<PERSON>", "<FIRSTNAME>", "<MANAGER>", "role"),
    "customer": ("<CUSTOMER>", "served"),
    "supplier": ("<SUPPLIER>",),
    "confidential": ("<SECRET>", "secrecy", "reorg", "meeting", "credential", "<MONEY>"),
    "personal_data": ("health", "salary", "discipline"),
    "conduct": ("profane", "insult"),
}
"""What a model finding of each category hinges on: masked mentions and cue kinds (docs/adr/0054)."""


def _anchor_features(category: str) -> frozenset[str]:
    return frozenset(("w:" if kind.startswith("<") else "c:") + kind for kind in ANCHORS[category])


_ANCHOR_FEATURES = {category: _anchor_features(category) for category in ANCHORS}
_INDEX_ANCHORS = {
    category: (frozenset(a for a in anchors if a[0] == "<"), frozenset(a for a in anchors if a[0] != "<"))
    for category, anchors in ANCHORS.items()
    if _INDEX_MASKS.issuperset(a for a in anchors if a[0] == "<")
}
"""The categories whose anchor masks all come from the index, with those masks and their cue kinds."""


def model_may_judge(category: str, features: frozenset[str]) -> bool:
    """Whether the model may give ``category`` at all: the evidence the spec demands must be there.

    ``damaging`` needs some judgement (a negative word, an insult, a sneer, scare quotes) and no
    competitor as subject; ``position`` needs the business as subject (the organization, "we",
    a business word). A mention of the organization alone is neither. Every other category
    needs one of its ``ANCHORS`` (a colleague's name or a role noun for ``colleague``, a
    profanity or insult for ``conduct``...), which is also the span of its finding.
    """
    if category == "damaging":
        if "lex:competitor" in features:
            return False
        if features & _JUDGEMENT_CUES:
            return True
        # The organization near and no sneer: the rhetoric may still judge it, unless the only
        # judgement is a negated one ("niet slecht", "not bad"), which is praise.
        return "x:target" in features and "lex:negated_negative" not in features
    if category == "position":
        return bool(features & _BUSINESS_CUES)
    anchors = _ANCHOR_FEATURES.get(category)
    return anchors is None or bool(features & anchors)


def _may_judge_damaging(post: Post) -> bool:
    """Whether one of ``_JUDGEMENT_CUES`` may be among the cues of ``post`` (see ``_cues``)."""
    text = post.text
    if "!!" in text or "?!" in text or "!?" in text or "..." in text:
        return True  # p:!!, or p:... (a sneer)
    words = post.lower_words
    if not words.isdisjoint(INSULTS):
        return True
    if not text.isascii() and ("…" in text or any(c in text for c in _SARCASM_CHARACTERS)):
        return True  # p:... or a sarcastic emoji (a sneer)
    if _QUOTED.search(text):
        return True
    if shouts(post):
        return True
    if negative_words(post):
        return True
    return bool(_NEGATIVE_PHRASES.find(post))


def shouts(post: Post) -> bool:
    """Whether a word of three characters or more is written in capitals (the cue ``p:caps``).

    One loop for ``_cues`` and ``_may_judge_damaging`` (a ``filter(str.isupper, ...)`` in C cost more
    instructions than this loop, which stops at the first). ``isdigit`` is not asked: a word in
    capitals has a cased letter, and no digit is cased (checked over every code point in the tests)."""
    for token in post.tokens:
        shout = token.text
        if len(shout) >= 3 and shout.isupper():
            return True
    return False
