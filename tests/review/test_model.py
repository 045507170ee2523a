"""The review model: masking, the shipped weights, reproducible training, inference on a new organization."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediacode.i18n import gettext_for
from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization
from mediacode.org.schema import Category
from mediacode.review import Reviewer
from mediacode.review.detectors import Context, model_findings
from mediacode.review.features import ANCHORS, FeatureExtractor, model_may_judge, name_tokens
from mediacode.review.language import detect_language
from mediacode.review.model.weights import CATEGORIES, load_weights, parse_weights
from mediacode.review.text import prepare
from mediacode.review.training.corpus import LabelledSet, examples_of
from mediacode.review.training.crossval import Settings, feature_words, train
from mediacode.services.demo import create_demo
from tests.conftest import SHARED
from tests.review.conftest import org_folder, policy_yaml

ROOT = Path(__file__).resolve().parents[2]

POLICY = policy_yaml("Zilverberg Brouwerij", ["Zilverberg", "ZBB"], "nl")
PEOPLE = """\
id,name,email,role,department,manager,groups
Z1,Hester Quakkelaar,h.quakkelaar@zilverberg.example,director,Directie,,
Z2,Bram Oudeveld,b.oudeveld@zilverberg.example,manager,Brouwerij,Z1,
Z3,Ilse Kramp,i.kramp@zilverberg.example,employee,Brouwerij,Z2,
Z4,Tobias Wennink,t.wennink@zilverberg.example,employee,Logistiek,Z2,
"""
RELATIONS = """\
name,kind,aliases
Cafe De Gouden Karper,customer,Gouden Karper
Mouterij Hazelaar,supplier,Hazelaar
"""
CONFIDENTIAL = "Project Hopveld\n"
OPINION = "Zilverberg zou veel meer moeten inzetten op alcoholvrij bier, dat is de toekomst van onze markt."
SARCASM = "Echt fijn om bij Zilverberg te werken, roosters weer omgegooid zonder iets te zeggen 🙃"


@pytest.fixture(scope="module")
def brewery(tmp_path_factory: pytest.TempPathFactory) -> Organization:
    files = {
        "policy.yaml": POLICY,
        "people.csv": PEOPLE,
        "relations.csv": RELATIONS,
        "confidential.txt": CONFIDENTIAL,
    }
    return load_organization(org_folder(tmp_path_factory, "zilverberg", files))


def _masked(org: Organization, text: str, author: str = "Z3") -> list[str]:
    post = prepare(text, "nl", org.find_person(author))
    return [word for word, _ in FeatureExtractor(org).masked(post)]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Trots op Zilverberg Brouwerij!", ["<ORG>"], ["zilverberg", "brouwerij"]),
        ("ZBB doet het weer", ["<ORG>"], ["zbb"]),
        ("Ilse Kramp heeft jarig", ["<PERSON>"], ["ilse", "kramp"]),
        ("Koffie met Ilse vandaag", ["<FIRSTNAME>"], ["ilse", "<PERSON>"]),
        ("Bram Oudeveld weet het weer beter", ["<MANAGER>"], ["bram", "oudeveld"]),
        ("Quakkelaar zegt van niet", ["<MANAGER>"], ["quakkelaar"]),
        ("Bier geleverd bij de Gouden Karper", ["<CUSTOMER>"], ["gouden", "karper"]),
        ("Mout van Hazelaar is top", ["<SUPPLIER>"], ["hazelaar"]),
        ("Project Hopveld loopt achter", ["<SECRET>"], ["hopveld"]),
        ("De Logistiek draait vandaag", ["<DEPT>"], ["logistiek"]),
        ("We deden 12 vaten", ["<NUM>"], ["12"]),
        ("Dat kost ons €1.250.000 per jaar", ["<MONEY>"], ["1", "250"]),
        ("Een zilverberg aan werk", ["zilverberg"], ["<ORG>"]),
    ],
)
def test_masking(brewery: Organization, text: str, present: list[str], absent: list[str]) -> None:
    words = _masked(brewery, text)
    for word in present:
        assert word in words, words
    for word in absent:
        assert word not in words, words


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Great transparency, Zilverberg 🙃", ["r:praise&sneer&target", "x:sneer"], ["r:sincere"]),
        ("Mooi werkgeverschap, Zilverberg 🤔", ["r:praise&sneer&target"], ["r:sincere"]),
        ("Trots op Zilverberg, tien jaar vandaag! 🎉", ["r:praise", "r:sincere"], ["r:praise&sneer"]),
        ("Lovely walk on the beach today 🙃", ["r:praise&sneer"], ["r:praise&sneer&target"]),
        (
            "'Klant centraal' zegt de folder van Zilverberg. Maar niemand neemt de telefoon op",
            ["r:claim&contrast&target"],
            [],
        ),
        (
            "Zilverberg's brochure says 'fresh daily'. Meanwhile the crates sit a week in the cold store",
            ["r:claim&contrast&target"],
            [],
        ),
        (
            "Solliciteren bij Zilverberg? Doe het jezelf niet aan",
            ["r:advice&target", "r:elsewhere&target"],
            [],
        ),
        ("Compared to my previous employer, Zilverberg is a slow place", ["r:elsewhere&target"], []),
        ("Wie werkt er eigenlijk nog graag bij Zilverberg?", ["r:question&target"], []),
        ("Lekker gefietst vandaag, wie gaat er mee?", [], ["r:question&target", "r:elsewhere&target"]),
    ],
)
def test_rhetoric_features(brewery: Organization, text: str, present: list[str], absent: list[str]) -> None:
    post = prepare(text, "nl", brewery.find_person("Z3"))
    features = FeatureExtractor(brewery).extract(post).features
    assert set(present) <= features, sorted(f for f in features if f.startswith(("r:", "x:")))
    assert not set(absent) & features


def test_only_the_damaging_model_reads_the_rhetoric_features(brewery: Organization) -> None:
    examples = examples_of(LabelledSet("zilverberg", brewery, _posts()))
    settings = Settings(min_groups=1, min_posts=1)
    assert any(f.startswith("r:") for f in train(examples, "damaging", settings, frozenset()).weights)
    for category in ("position", "colleague"):
        assert not any(f.startswith("r:") for f in train(examples, category, settings, frozenset()).weights)


def test_no_raw_name_reaches_the_features(brewery: Organization) -> None:
    post = prepare(
        "Ilse Kramp en Bram Oudeveld van Zilverberg bij Hazelaar 🙃", "nl", brewery.find_person("Z3")
    )
    features = FeatureExtractor(brewery).extract(post).features
    words = {w for f in features for w in feature_words(f)}
    assert not words & name_tokens(brewery)
    assert {"e:🙃", "role=employee", "lang=nl"} <= features


def _org_folders(tmp_path: Path) -> list[Path]:
    demo = tmp_path / "demo"
    create_demo(demo)
    folders = [demo, ROOT / "bench/data/heldout2/org", SHARED / "eval" / "dev-org"]
    folders += sorted(p for p in (ROOT / "bench/data/train").glob("*") if p.is_dir())
    return [f for f in folders if (f / "policy.yaml").exists()]


def test_shipped_weights_hold_no_organization_words(tmp_path: Path, brewery: Organization) -> None:
    weights = load_weights()
    assert weights is not None, "run make model"
    assert set(weights.categories) == set(CATEGORIES)
    words = {w for f in weights.vocabulary() for w in feature_words(f)}
    orgs = [load_organization(folder) for folder in _org_folders(tmp_path)] + [brewery]
    for org in orgs:
        assert not words & name_tokens(org), org.name
    for model in weights.categories.values():
        assert 0.0 < model.threshold < 1.0


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ('{"format": 1, "categories": {"damaging": {"bias": 0, "threshold": 0.5, "weights": {}}}}', True),
        ('{"format": 2, "categories": {}}', False),
        ('{"format": 1, "categories": {"damaging": {"bias": 0}}}', False),
        ("not json", False),
    ],
)
def test_weights_parse_or_fail_clearly(text: str, ok: bool) -> None:
    from mediacode.errors import MediacodeError

    if ok:
        assert parse_weights(text).get("damaging") is not None
    else:
        with pytest.raises(MediacodeError):
            parse_weights(text)


def _posts() -> tuple[dict[str, object], ...]:
    rows = [
        ("Z3", "Zilverberg weet echt hoe je personeel behandelt 🙃 Weer geen pauze.", ["damaging"]),
        ("Z4", "Geweldig hoor, de zoveelste 'verbetering' van de directie 🙄", ["damaging"]),
        ("Z3", "Trots op ons nieuwe seizoensbier bij Zilverberg!", []),
        ("Z4", "Mooie dag in de brouwerij, lekker gewerkt.", []),
        ("Z2", "Ik vind dat Zilverberg moet investeren in duurzame brouwketels.", ["position"]),
        ("Z1", "Wij moeten onze prijzen verhogen, dat is mijn overtuiging.", ["position"]),
        ("Z2", "Fijne vrijdag allemaal!", []),
        ("Z1", "Trots op het team van Zilverberg vandaag.", []),
    ]
    return tuple({"author": a, "text": t, "categories": c, "verdict": "allowed"} for a, t, c in rows)


def test_training_twice_gives_identical_weights(brewery: Organization) -> None:
    examples = examples_of(LabelledSet("zilverberg", brewery, _posts()))
    settings = Settings(min_groups=1, min_posts=1)
    first = train(examples, "damaging", settings, name_tokens(brewery))
    second = train(examples, "damaging", settings, name_tokens(brewery))
    assert first == second
    assert json.dumps(first.weights, sort_keys=True) == json.dumps(second.weights, sort_keys=True)
    assert not {w for f in first.weights for w in feature_words(f)} & name_tokens(brewery)


@pytest.mark.parametrize(
    ("text", "author", "category", "expected"),
    [
        (
            "Zilverberg weet echt hoe je zijn brouwers moet behandelen 👏👏 Weer geen pauze vandaag.",
            "Z3",
            Category.DAMAGING,
            True,
        ),
        (
            "Echt fijn om bij Zilverberg te werken, roosters weer omgegooid zonder iets te zeggen 🙃",
            "Z4",
            Category.DAMAGING,
            True,
        ),
        ("Trots op ons nieuwe seizoensbier! Proost 🍺", "Z3", Category.DAMAGING, False),
        ("Trots op ons nieuwe seizoensbier! Proost 🍺", "Z3", Category.POSITION, False),
        (
            OPINION,
            "Z2",
            Category.POSITION,
            True,
        ),
        (
            OPINION,
            "Z3",
            Category.POSITION,
            False,
        ),
    ],
)
def test_inference_on_a_new_organization(
    brewery: Organization, text: str, author: str, category: Category, expected: bool
) -> None:
    decision = Reviewer(brewery).review(text, author)
    assert (category in decision.categories) is expected, [
        (f.category, f.detector) for f in decision.findings
    ]


def test_model_findings_have_the_spec_shape(brewery: Organization) -> None:
    reviewer = Reviewer(brewery)
    text = OPINION
    position = [f for f in reviewer.review(text, "Z2").findings if f.category == Category.POSITION]
    assert position and position[0].start is None and position[0].end is None
    text = "Mooie zomer gehad. " + SARCASM
    damaging = [f for f in reviewer.review(text, "Z4").findings if f.category == Category.DAMAGING]
    assert damaging and damaging[0].text.startswith("Echt fijn")
    assert "Dit leest als kleinerend" in damaging[0].explanation or damaging[0].detector == "damaging"


def test_rules_alone_when_the_model_is_off(brewery: Organization) -> None:
    text = "Echt fijn om bij Zilverberg te werken, roosters weer omgegooid zonder iets te zeggen 🙃"
    decision = Reviewer(brewery, use_model=False).review(text, "Z4")
    assert Category.DAMAGING not in decision.categories


@pytest.mark.parametrize(
    ("category", "features", "allowed"),
    [
        ("damaging", {"w:<ORG>", "lex:employer"}, False),
        ("damaging", {"w:<ORG>", "x:sneer"}, True),
        ("damaging", {"lex:negative", "lex:competitor"}, False),
        ("damaging", {"w:<ORG>", "x:target"}, True),
        ("damaging", {"w:<ORG>", "x:target", "lex:negated_negative"}, False),
        ("damaging", {"x:target", "lex:competitor"}, False),
        ("position", {"lex:opinion"}, False),
        ("position", {"lex:opinion", "lex:business"}, True),
    ],
)
def test_the_model_needs_the_evidence_the_spec_demands(
    category: str, features: set[str], allowed: bool
) -> None:
    assert model_may_judge(category, frozenset(features)) is allowed


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ilse en ik hebben de hele nacht de ketels schoongemaakt.", "nl", True),
        ("Ilse taught me how to brew a porter today, hers was perfect.", "en", True),
        ("Mijn dochter Ilse heeft vandaag leren fietsen.", "nl", False),
        ("My daughter Ilse learned to ride her bike today.", "en", False),
        ("Lekker gefietst vandaag langs de rivier.", "nl", False),
        ("Lovely walk on the beach today with the dog.", "en", False),
    ],
)
def test_a_first_name_alone_on_a_new_organization(
    brewery: Organization, text: str, language: str, expected: bool
) -> None:
    """Rules and model together, as the web app calls them: a colleague's first name alone is found
    (by the rules since docs/adr/0125, before that by the model), a daughter or no name at all is not."""
    assert detect_language(text, brewery.language) == language
    decision = Reviewer(brewery).review(text, "Z4")
    found = [f for f in decision.findings if f.category == Category.COLLEAGUE]
    assert bool(found) is expected, [(f.category, f.detector, f.evidence) for f in found]
    if expected:
        assert found[0].text == "Ilse"
    model_alone = [
        f
        for f in model_findings.build(brewery).detect(
            Context(
                prepare(text, language, brewery.find_person("Z4")), brewery, gettext_for(language, "review")
            )
        )
        if f.category == Category.COLLEAGUE
    ]
    if not expected:
        assert not model_alone, "the model must not call a daughter or a walk a colleague"


@pytest.mark.parametrize(
    ("category", "features", "allowed"),
    [
        ("colleague", {"w:<FIRSTNAME>"}, True),
        ("colleague", {"c:role"}, True),
        ("colleague", {"w:<ORG>", "c:kin"}, False),
        ("confidential", {"c:secrecy"}, True),
        ("confidential", {"w:<NUM>", "lex:business"}, False),
        ("personal_data", {"c:health"}, True),
        ("personal_data", {"w:<PERSON>"}, False),
        ("conduct", {"c:profane"}, True),
        ("conduct", {"lex:negative"}, False),
        ("customer", {"w:<CUSTOMER>"}, True),
        ("supplier", {"w:<CUSTOMER>"}, False),
    ],
)
def test_model_findings_need_an_anchor(category: str, features: set[str], allowed: bool) -> None:
    assert model_may_judge(category, frozenset(features)) is allowed


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Ilse is ziek thuis met een burn-out", {"<FIRSTNAME>", "health"}),
        ("What the fuck, idiot", {"profane"}),
        ("Mijn leidinggevende zei het in het overleg", {"role", "meeting"}),
        ("Het wachtwoord is geheim", {"credential"}),
        ("Trots op ons seizoensbier", set()),
    ],
)
def test_cues_and_their_spans(brewery: Organization, text: str, kinds: set[str]) -> None:
    post = prepare(text, "nl", brewery.find_person("Z4"))
    cues = FeatureExtractor(brewery).extract(post).cues
    assert kinds <= {c.kind for c in cues}
    if not kinds:
        assert not [c for c in cues if not c.kind.startswith("<")]
    for cue in cues:
        assert text[cue.start : cue.end].strip()


_GATED = ("damaging", "position", *ANCHORS)


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Echt fijn om bij Zilverberg te werken, roosters weer omgegooid 🙃", {"damaging", "position"}),
        (
            "Ilse is ziek thuis met een burn-out, zei Bram in het overleg",
            {"colleague", "personal_data", "confidential", "damaging"},  # Bram manages: a target
        ),
        ("Project Hopveld: de offerte van Gouden Karper is €48.000", {"confidential", "customer"}),
        ("What the fuck, idiot", {"conduct", "damaging"}),
        ("Wij leveren het beste bier van het land, vind ik", {"position"}),
        ("Het nieuwe rooster is echt waardeloos", {"damaging"}),
        ("Het nieuwe rooster is weer 'geweldig'", {"damaging"}),
        ("Het nieuwe rooster, ZO FIJN", {"damaging"}),
        ("Het nieuwe rooster... tja", {"damaging"}),
        ("Mooie dag bij ZBB", {"damaging", "position"}),  # p:caps
        ("Mooie dag bij zbb", set()),
        # The organization near and no judgement word: the rhetoric may still judge it (ADR 0120).
        ("Tip voor wie bij Zilverberg wil solliciteren: doe het niet", {"damaging", "position"}),
        ("Onze manager was er ook", {"colleague", "position", "damaging"}),  # management near: a target
        ("Hazelaar levert de mout", {"supplier"}),
        ("hazelaar levert de mout", set()),
        ("Lekker gefietst vandaag langs de rivier.", set()),
        ("Lovely walk on the beach today with the dog.", set()),
    ],
)
def test_the_gates_answer_as_the_whole_feature_set(
    brewery: Organization, text: str, judged: set[str]
) -> None:
    """The evidence of a model is looked for before the post is masked, then in ``gate``, and only then
    are the other features made (docs/adr/0130): each step must judge as the whole set would."""
    post = prepare(text, "nl", brewery.find_person("Z2"))
    extractor = FeatureExtractor(brewery)
    whole = extractor.extract(post).features
    gate = extractor.extract(post).gate
    assert gate <= whole
    for category in _GATED:
        expected = model_may_judge(category, whole)
        assert model_may_judge(category, gate) is expected, category
        assert extractor.extract(post).may_judge(category) is expected, category
    assert {c for c in _GATED if model_may_judge(c, whole)} == judged
