"""Customers and suppliers of ``relations.csv``, named in a post, and public arguments with a customer.

A name that is also an everyday word ("Shell", "Exact") counts only when it
is written as a name: with a capital where no sentence starts, in capitals,
as part of a longer name ("Shell Nederland") or as a hashtag. A short name
in capitals ("AH", "DAF") must be written in capitals. Other names count in
any case ("coolblue"), with a possessive or plural ending ("DAF's", "Rexels levertijden").
A hashtag, a handle or a web address names the company in any case ("#wavin", "@rexel",
"rexel.nl"), and a name of several words may be written as one hashtag ("#TechnischeUnie").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mediacode.org.organization import Organization
from mediacode.org.relations import Relation
from mediacode.org.schema import Category
from mediacode.review.detectors import Context
from mediacode.review.finding import Finding
from mediacode.review.lexicon.common_words import COMMON_WORDS
from mediacode.review.lexicon.context_words import FINITE_VERBS, PLURAL_VERBS
from mediacode.review.lexicon.demeaning import INSULT_NOUNS, NAME_CALLING
from mediacode.review.lexicon.function_words import DUTCH, ENGLISH
from mediacode.review.lexicon.people_words import KIN
from mediacode.review.lexicon.personal_words import SERVED_PEOPLE
from mediacode.review.phrase_index import PhraseIndex, phrase_parts
from mediacode.review.text import Post
from mediacode.review.word_tests import negative, profane_stem
from mediacode.review.work_context import WorkContext, used_as_name

MSG_CUSTOMER = (
    "'{text}' is a customer of {org}. The code asks you to be careful when writing about customers."
)
MSG_SUPPLIER = (
    "'{text}' is a supplier of {org}. The code asks you to be careful when writing about suppliers."
)
MSG_DISPUTE = (
    "'{text}': the post discusses a customer in public. "
    "The code asks you not to discuss or argue with customers in public."
)

_FUNCTION_WORDS = DUTCH | ENGLISH

_CUSTOMER_NOUNS = frozenset(
    {"klant", "customer", "client", "opdrachtgever", "afnemer", "klantje", "buyer", "koper"}
)
_SERVED_AT_WORK = SERVED_PEOPLE - _CUSTOMER_NOUNS
"""Patients, guests, residents, passengers: the customers of a hospital, hotel or carrier, but only
in a post set at work (a guest at one's own party is no customer)."""
_PLURAL_CUSTOMERS = frozenset(
    {"klanten", "customers", "clients", "cliënten", "opdrachtgevers", "afnemers", "buyers", "kopers"}
)
_PLURAL_SERVED = frozenset(
    {"patiënten", "patients", "gasten", "guests", "bewoners", "residents", "passagiers", "passengers"}
)
"""Customers as a group: discussed in public when the sentence judges or quarrels with them."""
_CUSTOMER_WORDS = _CUSTOMER_NOUNS | _SERVED_AT_WORK | _PLURAL_CUSTOMERS | _PLURAL_SERVED
"""The words ``_customer_in_public`` acts on: it visits these tokens only."""
_PLURAL_OPENERS = frozenset({"onze", "our", "de", "the", "die", "those", "deze", "these", "sommige", "some"})
_SINGULAR = frozenset(
    {"een", "a", "de", "the", "die", "that", "deze", "this", "onze", "our", "one", "één", "ene", "some"}
)
_DISPUTE = frozenset(
    [
        "discussie",
        "gediscussieerd",
        "ruzie",
        "gedoe",
        "conflict",
        "gezeur",
        "zeuren",
        "zeurde",
        "boos",
        "kwaad",
        "klaagde",
        "klacht",
        "klachten",
        "geschreeuw",
        "schreeuwde",
        "scheldde",
        "weigerde",
        "weigert",
        "betalen",
        "schade",
        "argument",
        "argued",
        "arguing",
        "dispute",
        "complained",
        "complaint",
        "yelled",
        "shouting",
        "shouted",
        "angry",
        "rude",
        "refused",
        "refuses",
        "pay",
        "damage",
        "blame",
        "schuld",
        "bonje",
        "woordenwisseling",
        "gesprek",
        "gesproken",
        "sprak",
        "praatje",
        "spoke",
        "talked",
        "conversation",
        "chat",
        "belde",
        "called",
        "told",
        "vertelde",
        "argued",
        "heated",
        "verhit",
        "tierde",
        "scolded",
        "screamed",
        "threatened",
        "threatening",
        "threatens",
        "dreigde",
        "dreigt",
    ]
)


@dataclass(frozen=True, slots=True)
class _Name:
    relation: Relation
    written: str
    ambiguous: bool
    """An everyday word as well as a name."""
    capitals: bool
    """Must be written in capitals."""
    plain: bool
    """One short ordinary-looking word ("Crust", "Boon"): maybe an everyday word the lists do not hold."""
    capitalised: tuple[bool, ...]
    """Per word of the name, whether the relation writes it with a capital."""
    genitive: bool = False
    """The name with a Dutch possessive or plural "s" and no apostrophe ("Rexels levertijden")."""


def _classify(relation: Relation, written: str) -> _Name:
    words, _ = phrase_parts(written)
    letters = "".join(c for c in written if c.isalpha())
    capitals = letters.isupper() and len(letters) <= 4
    ambiguous = (
        len(words) == 1
        and not capitals
        and "." not in written
        and (words[0] in COMMON_WORDS or words[0] in KIN or len(words[0]) <= 3)
    )
    # Short words are the everyday ones ("Crust", "Boon", "Vonk"); a long one-word name is mostly an
    # invented compound ("Polarcool") that is a name wherever it stands.
    plain = (
        len(words) == 1
        and len(written) <= 6
        and written.isalpha()
        and written[:1].isupper()
        and written[1:].islower()
    )
    capitalised = tuple(w[:1].isupper() for w in written.split())
    if len(capitalised) != len(words):
        capitalised = ()
    return _Name(relation, written, ambiguous, capitals, plain, capitalised)


def _genitive(written: str) -> str | None:
    """ "Rexel" → "Rexels": the form a Dutch possessive or an English plural takes without an
    apostrophe, for names whose last word could not already end so."""
    last = written.split()[-1] if written.split() else ""
    if len(last) < 4 or not last.isalpha() or last[-1].lower() in "sxz":
        return None
    return written + "s"


_TLDS = frozenset({"nl", "com", "be", "de", "eu", "org", "net", "io", "co", "uk", "fr", "shop"})


def _web_address(post: Post, last: int) -> bool:
    """ "rexel.nl", "shell.com": the name as a web address, a name even when it is an everyday word."""
    tokens = post.tokens
    return last + 1 < len(tokens) and post.gap(last) == "." and tokens[last + 1].lower in _TLDS


def _marked_as_name(post: Post, first: int, last: int, name: _Name) -> bool:
    """ "#wavin", "@rexel", "rexel.nl": a hashtag, a handle or a web address is a name whatever its
    case; a hashtag of an everyday word ("#shell" on a beach) only with its capital."""
    if _web_address(post, last):
        return True
    return post.before(first)[-1:] in ("#", "@") and (not name.ambiguous or post.tokens[first].is_capitalised)


def _genitive_used(post: Post, first: int, last: int) -> bool:
    """ "Rexels levertijden", "Daikins nieuwste model": written with its capital and followed by a
    word in lower case of the same sentence that is no verb ("Kwikstaarts zijn" is the bird)."""
    tokens = post.tokens
    if not tokens[first].is_capitalised or last + 1 >= len(tokens) or post.gap(last) != " ":
        return False
    nxt = tokens[last + 1]
    if nxt.sentence != tokens[last].sentence or nxt.is_capitalised or not nxt.text.isalpha():
        return False
    return nxt.lower not in FINITE_VERBS and nxt.lower not in PLURAL_VERBS


def _lower_case_word(post: Post, first: int, last: int, name: _Name) -> bool:
    """ "de echte smaakmakers", "twintig reigers", "Het baken van het eiland", "de linde op het plein":
    a name written with capitals, found with none where it counts, is the everyday word it was made
    of. Only the first word may owe its capital to the start of a sentence."""
    if not any(name.capitalised) or "." in name.written or name.written.isupper():
        return False
    tokens = post.tokens[first : last + 1]
    if len(tokens) != len(name.capitalised):
        return False
    for k, (token, capital) in enumerate(zip(tokens, name.capitalised, strict=True)):
        if not capital:
            continue
        if token.is_capitalised and not (k == 0 and token.sentence_start and len(tokens) > 1):
            return False
    return True


def _named_further(post: Post, last: int) -> bool:
    """ "Daikin Europe heeft ...", "Wavin Nederland": a capitalised word after a space, inside the
    sentence, makes the two one longer name."""
    tokens = post.tokens
    if last + 1 >= len(tokens) or post.gap(last) != " ":
        return False
    nxt = tokens[last + 1]
    return nxt.is_capitalised and not nxt.sentence_start and nxt.sentence == tokens[last].sentence


def _possessive(post: Post, first: int, last: int) -> bool:
    """ "Shell's profits", "Acme's outage": a capitalised word that owns something, without an article
    before it, is a name ("the shell's colour" is not)."""
    tokens = post.tokens
    return (
        post.gap(last).strip() in ("'", "’")
        and last + 1 < len(tokens)
        and tokens[last + 1].lower == "s"
        and not (first > 0 and tokens[first - 1].lower in _DETERMINERS)
    )


def _located(post: Post, last: int) -> bool:
    """ "Boon in Tilburg", "Baxter from Leeds": a name with its town is a business or a person."""
    tokens = post.tokens
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].lower in ("in", "uit", "from", "te")
        and tokens[last + 2].is_capitalised
        and not tokens[last + 2].sentence_start
    )


