"""Per-period pseudonym keys in their own folder, apart from the data (ADR 0070).

``<folder>/<period>.key`` holds 32 random bytes, created with mode 0600 in a
folder of mode 0700; the default folder is ``DIR/.mediacode/keys`` and a
setting may move it. A key is created once, published with a hard link so a
second writer can never replace it, and never logged. ``destroy`` leaves a
tombstone ``<period>.destroyed`` first, then overwrites and unlinks the key:
from then on the period's key can neither be read nor created again, so the
period's pseudonyms stay unlinkable for good.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from mediacode.errors import NotFoundError
from mediacode.monitoring.periods import is_period
from mediacode.monitoring.pseudonym import KEY_BYTES

KEY_SUFFIX = ".key"
SEALED_SUFFIX = ".sealed"
TOMBSTONE_SUFFIX = ".destroyed"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


class KeyDestroyedError(NotFoundError):
    """The key of a period was destroyed; its pseudonyms can no longer be linked to anyone."""


class KeySealedError(KeyDestroyedError):
    """The key of a period is sealed (ADR 0087); opening it needs the custodians' shares or the passphrase.

    A child of ``KeyDestroyedError`` so that ingest treats a sealed period as closed for writing.
    """


Unsealer = Callable[[str, bytes], bytes]
"""``(period, sealed bytes) -> key``: opens a sealed key with the custodians' secret."""


class KeyStore:
    """The key files of one organization. Keys read once are kept in memory for the run."""

    def __init__(self, folder: Path, unsealer: Unsealer | None = None) -> None:
        self.folder = folder
        self._cache: dict[str, bytes] = {}
        self._unsealer = unsealer

    def _key_path(self, period: str) -> Path:
        if not is_period(period):
            raise ValueError(f"not a period id: {period!r}")
        return self.folder / f"{period}{KEY_SUFFIX}"

    def _tombstone(self, period: str) -> Path:
        return self.folder / f"{period}{TOMBSTONE_SUFFIX}"

    def sealed_path(self, period: str) -> Path:
        self._key_path(period)  # validates the period id
        return self.folder / f"{period}{SEALED_SUFFIX}"

    def is_destroyed(self, period: str) -> bool:
        return self._tombstone(period).exists()

    def find(self, period: str) -> bytes | None:
        """The key of ``period``, ``None`` if none was made; ``KeyDestroyedError`` if it was destroyed."""
        cached = self._cache.get(period)
        if cached is not None:
            return cached
        if self.is_destroyed(period):
            raise KeyDestroyedError(
                f"the key of period {period} was destroyed; its pseudonyms link to no one"
            )
        try:
            key = self._key_path(period).read_bytes()
        except FileNotFoundError:
            sealed = self.sealed_path(period)
            if not sealed.exists():
                return None
            if self._unsealer is None:
                raise KeySealedError(
                    f"the key of period {period} is sealed; "
                    "two custodians' shares (or the passphrase) open it"
                ) from None
            key = self._unsealer(period, sealed.read_bytes())
        if len(key) != KEY_BYTES:
            raise NotFoundError(f"the key file of period {period} is damaged (wrong length)")
        self._cache[period] = key
        return key

    def get(self, period: str) -> bytes:
        key = self.find(period)
        if key is None:
            raise NotFoundError(f"no key exists for period {period}")
        return key

    def get_or_create(self, period: str) -> bytes:
        """The key of ``period``, made now if there is none yet (never after its destruction)."""
        key = self.find(period)
        if key is not None:
            return key
        self._ensure_folder()
        final = self._key_path(period)
        temporary = self.folder / f".{period}.{secrets.token_hex(8)}.tmp"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            os.write(descriptor, secrets.token_bytes(KEY_BYTES))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        try:
            os.link(temporary, final)  # fails if another writer made the key first: theirs wins
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
        self._sync_folder()
        return self.get(period)

    def destroy(self, period: str) -> bool:
        """Destroy the key of ``period`` for good; ``True`` when there was a key to destroy."""
        self._ensure_folder()
        path = self._key_path(period)
        tombstone = self._tombstone(period)
        if not tombstone.exists():
            os.close(os.open(tombstone, os.O_WRONLY | os.O_CREAT, FILE_MODE))
        self._cache.pop(period, None)
        existed = path.exists()
        if existed:
            with contextlib.suppress(FileNotFoundError), path.open("r+b") as stream:
                size = max(stream.seek(0, os.SEEK_END), KEY_BYTES)
                for filler in (secrets.token_bytes(size), bytes(size)):
                    stream.seek(0)
                    stream.write(filler)
                    stream.flush()
                    os.fsync(stream.fileno())
            path.unlink(missing_ok=True)
        sealed = self.sealed_path(period)
        if sealed.exists():
            existed = True
            sealed.unlink()
        self._sync_folder()
        return existed

    def discard_plain(self, period: str) -> None:
        """Overwrite and remove the plain key file once its sealed copy exists (not a destruction)."""
        path = self._key_path(period)
        if not self.sealed_path(period).exists():
            raise ValueError("refusing to remove a key that has no sealed copy")
        with contextlib.suppress(FileNotFoundError), path.open("r+b") as stream:
            size = max(stream.seek(0, os.SEEK_END), KEY_BYTES)
            for filler in (secrets.token_bytes(size), bytes(size)):
                stream.seek(0)
                stream.write(filler)
                stream.flush()
                os.fsync(stream.fileno())
        path.unlink(missing_ok=True)
        self._cache.pop(period, None)
        self._sync_folder()

    def present(self) -> list[str]:
        """Periods that have a key (plain or sealed), in order."""
        return sorted(set(self._listed(KEY_SUFFIX)) | set(self._listed(SEALED_SUFFIX)))

    def plain(self) -> list[str]:
        """Periods whose key is in the clear, in order."""
        return self._listed(KEY_SUFFIX)

    def destroyed(self) -> list[str]:
        """Periods whose key was destroyed, in order."""
        return self._listed(TOMBSTONE_SUFFIX)

    def _listed(self, suffix: str) -> list[str]:
        if not self.folder.is_dir():
            return []
        names = (p.name[: -len(suffix)] for p in self.folder.iterdir() if p.name.endswith(suffix))
        return sorted(name for name in names if is_period(name))

    def _ensure_folder(self) -> None:
        self.folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        if self.folder.stat().st_mode & 0o777 != FOLDER_MODE:
            self.folder.chmod(FOLDER_MODE)

    def _sync_folder(self) -> None:
        descriptor = os.open(self.folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
