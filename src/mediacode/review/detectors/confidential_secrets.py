"""Security details: passwords, access codes and network details (docs/adr/0050, 0145).

A credential word ("wachtwoord", "alarmcode", "login") with a value of a secret's shape after it:
after "is" or a colon ("het wachtwoord is Melk2025!"), right after it ("password Zomer2025!"), a
little further in the sentence when the value has letters and digits ("inloggegevens: admin /
Welkom01"), and for a code word a number in the same or the next sentence ("Weet iemand de
alarmcode? Ik dacht 4471"). Short or everyday words ("ww", "code", "wifi") count only with a value
right after a colon or "is". A weakness told without the secret (a default password that still works)
and a private network address next to a network word count too.
"""

from __future__ import annotations

import re

from mediacode.org.schema import Category
from mediacode.review.detectors import Context
from mediacode.review.finding import Finding
from mediacode.review.lexicon.business_words import (
    CODE_WORDS,
    CREDENTIAL_WORDS,
    MORE_CREDENTIAL_WORDS,
    NOT_A_CODE_AFTER,
    SHORT_CREDENTIAL_WORDS,
    WEAK_CREDENTIAL_CUES,
)
from mediacode.review.phrase_index import find_phrase, has_phrase, phrase_keys
from mediacode.review.text import Post

MSG_SECRET = (
    "'{text}' gives away a password or access code. "  # noqa: S105 (a message, not a password)  # nosec B105  # a message text
    "The code asks you never to share security details."
)

_FILLERS = (
    r"trouwens|gewoon|nu|nog|steeds|weer|momenteel|tegenwoordig|voortaan|vanaf nu|deze week|deze maand|"
    r"vandaag|tijdelijk|letterlijk|echt|now|still|currently|actually|btw|by the way|simply|just|this week|"
    r"this month|today|temporarily|literally|really"
)
_VALUE = re.compile(
    r"\s*(?:(?:(?:is|was|has been|werd|wordt) )?"
    r"(?:(?:changed|set|reset) to|(?:veranderd|gewijzigd) (?:in|naar))|"
    r"(?:met|with) (?:de |the )?(?:code|wachtwoord|password)|is|was|luidt|blijft|wordt|=|:)"
    rf"\s*(?:(?:{_FILLERS})[\s,]+)*[:\"'“]?\s*(\S+)",
    re.IGNORECASE,
)
_DIRECT_VALUE = re.compile(r"\s+[:\"'“]?(\S+)")
"""A value right after the credential word: "password Zomer2025!"."""
_SHORT_VALUE = re.compile(r"\s*(?:[:=]|is\b)\s*[\"'“]?(\S+)", re.IGNORECASE)
_CODE_OF = re.compile(
    r"\s+(?:van|voor|of|for|to)\s+(?:de|het|the|our|onze|ons)\s+[^.?!:]{1,40}?\s*(?:\bis|:)\s*(\S+)",
    re.IGNORECASE,
)
"""The door or cupboard a code opens, then the code: "de code van de medicijnkast is 1234"."""
_WORD_VALUE = re.compile(r"[^\s/|,;()]+")
_PAIR = re.compile(r"(?<![\w/])[\w.@-]+ ?/ ?([^\s/|,;()]+)")
"""A user name and a password: "admin / Welkom01"."""
_DIGIT_CODE = re.compile(r"(?<![\w.,])(\d(?:[-#*]?\d){3,7}#?)(?!\w|[.,]\d|\s?(?:%|€|euro))")
_YEAR = re.compile(r"(?:19|20)\d\d")
_IP = re.compile(r"\b(?:10|172|192)\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")
_NETWORK = ("wifi", "wi-fi", "netwerk", "network", "vpn", "server", "router", "ssid")
_NEAR = 60
_CREDENTIALS = (*CREDENTIAL_WORDS, *MORE_CREDENTIAL_WORDS)
_CREDENTIAL_KEYS = phrase_keys(_CREDENTIALS)
_NO_LOOSE_VALUE = frozenset({"pin", "login", "inlog", "inloggen", "log in", "ssid"})
"""Words too common in other senses ("pin the Q3-2024 report") to take a value further on."""
"""How far after a credential word its value may stand."""


def _looks_secret(value: str) -> bool:
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    mixed = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return len(value) >= 4 and (has_digit or has_symbol or mixed)


def _strong_secret(value: str) -> bool:
    """Without "is" or ":" before it, only a value with letters and digits is taken for a secret."""
    return (
        len(value) >= 5
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and not value.lower().endswith(("fa", "x"))
    )


def _code_in(text: str, offset: int) -> re.Match[str] | None:
    """A number of four to eight digits that is not a year nor a count ("4000 lines")."""
    for match in _DIGIT_CODE.finditer(text, offset):
        value = match.group(1)
        if _YEAR.fullmatch(value):
            continue
        after = re.match(r"\s*([^\W\d_]+)", text[match.end() :])
        if after and after.group(1).lower() not in NOT_A_CODE_AFTER:
            continue
        return match
    return None


