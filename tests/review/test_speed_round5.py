"""The speed-ups of docs/adr/0150 (review speed round 5) score and judge as the straightforward code would."""

from __future__ import annotations

import json
import sys
from math import fsum, isclose

import pytest

from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization
from mediacode.review.feature_ids import FeatureTable
from mediacode.review.features import PostFeatures, shouts
from mediacode.review.model.scorer import Scorer
from mediacode.review.model.weights import load_weights, parse_weights
from mediacode.review.text import prepare
from mediacode.review.training.logistic import sigmoid
from tests.conftest import SHARED
from tests.review.conftest import org_folder, policy_yaml

DEV_POSTS = SHARED / "eval" / "posts-dev.jsonl"

PEOPLE = """\
id,name,email,role,department,manager,groups
K1,Marijke Stolwerk,m.stolwerk@kaasmakerij.example,director,Directie,,
K2,Joost Verbrugge,j.verbrugge@kaasmakerij.example,manager,Productie,K1,
K3,Femke Aalbregt,f.aalbregt@kaasmakerij.example,employee,Productie,K2,
"""
RELATIONS = """\
name,kind,aliases
Zuivelhandel Oostkamp,customer,Oostkamp
Stremsel Brouwers,supplier,
"""

POSTS = [
    "Weer een reorganisatie bij Kaasmakerij Ravelijn, de directie snapt er niets van 🙄",
    "Joost heeft me vandaag geholpen met de planning. Top collega!",
    "Ravelijn verkoopt nu ook biologische kaas, dat is de toekomst van onze markt.",
    "Femke is al drie weken ziek, ze heeft een burn-out.",
    "Oostkamp betaalt €12.500 te laat, weer eens.",
    "Mooie fietstocht langs de dijk vandaag.",
    "Lovely walk on the beach today with the dog!!",
    "Our managers at RAVELIJN are clueless... again",
    "Echt fantastisch hoe 'transparant' Ravelijn is. Echt fantastisch hoe 'transparant' Ravelijn is.",
    "1.250.000 kilo kaas in Q3, 4,5% meer dan vorig jaar.",
    "x",
]


@pytest.fixture(scope="module")
def cheese(tmp_path_factory: pytest.TempPathFactory) -> Organization:
    files = {
        "policy.yaml": policy_yaml("Kaasmakerij Ravelijn", ["Ravelijn"], "nl"),
        "people.csv": PEOPLE,
        "relations.csv": RELATIONS,
        "confidential.txt": "Project Korstmos\n",
    }
    return load_organization(org_folder(tmp_path_factory, "ravelijn", files))


def _reference(features: frozenset[str], category: str) -> float:
    """The probability straight from the feature strings and the weights by name."""
    weights = load_weights()
    assert weights is not None
    model = weights.categories[category].linear
    return sigmoid(model.bias + fsum(model.weights.get(f, 0.0) for f in features))


def _known_ids_match(features: PostFeatures, table: FeatureTable) -> frozenset[int]:
    """Assert that the ids of ``features.known`` are those of its string features, whole post and per
    sentence; give the whole post's ids."""
    known, by_sentence = features.known
    assert known == {table.ids[f] for f in features.features if f in table.ids}
    assert by_sentence == tuple(
        frozenset(table.ids[f] for f in sentence if f in table.ids) for sentence in features.by_sentence
    )
    return known


@pytest.mark.parametrize("text", POSTS)
@pytest.mark.parametrize("author", ["K3", "K1", None])
def test_known_ids_are_the_ids_of_the_features_a_model_knows(
    cheese: Organization, text: str, author: str | None
) -> None:
    scorer = Scorer.shipped(cheese)
    weights = load_weights()
    assert weights is not None
    table = FeatureTable.of(weights.vocabulary())
    post = prepare(text, None, cheese.find_person(author) if author else None, cheese.language)
    features = scorer.features(post)
    assert features is not None
    _known_ids_match(features, table)
    for category in weights.categories:
        score = scorer.score(post, category)
        assert score is not None
        assert score.probability == _reference(features.features, category)
        assert isclose(
            score.probability,
            weights.categories[category].linear.probability(features.features),
            abs_tol=1e-12,
        )


