"""Key custody: period keys sealed to a custody key pair; its private half split 2-of-n or passphrase-wrapped.

Sealing (ADR 0087) encrypts each period key to an X25519 public key (an
ephemeral key agreement, HKDF-SHA-256, AES-256-GCM with the period as
associated data), so sealing needs no secret and can run after every ingest.
The private custody key (32 bytes) is kept by nobody whole:

- ``shamir``: split 2-of-n between custodians with PyCryptodome's Shamir
  scheme, which shares 16-byte secrets; each half is shared on its own
  polynomial and a share carries both halves at one index;
- ``passphrase``: wrapped with AES-256-GCM under a key derived by scrypt.

Opening a sealed key needs two shares (or the passphrase); the shares are
checked against the public key before any key is opened.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from Crypto.Protocol.SecretSharing import Shamir  # nosec B413  # Crypto is pycryptodome (maintained), not pyCrypto
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from mediacode.errors import InputError

CUSTODY_FILE = "custody.json"
THRESHOLD = 2
HALF = 16
NONCE = 12
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_SHARE = re.compile(r"^mc1-(\d{1,3})-([0-9a-f]{64})$")
_RAW = serialization.Encoding.Raw


class CustodyError(InputError):
    """Shares, a passphrase or a custody file that cannot open the sealed keys."""


@dataclass(frozen=True)
class Custody:
    """What ``custody.json`` holds: never a secret, only the public key and how the private one is kept."""

    mode: str
    public_key: bytes
    custodians: int = 0
    salt: bytes = b""
    wrapped: bytes = b""

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"version": 1, "mode": self.mode, "public_key": self.public_key.hex()}
        if self.mode == "shamir":
            data.update(threshold=THRESHOLD, custodians=self.custodians)
        else:
            data.update(
                kdf={"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
                salt=self.salt.hex(),
                wrapped_private_key=self.wrapped.hex(),
            )
        return data


def load_custody(folder: Path) -> Custody | None:
    path = folder / CUSTODY_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Custody(
            mode=str(data["mode"]),
            public_key=bytes.fromhex(data["public_key"]),
            custodians=int(data.get("custodians", 0)),
            salt=bytes.fromhex(data.get("salt", "")),
            wrapped=bytes.fromhex(data.get("wrapped_private_key", "")),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise CustodyError(f"{path.name} in the key folder is damaged ({type(exc).__name__})") from None


def save_custody(folder: Path, custody: Custody) -> None:
    path = folder / CUSTODY_FILE
    if path.exists():
        raise CustodyError("the keys are already under custody; custody is set up once")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        json.dump(custody.as_dict(), stream, indent=2)


def _private_bytes(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _public_bytes(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def new_shamir(custodians: int) -> tuple[Custody, list[str]]:
    """A custody key pair whose private half is split between ``custodians`` (2 of them open it)."""
    if not THRESHOLD <= custodians <= 255:
        raise CustodyError(f"name between {THRESHOLD} and 255 custodians (--custodians N)")
    private = X25519PrivateKey.generate()
    raw = _private_bytes(private)
    first = Shamir.split(THRESHOLD, custodians, raw[:HALF])
    second = Shamir.split(THRESHOLD, custodians, raw[HALF:])
    shares = [f"mc1-{a[0]}-{(a[1] + b[1]).hex()}" for a, b in zip(first, second, strict=True)]
    return Custody("shamir", _public_bytes(private), custodians), shares


def _scrypt(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


MIN_PASSPHRASE = 12


def new_passphrase(passphrase: str) -> Custody:
    if len(passphrase) < MIN_PASSPHRASE:
        raise CustodyError(f"the passphrase must be at least {MIN_PASSPHRASE} characters")
    private = X25519PrivateKey.generate()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(NONCE)
    wrapped = nonce + AESGCM(_scrypt(passphrase, salt)).encrypt(nonce, _private_bytes(private), b"custody")
    return Custody("passphrase", _public_bytes(private), salt=salt, wrapped=wrapped)


def parse_share(text: str) -> tuple[int, bytes]:
    match = _SHARE.match(text.strip().lower())
    if not match:
        raise CustodyError("a share looks like mc1-<number>-<64 hex characters>, as `keys seal` printed it")
    return int(match.group(1)), bytes.fromhex(match.group(2))


def open_private(custody: Custody, shares: list[str], passphrase: str | None) -> X25519PrivateKey:
    """The custody private key from two distinct shares or the passphrase; checked against the public key."""
    if custody.mode == "shamir":
        parsed = dict(map(parse_share, shares))
        if len(parsed) < THRESHOLD:
            raise CustodyError(
                f"the keys are sealed between custodians: give {THRESHOLD} different shares (--share twice)"
            )
        chosen = sorted(parsed.items())[:THRESHOLD]
        raw = Shamir.combine([(i, body[:HALF]) for i, body in chosen]) + Shamir.combine(
            [(i, body[HALF:]) for i, body in chosen]
        )
    else:
        if not passphrase:
            raise CustodyError("the keys are sealed with a passphrase: give it (--passphrase)")
        nonce, body = custody.wrapped[:NONCE], custody.wrapped[NONCE:]
        try:
            raw = AESGCM(_scrypt(passphrase, custody.salt)).decrypt(nonce, body, b"custody")
        except InvalidTag:
            raise CustodyError("the passphrase does not open the sealed keys") from None
    private = X25519PrivateKey.from_private_bytes(raw)
    if _public_bytes(private) != custody.public_key:
        raise CustodyError("these shares do not belong together or to these keys; nothing was opened")
    return private


def _kek(shared: bytes, ephemeral: bytes, public: bytes, period: str) -> bytes:
    info = b"mediacode key seal " + period.encode("ascii")
    return HKDF(hashes.SHA256(), 32, ephemeral + public, info).derive(shared)


def seal_key(public_key: bytes, period: str, key: bytes) -> bytes:
    """``ephemeral public (32) || nonce (12) || AES-GCM(key)``, bound to ``period``."""
    recipient = X25519PublicKey.from_public_bytes(public_key)
    ephemeral = X25519PrivateKey.generate()
    eph_public = _public_bytes(ephemeral)
    kek = _kek(ephemeral.exchange(recipient), eph_public, public_key, period)
    nonce = secrets.token_bytes(NONCE)
    return eph_public + nonce + AESGCM(kek).encrypt(nonce, key, period.encode("ascii"))


def unseal_key(private: X25519PrivateKey, period: str, sealed: bytes) -> bytes:
    eph_public, nonce, body = sealed[:32], sealed[32 : 32 + NONCE], sealed[32 + NONCE :]
    public = _public_bytes(private)
    kek = _kek(private.exchange(X25519PublicKey.from_public_bytes(eph_public)), eph_public, public, period)
    try:
        return AESGCM(kek).decrypt(nonce, body, period.encode("ascii"))
    except InvalidTag:
        raise CustodyError(f"the sealed key of period {period} does not open: it was altered") from None