def find_secrets(ctx: Context) -> list[Finding]:
    post = ctx.post
    lower = post.lower
    found: list[Finding] = []
    holds = not post.lower_words.isdisjoint(_CREDENTIAL_KEYS) and has_phrase(lower, _CREDENTIALS) is not None
    for word in _CREDENTIALS if holds else ():
        if word not in lower:
            continue  # what find_phrase would look for first
        index = find_phrase(lower, word)
        while index >= 0:
            end = _value_end(post, word, index)
            if end is not None:
                found.append(
                    ctx.finding(
                        Category.CONFIDENTIAL,
                        _phrase_start(post, index),
                        end,
                        MSG_SECRET,
                        "confidential",
                        word,
                    )
                )
                break
            index = find_phrase(lower, word, index + len(word))
    if not found:
        found.extend(_short_words(ctx))
    weakness = has_phrase(lower, WEAK_CREDENTIAL_CUES)
    if weakness is not None and not found:
        start = find_phrase(lower, weakness)
        found.append(
            ctx.finding(
                Category.CONFIDENTIAL, start, start + len(weakness), MSG_SECRET, "confidential", weakness
            )
        )
    text = post.text
    private = "10." in text or "172." in text or "192." in text  # what every private address starts with
    for match in _IP.finditer(text) if private else ():
        sentence = lower[slice(*post.sentence_of(match.start()))]
        if any(cue in sentence for cue in _NETWORK):
            found.append(
                ctx.finding(
                    Category.CONFIDENTIAL,
                    match.start(),
                    match.end(),
                    MSG_SECRET,
                    "confidential",
                    "network address",
                )
            )
    return found


def _value_end(post: Post, word: str, index: int) -> int | None:
    """Where the secret after the credential word at ``index`` ends, or ``None`` without one."""
    after = index + len(word)
    s_start, s_end = post.sentence_of(index)
    window = post.text[after:s_end]
    # "het wachtwoord van de VLS-planner is X": the value follows within a few words.
    direct = _DIRECT_VALUE.match(window)
    candidates = [direct] if direct and _strong_secret(direct.group(1).rstrip(",.;)")) else []
    for value_match in [*candidates, *_VALUE.finditer(window)]:
        if value_match.start() > _NEAR:
            break
        value = value_match.group(1).rstrip(",.;)")
        if _looks_secret(value):
            return after + value_match.start(1) + len(value)
    # "inloggen kan met admin / Welkom01": a user name and a password, whatever the word.
    for pair in _PAIR.finditer(window[:_NEAR]) if "/" in window else ():
        value = pair.group(1).rstrip(",.;:!?)")
        if _strong_secret(value):
            return after + pair.start(1) + len(value)
    # "inloggegevens: admin / Welkom01": letters and digits further on in the sentence.
    for value_match in _WORD_VALUE.finditer(window[:_NEAR]) if word not in _NO_LOOSE_VALUE else ():
        value = value_match.group().rstrip(",.;:!?)")
        if _strong_secret(value) and not value.lower().startswith(("http", "www")):
            return after + value_match.start() + len(value)
    if any(part in word for part in CODE_WORDS):
        # "Weet iemand de alarmcode? Ik dacht 4471": a number here or in the next sentence.
        text = post.text
        stop = s_end
        if text[s_start:s_end].rstrip().endswith("?"):
            following = [r for r in post.sentences if r[0] >= s_end]
            stop = following[0][1] if following else s_end
        code = _code_in(text[:stop], after)
        if code is not None and code.start() - after <= _NEAR:
            return code.end(1)
    return None


def _short_words(ctx: Context) -> list[Finding]:
    """ "ww: Staal2025!", "code is 4471": a short or everyday word with a value right after it."""
    post = ctx.post
    lower = post.lower
    for word in SHORT_CREDENTIAL_WORDS:
        if word not in lower:
            continue
        index = find_phrase(lower, word)
        while index >= 0:
            after = index + len(word)
            match = _SHORT_VALUE.match(post.text, after)
            if match is None and word == "code":
                # "de code van de medicijnkast op de Wilg is 1234": what the code opens, then the digits
                match = _CODE_OF.match(post.text, after)
            if match is not None:
                value = match.group(1).rstrip(",.;)")
                digits = _code_in(post.text, match.start(1))
                if (word != "code" and _strong_secret(value)) or (
                    word == "code" and digits is not None and digits.start() == match.start(1)
                ):
                    end = match.start(1) + len(value)
                    start = _phrase_start(post, index)
                    return [ctx.finding(Category.CONFIDENTIAL, start, end, MSG_SECRET, "confidential", word)]
                if word in ("ww", "pw", "pwd") and _looks_secret(value):
                    end = match.start(1) + len(value)
                    return [ctx.finding(Category.CONFIDENTIAL, index, end, MSG_SECRET, "confidential", word)]
            index = find_phrase(lower, word, after)
    return []


def _phrase_start(post: Post, index: int) -> int:
    """Start at the article before the credential word: "de deurcode ..."."""
    for token in post.tokens:
        article = token.lower in ("de", "het", "the", "our", "onze", "ons", "my", "mijn")
        if article and token.end <= index and not post.text[token.end : index].strip():
            return token.start
    return index
