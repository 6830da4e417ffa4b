"""The secret that opens an encrypted database, and where it is kept.

A database is encrypted with SQLCipher, either with a random 256-bit key kept
in the operating system's keyring (the default) or, on a computer without a
keyring, with a passphrase the user types at start (or sets in
``CONSULTANT_APP_PASSPHRASE`` for the command line). The random key can be
written out as a *recovery key*, which opens the database on another computer
or once the keyring is lost. Nothing here ever writes a secret to a file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import secrets
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path

from consultant_app.store.errors import KeyRequiredError
from consultant_app.store.files import has_sqlite_header

#: Environment variable holding the passphrase (or the recovery key) on the command line.
PASSPHRASE_ENV = "CONSULTANT_APP_PASSPHRASE"
#: Keyring service under which the keys of databases are kept (one entry per database path).
KEYRING_SERVICE = "consultant-app"
KEY_BYTES = 32
#: Shortest passphrase accepted for a new database.
MIN_PASSPHRASE = 10

# SQLCipher 4's key derivation from a passphrase, done once per process and salt.
_KDF_ITERATIONS = 256_000
_SALT_BYTES = 16
#: Keyring entries of a database by its identity (its salt) start with this.
_IDENTITY_PREFIX = "sqlcipher-salt:"
_RECOVERY_CHARS = 52  # base32 of 32 bytes, padding dropped
_RECOVERY_PATTERN = re.compile(r"[A-Z2-7]{52}")


class KeySource(Enum):
    """Where the secret of an open database came from."""

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # typed in the window
    ENVIRONMENT = "environment"  # CONSULTANT_APP_PASSPHRASE
    RECOVERY = "recovery"  # the recovery key, typed or from the environment


@dataclass(frozen=True)
class DatabaseKey:
    """A raw 256-bit key or a passphrase; ``repr`` never shows the secret."""

    raw: bytes | None = field(default=None, repr=False)
    passphrase: str | None = field(default=None, repr=False)
    source: KeySource = KeySource.KEYRING

    def __post_init__(self) -> None:
        if (self.raw is None) == (self.passphrase is None):
            raise ValueError("A database key is either a raw key or a passphrase.")
        if self.raw is not None and len(self.raw) != KEY_BYTES:
            raise ValueError(f"A raw database key has {KEY_BYTES} bytes.")

    @property
    def is_raw(self) -> bool:
        return self.raw is not None

    def pragma_value(self, salt: bytes | None) -> str:
        """The SQL literal of ``PRAGMA key`` for a file whose first 16 bytes are *salt*.

        A passphrase is derived here once per salt (SQLCipher's own PBKDF2
        parameters) and handed over as a raw key with its salt, so that every
        further connection of the process opens at the cost of a raw key.
        Without a salt (a file still to be created) the passphrase is given as is.
        """
        if self.raw is not None:
            return f"\"x'{self.raw.hex()}'\""
        assert self.passphrase is not None
        if salt is None:
            return "'" + self.passphrase.replace("'", "''") + "'"
        derived = _derive(self.passphrase, salt)
        return f"\"x'{derived.hex()}{salt.hex()}'\""

    def attach_value(self) -> str:
        """The ``KEY`` of an ``ATTACH`` that creates a new encrypted file."""
        if self.raw is not None:
            return f"x'{self.raw.hex()}'"
        assert self.passphrase is not None
        return self.passphrase

    def with_source(self, source: KeySource) -> DatabaseKey:
        return DatabaseKey(self.raw, self.passphrase, source)


@lru_cache(maxsize=16)
def _derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, _KDF_ITERATIONS, KEY_BYTES
    )


def file_salt(path: Path) -> bytes | None:
    """The salt SQLCipher keeps in the first 16 bytes of an encrypted file (None if too short)."""
    try:
        with path.open("rb") as handle:
            salt = handle.read(_SALT_BYTES)
    except FileNotFoundError:
        return None
    return salt if len(salt) == _SALT_BYTES else None


def new_key() -> DatabaseKey:
    return DatabaseKey(raw=secrets.token_bytes(KEY_BYTES), source=KeySource.KEYRING)


def recovery_text(key: DatabaseKey) -> str:
    """The recovery key of a raw *key*: 52 characters in groups of four."""
    if key.raw is None:
        raise ValueError("A database opened with a passphrase has no recovery key.")
    text = base64.b32encode(key.raw).decode("ascii").rstrip("=")
    return "-".join(text[index : index + 4] for index in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes | None:
    """The raw key written as a recovery key in *text*, or None if it is not one."""
    compact = re.sub(r"[\s-]", "", text).upper()
    if len(compact) != _RECOVERY_CHARS or not _RECOVERY_PATTERN.fullmatch(compact):
        return None
    return base64.b32decode(compact + "=" * (-len(compact) % 8))


def key_from_secret(secret: str, source: KeySource) -> DatabaseKey:
    """A key from what a person typed or set: a recovery key, else a passphrase."""
    raw = parse_recovery(secret)
    if raw is not None:
        return DatabaseKey(raw=raw, source=KeySource.RECOVERY)
    return DatabaseKey(passphrase=secret, source=source)


def passphrase_problem(passphrase: str) -> str | None:
    """Why *passphrase* cannot protect a new database, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"A passphrase has at least {MIN_PASSPHRASE} characters."
    if not passphrase.strip():
        return "A passphrase cannot be only spaces."
    return None


