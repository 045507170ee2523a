"""A small category folder in the UT1/squidGuard layout (``<category>/domains``), with invented domains.

Every domain ends in ``.example`` (reserved, RFC 2606): no real malware,
phishing, gambling or adult site is named, so the folder is safe to ship.
"""

from __future__ import annotations

CATEGORY_FOLDER = "categories"
BLOCKED_CATEGORIES: tuple[str, ...] = ("malware", "phishing", "gambling", "adult")

CATEGORIES: dict[str, tuple[str, ...]] = {
    "malware": (
        "codec-gratis-download.example",
        "flash-update-now.example",
        "driver-booster-free.example",
    ),
    "phishing": (
        "hollewijn-login-verify.example",
        "mijnbank-beveiliging.example",
        "pakket-douanekosten.example",
    ),
    "gambling": (
        "jackpot-paleis.example",
        "casino-oranje-online.example",
    ),
    "adult": (
        "adult-videos.example",
        "xxx-chat-live.example",
    ),
    "news": (
        "dagblad-noord.example",
        "techniek-nieuws.example",
    ),
    "social_networks": (
        "vriendenboek.example",
        "kwetter.example",
    ),
    "shopping": (
        "koopjesmarkt.example",
        "alles-voor-thuis.example",
    ),
    "webmail": (
        "postvak-gratis.example",
        "mailhuis.example",
    ),
}


def category_files() -> dict[str, str]:
    """``categories/<category>/domains`` -> its content, one domain a line."""
    return {
        f"{CATEGORY_FOLDER}/{category}/domains": "".join(f"{domain}\n" for domain in domains)
        for category, domains in CATEGORIES.items()
    }
