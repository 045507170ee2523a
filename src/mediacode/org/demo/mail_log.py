"""A month of Postfix ``maillog`` lines for the demo's mail server.

Each message is a full flow: ``smtpd`` (or ``pickup``) -> ``cleanup``
``message-id=`` -> ``qmgr`` ``from=``/``size=``/``nrcpt=`` -> ``lmtp``/``smtp``
``to=``/``status=`` per recipient -> ``qmgr removed``; the lines of all
messages interleave in time. Mail to and from the works council and the
company doctor is there so that sparing shows, some subjects carry the
policy's ``[PRIVE]`` tag (logged through ``header_checks``), and some
deliveries are deferred, retried or bounced. Classic syslog stamps (no year).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from mediacode.org.demo.identity import DOMAIN
from mediacode.org.demo.log_month import LogMonth, working_moment
from mediacode.org.demo.people import COMPANY_DOCTOR, WORKS_COUNCIL, DemoPerson

MAIL_SEED = 4002
PRIVATE_TAG = "[PRIVE]"
HOST = "mail"
OCCUPATIONAL_HEALTH = "arbodienst-midden.example"
EXTERNAL_DOMAINS: tuple[str, ...] = (
    "bouwgroep-meerwijk.example",
    "installatie-storm.example",
    "hetbaken-wonen.example",
    "tb-oostland.example",
    "zilvermeer-hotels.example",
    "kraan-zonen.example",
    "anker-bevestiging.example",
    "vonk-elektro.example",
    "nordhaven-pumpen.example",
    "tegelaar-sanitair.example",
    "polarcool.example",
    "postvak-gratis.example",
)
_EXTERNAL_NAMES = ("info", "verkoop", "inkoop", "j.smit", "p.vandam", "planning", "administratie", "m.bakker")
_WORK_SUBJECTS = ("Offerte", "Bestelling", "Levering week", "Factuur", "Overleg", "Planning", "Retour")
_PRIVATE_SUBJECTS = ("verjaardag zaterdag", "oppas vrijdag", "huis bezichtiging", "fietsen zondag")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class _Log:
    rng: random.Random
    lines: list[tuple[dt.datetime, int, str]] = field(default_factory=list)
    queue_ids: set[str] = field(default_factory=set)

    def add(self, at: dt.datetime, program: str, pid: int, text: str) -> None:
        stamp = f"{_MONTHS[at.month - 1]} {at.day:>2} {at:%H:%M:%S}"
        self.lines.append((at, len(self.lines), f"{stamp} {HOST} postfix/{program}[{pid}]: {text}"))

    def queue_id(self) -> str:
        while True:
            candidate = f"{self.rng.getrandbits(40):010X}"
            if candidate not in self.queue_ids and not candidate.isdigit():
                self.queue_ids.add(candidate)
                return candidate

    def text(self) -> str:
        self.lines.sort(key=lambda item: (item[0], item[1]))
        return "".join(f"{line}\n" for _, _, line in self.lines)


@dataclass(frozen=True, slots=True)
class _Message:
    at: dt.datetime
    sender: str
    recipients: tuple[str, ...]
    submitted_by: str | None
    """The SASL user of an internal sender; ``None`` for mail from outside or from a system."""
    subject: str | None = None
    """Logged only when ``header_checks`` matches it (the private tag)."""
    outcome: str = "sent"
    """``sent``, ``deferred`` (retried later and then sent), ``deferred_open`` (still queued), ``bounced``."""


def _seconds(value: float) -> dt.timedelta:
    return dt.timedelta(seconds=value)


def _write(log: _Log, message: _Message) -> None:
    rng = log.rng
    qid = log.queue_id()
    at = message.at
    local = all(r.endswith(f"@{DOMAIN}") for r in message.recipients)
    if message.sender.startswith("noreply@"):
        log.add(at, "pickup", 2210, f"{qid}: uid=1003 from=<{message.sender}>")
    elif message.submitted_by is not None:
        log.add(
            at,
            "submission/smtpd",
            rng.randrange(3000, 9000),
            f"{qid}: client=werkplek{rng.randrange(10, 99)}.{DOMAIN}[10.20.{rng.randrange(1, 8)}."
            f"{rng.randrange(11, 80)}], sasl_method=PLAIN, sasl_username={message.submitted_by}",
        )
    else:
        domain = message.sender.partition("@")[2]
        log.add(
            at,
            "smtpd",
            rng.randrange(3000, 9000),
            f"{qid}: client=mx1.{domain}[198.51.100.{rng.randrange(1, 255)}]",
        )
    at += _seconds(rng.uniform(0.05, 0.4))
    message_id = f"{rng.getrandbits(64):016x}@{message.sender.partition('@')[2] or DOMAIN}"
    log.add(at, "cleanup", 4100, f"{qid}: message-id=<{message_id}>")
    if message.subject is not None:
        first = message.recipients[0]
        log.add(
            at,
            "cleanup",
            4100,
            f"{qid}: info: header Subject: {message.subject} from local; from=<{message.sender}> "
            f"to=<{first}> proto=ESMTP helo=<werkplek>",
        )
    size = int(rng.lognormvariate(9.8, 1.1))
    at += _seconds(rng.uniform(0.01, 0.2))
    log.add(
        at,
        "qmgr",
        1800,
        f"{qid}: from=<{message.sender}>, size={size}, nrcpt={len(message.recipients)} (queue active)",
    )
    finished = at
    for recipient in message.recipients:
        delivered = at + _seconds(rng.uniform(0.1, 2.5))
        finished = max(finished, _deliver(log, qid, message, recipient, delivered, local))
    if message.outcome != "deferred_open":
        log.add(finished + _seconds(0.01), "qmgr", 1800, f"{qid}: removed")


def _deliver(
    log: _Log, qid: str, message: _Message, recipient: str, at: dt.datetime, local: bool
) -> dt.datetime:
    rng = log.rng
    delay = (at - message.at).total_seconds()
    if recipient.endswith(f"@{DOMAIN}"):
        log.add(
            at,
            "lmtp",
            rng.randrange(5000, 6000),
            f"{qid}: to=<{recipient}>, relay={HOST}.{DOMAIN}[private/dovecot-lmtp], delay={delay:.1f}, "
            f"delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 <{recipient}> Saved)",
        )
        return at
    domain = recipient.partition("@")[2]
    relay = f"mx1.{domain}[203.0.113.{rng.randrange(1, 255)}]:25"
    if message.outcome in ("deferred", "deferred_open"):
        log.add(
            at,
            "smtp",
            rng.randrange(5000, 6000),
            f"{qid}: to=<{recipient}>, relay=none, delay={delay:.1f}, delays=0.2/0/30/0, dsn=4.4.1, "
            f"status=deferred (connect to mx1.{domain}[203.0.113.9]:25: Connection timed out)",
        )
        if message.outcome == "deferred_open":
            return at
        at += _seconds(rng.uniform(600, 5400))
        delay = (at - message.at).total_seconds()
    if message.outcome == "bounced":
        log.add(
            at,
            "smtp",
            rng.randrange(5000, 6000),
            f"{qid}: to=<{recipient}>, relay={relay}, delay={delay:.1f}, delays=0.1/0/0.3/0.2, dsn=5.1.1, "
            f"status=bounced (host said: 550 5.1.1 <{recipient}>: Recipient address rejected)",
        )
        notice = log.queue_id()
        log.add(at, "bounce", 6100, f"{qid}: sender non-delivery notification: {notice}")
        log.add(at, "cleanup", 4100, f"{notice}: message-id=<{log.rng.getrandbits(64):016x}@{DOMAIN}>")
        log.add(at, "qmgr", 1800, f"{notice}: from=<>, size=3120, nrcpt=1 (queue active)")
        log.add(
            at + _seconds(0.2),
            "lmtp",
            5500,
            f"{notice}: to=<{message.sender}>, relay={HOST}.{DOMAIN}[private/dovecot-lmtp], delay=0.2, "
            f"delays=0/0/0.1/0.1, dsn=2.0.0, status=sent (250 2.0.0 Saved)",
        )
        log.add(at + _seconds(0.3), "qmgr", 1800, f"{notice}: removed")
        return at
    log.add(
        at,
        "smtp",
        rng.randrange(5000, 6000),
        f"{qid}: to=<{recipient}>, relay={relay}, delay={delay:.1f}, delays=0.1/0/0.4/0.6, dsn=2.0.0, "
        f"status=sent (250 2.0.0 Ok: queued as {rng.getrandbits(32):08X})",
    )
    return at


def _external(rng: random.Random, domain: str | None = None) -> str:
    return f"{rng.choice(_EXTERNAL_NAMES)}@{domain or rng.choice(EXTERNAL_DOMAINS)}"


def _outcome(rng: random.Random, external: bool) -> str:
    if not external:
        return "sent"
    roll = rng.random()
    if roll < 0.04:
        return "deferred"
    if roll < 0.06:
        return "bounced"
    return "sent"


def maillog(people: tuple[DemoPerson, ...], month: LogMonth) -> str:
    """The ``maillog`` text: one month of messages, lines in time order, ``\\n`` line ends."""
    rng = random.Random(MAIL_SEED)  # noqa: S311 - fictitious traffic, not security  # nosec B311  # fictitious demo traffic
    log = _Log(rng)
    council = [p for p in people if WORKS_COUNCIL in p.groups]
    doctor = next(p for p in people if COMPANY_DOCTOR in p.groups)
    addresses = [p.email for p in people]
    working_days = month.working_days
    for day in working_days:
        for person in people:
            for _ in range(rng.randrange(1, 4)):  # inbound from customers and suppliers
                message = _Message(working_moment(rng, day), _external(rng), (person.email,), None)
                _write(log, message)
            for _ in range(rng.randrange(0, 3)):  # outbound
                private = rng.random() < 0.03
                subject = f"{PRIVATE_TAG} {rng.choice(_PRIVATE_SUBJECTS)}" if private else None
                recipients = tuple({_external(rng) for _ in range(rng.choice((1, 1, 1, 2)))})
                _write(
                    log,
                    _Message(
                        working_moment(rng, day),
                        person.email,
                        recipients,
                        person.email,
                        subject,
                        _outcome(rng, True),
                    ),
                )
            if rng.random() < 0.6:  # internal, to one or a few colleagues
                others = [a for a in addresses if a != person.email]
                recipients = tuple(rng.sample(others, rng.choice((1, 1, 2, 3))))
                private = rng.random() < 0.04
                subject = f"{PRIVATE_TAG} {rng.choice(_PRIVATE_SUBJECTS)}" if private else None
                _write(
                    log, _Message(working_moment(rng, day), person.email, recipients, person.email, subject)
                )
        _privileged_mail(log, day, people, council, doctor)
        _system_mail(log, day, addresses)
        _rejected_spam(log, day, addresses)
    _still_queued(log, working_days[-1], people)
    return log.text()


def _privileged_mail(
    log: _Log, day: dt.date, people: tuple[DemoPerson, ...], council: list[DemoPerson], doctor: DemoPerson
) -> None:
    """Works council business and the company doctor's mail: all of it must be spared at ingest."""
    rng = log.rng
    council_addresses = tuple(p.email for p in council)
    if rng.random() < 0.5:
        sender = rng.choice(council)
        recipients = tuple(a for a in council_addresses if a != sender.email)
        _write(log, _Message(working_moment(rng, day), sender.email, recipients, sender.email))
    if rng.random() < 0.4:
        employee = rng.choice(people)
        member = rng.choice(council)
        _write(log, _Message(working_moment(rng, day), employee.email, (member.email,), employee.email))
    for _ in range(rng.randrange(1, 3)):
        colleague = rng.choice(people)
        external = f"bedrijfsarts@{OCCUPATIONAL_HEALTH}"
        _write(log, _Message(working_moment(rng, day), external, (doctor.email,), None))
        _write(log, _Message(working_moment(rng, day), doctor.email, (external,), doctor.email))
        _write(log, _Message(working_moment(rng, day), colleague.email, (doctor.email,), colleague.email))