_PLACE_PREPOSITIONS = frozenset(
    {"bij", "van", "naar", "via", "met", "voor", "at", "from", "to", "with", "for"}
)


_DETERMINERS = frozenset(
    {
        "de",
        "het",
        "een",
        "the",
        "a",
        "an",
        "onze",
        "ons",
        "mijn",
        "m'n",
        "jullie",
        "our",
        "my",
        "your",
        "their",
    }
)


def _ordinary_noun(post: Post, first: int, last: int) -> bool:
    """ "het fundament van onze schuur", "a pebble": one word in lower case after an article or a
    possessive is the everyday noun, unless a preposition makes it a place ("bij de lidl")."""
    tokens = post.tokens
    token = tokens[first]
    return (
        first == last
        and first > 0
        and not token.is_capitalised
        and tokens[first - 1].lower in _DETERMINERS
        and tokens[first - 1].sentence == token.sentence
        and not _as_place(post, first)
    )


def _measure(post: Post, first: int, last: int) -> bool:
    """ "Windkracht 8 on the way home", "Level 3 done": a word at a sentence start followed by a
    number is a measure or a step, not a company."""
    tokens = post.tokens
    return (
        first == last
        and tokens[first].sentence_start
        and last + 1 < len(tokens)
        and tokens[last + 1].text.isdigit()
        and post.gap(last) == " "
    )