def environment_key() -> DatabaseKey | None:
    """The key set in ``CONSULTANT_APP_PASSPHRASE``, if any."""
    secret = os.environ.get(PASSPHRASE_ENV)
    if not secret:
        return None
    return key_from_secret(secret, KeySource.ENVIRONMENT)


# --- the operating system's keyring -------------------------------------------------------


def _backend():  # type: ignore[no-untyped-def]
    import keyring

    return keyring.get_keyring()


def keyring_available() -> bool:
    """True when ``keyring`` has a real backend (not its fail backend, as on a headless machine)."""
    try:
        backend = _backend()
    except Exception:
        return False
    if type(backend).__module__ == "keyring.backends.fail":
        return False
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def keyring_name() -> str:
    """The human name of the keyring in use (e.g. ``SecretService Keyring``)."""
    try:
        backend = _backend()
    except Exception:
        return "none"
    return str(getattr(backend, "name", type(backend).__name__))


def keyring_entry(path: Path) -> str:
    """The keyring user name under which the key of the database at *path* is kept.

    It names the file's own identity, the random salt SQLCipher writes in its first
    16 bytes (readable without the key), so that the key follows the file when it is
    moved, copied or restored elsewhere, and a new file at the same place never finds
    the key of the one that was there. A file not written yet is named by its path.
    """
    salt = file_salt(Path(path)) if Path(path).exists() else None
    if salt is not None and not has_sqlite_header(Path(path)):
        return identity_entry(salt)
    return path_entry(path)


def identity_entry(salt: bytes) -> str:
    """The keyring user name of the database whose salt is *salt*."""
    return f"{_IDENTITY_PREFIX}{salt.hex()}"


def path_entry(path: Path) -> str:
    """The keyring user name of a file by its path (earlier versions; files not yet written)."""
    return str(Path(path).expanduser().absolute())


_COPY_NAMES = (
    # <db dir>/backups/<stem>-YYYYMMDD-HHMMSS-<label>[-n].db: a backup
    (re.compile(r"(?P<stem>.+)-\d{8}-\d{6}-[a-z][a-z0-9]*(?:-\d+)?\.db"), True),
    # <stem>.<label>-<stamp>[-n]<suffix>.bak: the copy taken before a migration
    (
        re.compile(
            r"(?P<stem>[^.]+)\.[A-Za-z0-9_-]+?-\d{8}-\d{6}(?:-\d+)?(?P<suffix>\.[^.]+)?\.bak"
        ),
        False,
    ),
    # <name>.before-restore-<stamp>[-n].db: the file a restore kept aside
    (re.compile(r"(?P<name>.+)\.before-restore-\d{8}-\d{6}(?:-\d+)?\.db"), False),
)


def _owners(path: Path) -> list[Path]:
    """The databases whose copy *path* may be (copies carry the key of their database)."""
    owners = []
    for pattern, in_backups in _COPY_NAMES:
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        groups = match.groupdict()
        folder = path.parent.parent if in_backups else path.parent
        if groups.get("name"):
            owners.append(folder / groups["name"])
        elif groups.get("suffix") is not None or not in_backups:
            owners.append(folder / f"{groups['stem']}{groups.get('suffix') or ''}")
        else:
            owners += [folder / f"{groups['stem']}{suffix}" for suffix in (".db", ".sqlite", "")]
    return owners


def load_key(path: Path) -> DatabaseKey | None:
    """The key of the database at *path* from the keyring, or None.

    The entry of the file's identity comes first. An entry kept by path (earlier
    versions) is moved to the file's identity the first time it is found. A backup
    or a copy kept aside by an earlier version opens with the key of its database,
    found from the copy's name and place. A file that does not exist has no key.
    """
    if not keyring_available():
        return None
    absolute = Path(path).expanduser().absolute()
    if not absolute.exists():
        return None
    salt = _identity_of(absolute)
    if salt is not None:
        key = _stored_key(identity_entry(salt))
        if key is not None:
            return key
    key = _stored_key(path_entry(absolute))
    if key is not None:
        if salt is not None:  # found by path: the key follows the file from now on
            _adopt(absolute, key)
        return key
    for owner in _owners(absolute):
        owner_salt = _identity_of(owner) if owner.exists() else None
        key = _stored_key(identity_entry(owner_salt)) if owner_salt is not None else None
        key = key or _stored_key(path_entry(owner))
        if key is not None:
            return key
    return None