def _system_mail(log: _Log, day: dt.date, addresses: list[str]) -> None:
    """The ERP's notifications, submitted locally through ``pickup``."""
    rng = log.rng
    for _ in range(rng.randrange(3, 8)):
        recipients = tuple(rng.sample(addresses, rng.choice((1, 2))))
        _write(log, _Message(working_moment(rng, day), f"noreply@{DOMAIN}", recipients, None))


def _rejected_spam(log: _Log, day: dt.date, addresses: list[str]) -> None:
    """Connections refused before a queue file exists (``NOQUEUE: reject``)."""
    rng = log.rng
    for _ in range(rng.randrange(5, 15)):
        at = working_moment(rng, day)
        octet = rng.randrange(1, 255)
        recipient = rng.choice(addresses)
        log.add(
            at,
            "smtpd",
            rng.randrange(3000, 9000),
            f"NOQUEUE: reject: RCPT from unknown[192.0.2.{octet}]: 554 5.7.1 Service unavailable; "
            f"Client host [192.0.2.{octet}] blocked using zen.blocklist.example; "
            f"from=<winnaar{octet}@loterij-prijs.example> to=<{recipient}> proto=ESMTP helo=<spam{octet}>",
        )


def _still_queued(log: _Log, last_day: dt.date, people: tuple[DemoPerson, ...]) -> None:
    """Two messages still deferred when the month's log ends: read as unfinished, not lost."""
    rng = log.rng
    for person in rng.sample(people, 2):
        at = dt.datetime(last_day.year, last_day.month, last_day.day, 16, tzinfo=dt.UTC) + _seconds(
            rng.randrange(3000)
        )
        message = _Message(at, person.email, (_external(rng),), person.email, outcome="deferred_open")
        _write(log, message)
