"""Draft posts by demo employees, in the batch format of ``review.md`` (``{"id","author","text"}``).

Each post is written to show one thing the review should see (a colleague, a
customer, a code name, ...) or, for the harmless ones, a word that only looks
like a relation or a code name.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from mediacode.org.demo import identity
from mediacode.org.demo.people import WORKS_COUNCIL, DemoPerson

POSTS_FILE = "sample-posts.jsonl"


@dataclass(frozen=True, slots=True)
class SamplePost:
    id: str
    author: str
    text: str
    shows: str
    """What the post is meant to show; kept out of the file, which has the batch format only."""


@dataclass(frozen=True, slots=True)
class _Cast:
    """The people the posts are about or written by, picked by role and department so the text fits."""

    sales_rep: DemoPerson
    sales_manager: DemoPerson
    buyer: DemoPerson
    warehouse_worker: DemoPerson
    warehouse_colleague: DemoPerson
    warehouse_grumbler: DemoPerson
    it_admin: DemoPerson
    accountant: DemoPerson
    hr_officer: DemoPerson
    director: DemoPerson


def _cast(people: tuple[DemoPerson, ...]) -> _Cast:
    def pick(department: str, role: str, skip: int = 0) -> DemoPerson:
        found = [
            p
            for p in people
            if p.department == department and p.role == role and WORKS_COUNCIL not in p.groups
        ]
        return found[skip]

    return _Cast(
        sales_rep=pick("Verkoop", "employee"),
        sales_manager=pick("Verkoop", "manager"),
        buyer=pick("Inkoop", "employee"),
        warehouse_worker=pick("Magazijn en Logistiek", "employee"),
        warehouse_colleague=pick("Magazijn en Logistiek", "employee", skip=1),
        warehouse_grumbler=pick("Magazijn en Logistiek", "employee", skip=2),
        it_admin=pick("ICT", "employee"),
        accountant=pick("Financiën", "employee"),
        hr_officer=pick("HR", "employee"),
        director=next(p for p in people if p.role == "director"),
    )


_POSTS: tuple[tuple[str, Callable[[_Cast], DemoPerson], Callable[[_Cast], str]], ...] = (
    (
        "colleague",
        lambda c: c.warehouse_worker,
        lambda c: (
            f"Vandaag de laatste werkdag van {c.warehouse_colleague.name}, na 25 jaar in ons magazijn. "
            "Wat een feest was het, en wat gaan we die verhalen missen! 🎉"
        ),
    ),
    (
        "customer",
        lambda c: c.sales_rep,
        lambda c: (
            "Mooie klus afgerond voor Bouwgroep Meerwijk: veertig warmtepompen in één week geleverd. "
            "Trots op ons team! 💪"
        ),
    ),
    (
        "supplier",
        lambda c: c.buyer,
        lambda c: "Training day at Nordhaven Pumpen today. Great people, great coffee, and a lot to learn.",
    ),
    (
        "confidential",
        lambda c: c.it_admin,
        lambda c: (
            "Spannende tijden: met Project Kompas kunnen we straks veel sneller leveren in het oosten. "
            "Meer mag ik nog niet zeggen 🤫"
        ),
    ),
    (
        "personal_data",
        lambda c: c.accountant,
        lambda c: (
            "Mijn buurvrouw Els zoekt nog een oppas voor de woensdagmiddag. "
            "Interesse? Bel haar even op 06 1234 5678."
        ),
    ),
    (
        "damaging",
        lambda c: c.warehouse_grumbler,
        lambda c: (
            f"Bij {identity.ALIASES[0]} snappen ze echt niks van service. Bestellingen kwijt, facturen fout, "
            "en de directie kijkt de andere kant op. Koop daar gewoon niks."
        ),
    ),
    (
        "conduct",
        lambda c: c.sales_rep,
        lambda c: (
            "Fucking hell, the motorway was one big parking lot again this morning. Two hours for 40 km."
        ),
    ),
    (
        "position",
        lambda c: c.sales_manager,
        lambda c: (
            "Ik ben ervan overtuigd dat de technische groothandel veel sneller moet overstappen op online "
            "bestellen. Wie nog op de telefoon en de fax leunt, verliest de komende jaren de jonge "
            "installateurs. Wij moeten daarin voorop lopen, ook als dat betekent dat we minder "
            "filialen nodig hebben."
        ),
    ),
    (
        "harmless: a customer's alias as an ordinary word",
        lambda c: c.hr_officer,
        lambda c: (
            "Zaterdag met de kinderen naar het strand. Flinke storm, maar wat een heerlijke uitwaaidag! 🌊"
        ),
    ),
    (
        "harmless: a supplier's alias as an ordinary word",
        lambda c: c.warehouse_worker,
        lambda c: "De kraan in de badkamer lekte al weken. Vandaag eindelijk zelf gerepareerd 🔧",
    ),
    (
        "harmless: the employer mentioned positively",
        lambda c: c.hr_officer,
        lambda c: (
            f"We're hiring! {identity.NAME} is looking for warehouse staff and a sales trainee. "
            "Come and work with us."
        ),
    ),
    (
        "harmless: a personal post by the director",
        lambda c: c.director,
        lambda c: "Beautiful sunrise on my bike ride this morning. Mondays aren't so bad after all ☀️",
    ),
)


def sample_posts(people: tuple[DemoPerson, ...]) -> tuple[SamplePost, ...]:
    cast = _cast(people)
    return tuple(
        SamplePost(f"demo-{number:02d}", author(cast).id, text(cast), shows)
        for number, (shows, author, text) in enumerate(_POSTS, start=1)
    )


def posts_jsonl(posts: tuple[SamplePost, ...]) -> str:
    return "".join(
        json.dumps({"id": p.id, "author": p.author, "text": p.text}, ensure_ascii=False) + "\n" for p in posts
    )