def _identity_of(path: Path) -> bytes | None:
    """The salt of the encrypted file *path* (None for a plain or unreadable file)."""
    try:
        if has_sqlite_header(path):
            return None
    except OSError:
        return None
    try:
        return file_salt(path)
    except OSError:
        return None


def is_own_key(path: Path, key: DatabaseKey | None) -> bool:
    """Whether *key* is the one the keyring keeps for this very file (by its identity).

    Such a key that no longer opens the file means the file is damaged, not the key wrong.
    """
    if key is None or key.raw is None or not keyring_available():
        return False
    salt = _identity_of(Path(path).expanduser().absolute())
    stored = _stored_key(identity_entry(salt)) if salt is not None else None
    return stored is not None and stored.raw == key.raw


def _adopt(path: Path, key: DatabaseKey) -> None:
    """Keep *key* under the identity of *path* and drop its entry by path."""
    try:
        store_key(path, key)
    except Exception:
        return
    with contextlib.suppress(Exception):
        _backend().delete_password(KEYRING_SERVICE, path_entry(path))


def _stored_key(entry: str) -> DatabaseKey | None:
    try:
        stored = _backend().get_password(KEYRING_SERVICE, entry)
    except Exception:
        return None
    if not stored:
        return None
    try:
        raw = bytes.fromhex(stored)
    except ValueError:
        return None
    if len(raw) != KEY_BYTES:
        return None
    return DatabaseKey(raw=raw, source=KeySource.KEYRING)


def store_key(path: Path, key: DatabaseKey) -> None:
    """Keep the raw *key* of the database at *path* in the keyring (raises when it cannot).

    Under the file's identity once the file is written; by path before.
    """
    if key.raw is None:
        raise ValueError("Only a raw key is kept in the keyring.")
    _backend().set_password(KEYRING_SERVICE, keyring_entry(path), key.raw.hex())


def remember_key(path: Path, key: DatabaseKey | None) -> None:
    """Keep the key of a file the application just wrote (a copy, a backup, a restored or
    new database) under the file's identity, and drop an entry by its path; never raises.

    A passphrase is not kept: it is typed (or set) again.
    """
    if key is None or key.raw is None or not keyring_available():
        return
    absolute = Path(path).expanduser().absolute()
    if _identity_of(absolute) is None:
        return
    _adopt(absolute, key.with_source(KeySource.KEYRING))


def forget_key(path: Path) -> None:
    """Remove the key of *path* from the keyring, if it is there."""
    with contextlib.suppress(Exception):
        _backend().delete_password(KEYRING_SERVICE, keyring_entry(path))


def locked_message(path: Path) -> str:
    """Why the encrypted database *path* waits for a secret to be typed or set."""
    return (
        f"{path} is encrypted and its key is not in this computer's keyring. "
        f"Type its passphrase or recovery key, or set {PASSPHRASE_ENV} on the command line."
    )


def existing_key(path: Path | str) -> DatabaseKey | None:
    """The key that opens the existing file *path*: from the environment or the keyring.

    None for a plain SQLite file; :class:`KeyRequiredError` for an encrypted
    one whose key is at neither place.
    """
    path = Path(path).expanduser().absolute()
    if not path.exists() or not path.stat().st_size or has_sqlite_header(path):
        return None
    key = environment_key() or load_key(path)
    if key is None:
        raise KeyRequiredError(path, locked_message(path), new=False)
    return key


def key_location(path: Path, key: DatabaseKey | None) -> str:
    """Where the key of the database at *path* lives, in words (for the command line)."""
    if key is None:
        return "not encrypted"
    if key.source is KeySource.KEYRING:
        return (
            f"encrypted; key in the keyring ({keyring_name()}), "
            f'entry "{KEYRING_SERVICE}" / {keyring_entry(path)}'
        )
    if key.source is KeySource.ENVIRONMENT:
        return f"encrypted; passphrase from {PASSPHRASE_ENV}"
    if key.source is KeySource.RECOVERY:
        return "encrypted; opened with the recovery key"
    return "encrypted; passphrase typed at start"


if __name__ == "__main__":  # ``python -m consultant_app.store.keys``: exit 0 if a keyring exists
    raise SystemExit(0 if keyring_available() else 1)