@pytest.mark.skipif(not DEV_POSTS.exists(), reason="the shared dev set is not here")
def test_known_ids_on_the_dev_set() -> None:
    org = load_organization(SHARED / "eval" / "dev-org")
    scorer = Scorer.shipped(org)
    weights = load_weights()
    assert weights is not None
    table = FeatureTable.of(weights.vocabulary())
    posts = [json.loads(line) for line in DEV_POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    counted = 0
    for row in posts:
        author = org.find_person(row["author"]) if row["author"] else None
        post = prepare(row["text"], None, author, org.language)
        features = scorer.features(post)
        assert features is not None
        known = _known_ids_match(features, table)
        counted += bool(known)
        for category in weights.categories:
            score = scorer.score(post, category)
            assert score is not None
            assert score.probability == _reference(features.features, category)
    assert counted == len(posts)  # every post has a feature a model knows (its language at least)


@pytest.mark.parametrize(
    ("vocabulary", "unigrams", "bigrams"),
    [
        (["w:kaas", "w:<ORG>", "p:!"], {"kaas", "<ORG>"}, {}),
        (
            ["b:<s> kaas", "b:<ORG> is", "b:<ORG> zit"],
            set(),
            {"<s>": {"kaas"}, "<ORG>": {"is", "zit"}},
        ),
        (["b:odd", "b:a b c", "lex:negative", "role=manager"], set(), {}),  # no pair of two words
        ([], set(), {}),
    ],
)
def test_the_table_finds_words_and_pairs_by_their_words(
    vocabulary: list[str], unigrams: set[str], bigrams: dict[str, set[str]]
) -> None:
    table = FeatureTable.of(vocabulary)
    assert sorted(table.ids) == sorted(set(vocabulary))
    assert sorted(table.ids.values()) == list(range(len(table)))
    assert set(table.unigrams) == unigrams
    assert all(table.ids["w:" + word] == number for word, number in table.unigrams.items())
    assert {first: set(seconds) for first, seconds in table.bigrams.items()} == bigrams
    for first, seconds in table.bigrams.items():
        for second, number in seconds.items():
            assert table.ids["b:" + first + " " + second] == number


def test_dense_weights_follow_the_ids() -> None:
    table = FeatureTable.of(["w:a", "w:b", "p:!"])
    vector = table.dense({"w:b": 0.5, "p:!": -1.0, "w:unknown": 9.0})
    assert len(vector) == 3
    assert vector[table.ids["w:b"]] == 0.5
    assert vector[table.ids["p:!"]] == -1.0
    assert vector[table.ids["w:a"]] == 0.0


def test_a_sentence_repeated_gives_the_first_of_equals(cheese: Organization) -> None:
    """The damaging finding's sentence: exact sums, so a doubled text points at its first copy whatever
    order the features come in."""
    text = "De directie van Ravelijn is echt waardeloos. "
    weights = parse_weights(
        json.dumps(
            {
                "format": 1,
                "categories": {
                    "damaging": {
                        "bias": 0.0,
                        "threshold": 0.5,
                        "weights": {
                            "w:waardeloos": 0.1,
                            "w:directie": 0.2,
                            "w:echt": 0.3,
                            "b:echt waardeloos": 0.7,
                        },
                    }
                },
            }
        )
    )
    scorer = Scorer(cheese, weights)
    post = prepare(text + text + "Verder niks.", "nl", None)
    score = scorer.score(post, "damaging")
    assert score is not None
    assert score.fires
    assert score.sentence == 0
    features = scorer.features(post)
    assert features is not None
    assert features.known[1][0] == features.known[1][1]
    assert features.known[1][2] == frozenset()


@pytest.mark.parametrize(
    ("text", "shouting"),
    [
        ("Het nieuwe rooster, ZO fijn", False),  # two letters: not shouting
        ("Het nieuwe rooster, ZO FIJN!", True),
        ("Mooie dag bij ZBB", True),
        ("Mooie dag bij zbb", False),
        ("Q3 and 2024 and 123456", False),  # numbers and short codes
        ("MKB3D on the roadmap", True),  # capitals with digits
        ("ÉÉN ding", True),
        ("", False),
    ],
)
def test_shouting_is_a_word_of_three_or_more_in_capitals(text: str, shouting: bool) -> None:
    post = prepare(text, "nl", None)
    reference = any(len(t.text) >= 3 and t.text.isupper() and not t.text.isdigit() for t in post.tokens)
    assert shouts(post) is reference is shouting


def test_no_digit_is_cased() -> None:
    """Why ``shouts`` needs no ``isdigit``: a word in capitals has a cased letter, and no digit is one."""
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isdigit() and c.lower() != c.upper()]
    assert not [
        c for c in map(chr, range(sys.maxunicode + 1)) if c.isdigit() and (c.isupper() or c.islower())
    ]