def _as_place(post: Post, first: int) -> bool:
    """ "bij de lidl", "ordered from coolblue": a shop or company after a preposition, no "a"."""
    tokens = post.tokens
    k = first - 1
    if k >= 0 and tokens[k].lower in ("de", "het", "the"):
        k -= 1
    return k >= 0 and tokens[k].lower in _PLACE_PREPOSITIONS


class RelationDetector:
    name = "relation"

    def __init__(self, org: Organization) -> None:
        self._work = WorkContext(org)
        self._index: PhraseIndex[_Name] = PhraseIndex()
        self._joined: dict[str, _Name] = {}
        """Names of several words written as one hashtag or handle, lower case without spaces."""
        for relation in org.relations:
            for written in relation.names:
                name = _classify(relation, written)
                self._index.add(written, name)
                genitive = _genitive(written)
                if genitive is not None and not name.ambiguous and not name.capitals:
                    self._index.add(genitive, replace(name, genitive=True))
                words, _ = phrase_parts(written)
                if len(words) > 1 and all(w.isalnum() for w in words):
                    self._joined.setdefault("".join(words), name)

    def _accepted(self, post: Post, first: int, last: int, name: _Name, names_seen: set[str]) -> bool:
        token = post.tokens[first]
        if name.capitals:
            return token.text.isupper()
        if name.genitive:
            return _genitive_used(post, first, last)
        if _marked_as_name(post, first, last, name):
            return True
        if _ordinary_noun(post, first, last):
            return False
        if (
            _lower_case_word(post, first, last, name)
            and name.written.lower() not in names_seen
            and not (post.gap(last) == "-" and first == last)
            and not _as_place(post, first)
            and not _located(post, last)
            and post.gap(last).strip()[:1] not in ("'", "’")
        ):
            return False
        if not name.plain and _measure(post, first, last) and name.written.lower() not in names_seen:
            return self._work.present(post, relations=False)
        if not name.ambiguous:
            if name.plain and (not token.is_capitalised or token.sentence_start):
                # Where no capital marks it as a name, a plain word needs a name's use or work around it.
                return (
                    name.written.lower() in names_seen
                    or used_as_name(post, first)
                    or _named_further(post, last)
                    or _located(post, last)
                    or _as_place(post, first)
                    or post.gap(last).strip()[:1] in ("'", "’")
                    or self._work.present(post, relations=False)
                )
            return True
        if post.gap(last) == "-" and first == last:
            return True  # a brand compound: "bol-pakketten", "Shell-pas"
        if not token.is_capitalised:
            return False
        if _possessive(post, first, last):
            return True
        if token.is_upper and len(token.text) > 2:
            return True
        if not token.sentence_start:
            return True
        # First word of a sentence: a name only if it is used as a name elsewhere in the post.
        return name.written.lower() in names_seen

    def detect(self, ctx: Context) -> list[Finding]:
        post = ctx.post
        findings: list[Finding] = []
        matches = self._index.find(post)
        names_seen = {
            m.payload.written.lower()
            for m in matches
            if (not post.tokens[m.first].sentence_start and post.tokens[m.first].is_capitalised)
            or _marked_as_name(post, m.first, m.last, m.payload)
        }
        covered: list[tuple[int, int]] = []
        for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
            if any(s <= match.start < e for s, e in covered):
                continue
            if not self._accepted(post, match.first, match.last, match.payload, names_seen):
                continue
            covered.append((match.start, match.end))
            findings.append(self._finding(ctx, match.start, match.end, match.payload.relation))
        findings.extend(self._joined_names(ctx, covered))
        findings.extend(self._customer_in_public(ctx))
        return findings

    def _joined_names(self, ctx: Context, covered: list[tuple[int, int]]) -> list[Finding]:
        """ "#TechnischeUnie", "@AlbertHeijn": a name of several words as one hashtag or handle."""
        post = ctx.post
        if not self._joined or ("#" not in post.text and "@" not in post.text):
            return []
        found: list[Finding] = []
        for token in post.tokens:
            name = self._joined.get(token.lower)
            if name is None or post.before(token.index)[-1:] not in ("#", "@"):
                continue
            if any(s <= token.start < e for s, e in covered):
                continue
            found.append(self._finding(ctx, token.start, token.end, name.relation))
        return found

    def _finding(self, ctx: Context, start: int, end: int, relation: Relation) -> Finding:
        customer = relation.kind == "customer"
        return ctx.finding(
            Category.CUSTOMER if customer else Category.SUPPLIER,
            start,
            end,
            MSG_CUSTOMER if customer else MSG_SUPPLIER,
            self.name,
            relation.name,
        )

    def _customer_in_public(self, ctx: Context) -> list[Finding]:
        """ "Discussie met een klant over ...", "a customer at <their address>"."""
        post = ctx.post
        tokens = post.tokens
        found: list[Finding] = []
        personal = ctx.of_category(Category.PERSONAL_DATA)
        at_work: bool | None = None
        for i in post.indices_of(_CUSTOMER_WORDS):
            token = tokens[i]
            plural = token.lower in _PLURAL_CUSTOMERS or token.lower in _PLURAL_SERVED
            if not plural and token.lower not in _CUSTOMER_NOUNS and token.lower not in _SERVED_AT_WORK:
                continue
            opener = _opener(post, i, _PLURAL_OPENERS if plural else _SINGULAR)
            if opener is None:
                continue
            possessive = post.gap(i).strip() in ("'", "’")
            if possessive and not (i + 1 < len(tokens) and tokens[i + 1].lower == "s"):
                continue
            if token.lower in _SERVED_AT_WORK or token.lower in _PLURAL_SERVED:
                if at_work is None:
                    at_work = self._work.present(post)
                if not at_work:
                    continue
            # The dispute may be told in the sentence before ("Had an argument ... Customer is king").
            sentence = [t.lower for t in tokens if token.sentence - 1 <= t.sentence <= token.sentence]
            start, end = post.sentences[token.sentence]
            about_them = any(f.start is not None and start <= f.start < end for f in personal)
            if plural and not _judged_group(post, i):
                continue
            if not plural and not (about_them or _DISPUTE.intersection(sentence) or _insulted(post, i)):
                continue
            found.append(
                ctx.finding(Category.CUSTOMER, tokens[opener].start, token.end, MSG_DISPUTE, self.name, "")
            )
        return found


