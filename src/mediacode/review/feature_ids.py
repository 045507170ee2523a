"""The features a model knows, numbered once, so that a post is scored without building feature strings.

A post has some forty features ("w:minder", "b:<ORG> is", "p:!", "lang=nl"); the shipped models
know about 2,000 features in all, and about half of a post's features are among them. Scoring
through strings costs a concatenation, a hash and a set insertion per unigram and per bigram, for
features most of which weigh nothing. A ``FeatureTable`` is made once per model (docs/adr/0150):
every feature a model weighs gets an id, word unigrams are looked up by the masked word itself and
bigrams by their two words, so ``PostFeatures.known`` builds only the ids of features that count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

UNIGRAM = "w:"
BIGRAM = "b:"
SENTENCE_START = "<s>"
"""What a sentence's first bigram pairs its first word with ("b:<s> word")."""


@dataclass(frozen=True, slots=True)
class FeatureTable:
    """Ids of the features of a vocabulary, by name and, for words and word pairs, by their words."""

    ids: dict[str, int]
    """Every feature of the vocabulary by its name; ids run from 0, in the names' sorted order."""
    unigrams: dict[str, int]
    """The id of ``"w:" + word``, by ``word`` (a masked word)."""
    bigrams: dict[str, dict[str, int]]
    """The id of ``"b:" + first + " " + second``, by ``first`` (or ``SENTENCE_START``) and ``second``."""

    @classmethod
    def of(cls, vocabulary: Iterable[str]) -> FeatureTable:
        ids = {name: number for number, name in enumerate(sorted(set(vocabulary)))}
        unigrams: dict[str, int] = {}
        bigrams: dict[str, dict[str, int]] = {}
        for name, number in ids.items():
            if name.startswith(UNIGRAM):
                unigrams[name[len(UNIGRAM) :]] = number
            elif name.startswith(BIGRAM):
                # Masked words hold no space: "b:x y" splits in one place, and a name that does not
                # is no bigram the features can make (it keeps its id by name and is never looked up).
                pair = name[len(BIGRAM) :].split(" ")
                if len(pair) == 2:
                    bigrams.setdefault(pair[0], {})[pair[1]] = number
        return cls(ids, unigrams, bigrams)

    def __len__(self) -> int:
        return len(self.ids)

    def dense(self, weights: dict[str, float]) -> tuple[float, ...]:
        """``weights`` as a vector over this table's ids (0.0 where a feature has no weight)."""
        vector = [0.0] * len(self.ids)
        for name, weight in weights.items():
            number = self.ids.get(name)
            if number is not None:
                vector[number] = weight
        return tuple(vector)