def _opener(post: Post, i: int, openers: frozenset[str]) -> int | None:
    """Where the customer's noun phrase starts: the noun opening its sentence, or an article or
    possessive right before it or before one adjective ("our biggest client", "een boze klant")."""
    tokens = post.tokens
    if tokens[i].sentence_start:
        return i
    if i > 0 and tokens[i - 1].lower in openers:
        return i - 1
    if (
        i > 1
        and tokens[i - 2].lower in openers
        and tokens[i - 1].lower not in _FUNCTION_WORDS
        and not tokens[i - 1].sentence_start
        and post.gap(i - 2) == " "
        and post.gap(i - 1) == " "
    ):
        return i - 2
    return None


def _insulted(post: Post, i: int) -> bool:
    """ "Die klant was echt een eikel", "zo dom als die klant": a customer called names in public, by
    a word within five of the customer's in its sentence."""
    tokens = post.tokens
    sentence = tokens[i].sentence
    near = tokens[max(0, i - 5) : i + 6]
    return any(
        t.sentence == sentence
        and (t.lower in NAME_CALLING or t.lower in INSULT_NOUNS or profane_stem(t.lower))
        for t in near
    )


_COPULAS = frozenset({"zijn", "waren", "worden", "are", "were", "get", "can", "kunnen"})


def _judged_group(post: Post, i: int) -> bool:
    """ "Klanten zijn vandaag weer onbeschoft", "Guests were impossible", "Patiënten van X zijn ...
    ondankbaar": customers as a group, the subject of a negative judgement."""
    tokens = post.tokens
    sentence = tokens[i].sentence
    for k in range(i + 1, min(len(tokens), i + 5)):
        if tokens[k].sentence != sentence:
            return False
        if tokens[k].lower in _COPULAS:
            return any(negative(t.lower) for t in tokens[k + 1 :] if t.sentence == sentence)
    return False


def build(org: Organization) -> RelationDetector:
    return RelationDetector(org)
