"""Open a database file: check it, bring it to the latest schema, hand out units of work."""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from consultant_app.store import audit, damage, identity, keys, locks, search_index  # noqa: F401 - installs listeners
from consultant_app.store.backups import backup_copy, default_backup_dir, restore_copy
from consultant_app.store.engine import create_sqlite_engine
from consultant_app.store.errors import (
    ForeignDatabaseError,
    KeyRequiredError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from consultant_app.store.files import has_sqlite_header
from consultant_app.store.keys import DatabaseKey
from consultant_app.store.leftovers import sweep_leftovers
from consultant_app.store.schema import HEAD, REVISIONS, read_state
from consultant_app.store.sqlcipher import DatabaseError
from consultant_app.store.uow import UnitOfWork

log = logging.getLogger(__name__)

UNTOUCHED = "The file was left untouched."


@dataclass
class Database:
    """An open database: its engine and the factory of its sessions."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session] = field(repr=False)
    revision: str = HEAD
    backup_path: Path | None = None
    #: The secret that opened the file (None: a plain file, only while it is converted).
    key: DatabaseKey | None = field(default=None, repr=False)
    #: The recovery key of a key created by this opening: to be shown once, then dropped.
    recovery_key: str | None = field(default=None, repr=False)
    #: True when this opening encrypted a plain database of an earlier version.
    converted: bool = False
    #: The shared lock this opening holds (a restore elsewhere waits for :meth:`close`).
    lock: locks.DatabaseLock | None = field(default=None, repr=False)
    #: True when opened read-only (a read command, or a database found damaged).
    read_only: bool = False

    def unit_of_work(self, actor: str | None = None) -> UnitOfWork:
        return UnitOfWork(self.session_factory, actor=actor)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _is_writable(path: Path) -> bool:
    mode = path.stat().st_mode
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _refuse_non_sqlite(path: Path) -> None:
    size = path.stat().st_size
    # An encrypted database is whole pages; anything else that is not SQLite is not ours.
    if size and not has_sqlite_header(path) and size % 512:
        raise NotADatabaseError(
            path, f"{path} is not a database of this application (not an SQLite file). {UNTOUCHED}"
        )


def _check_access(path: Path) -> None:
    """Refuse a path that cannot hold our database, without writing anything."""
    if not path.exists():
        if not path.parent.is_dir():
            raise NotADatabaseError(path, f"The folder {path.parent} does not exist.")
        if not _is_writable(path.parent):
            raise ReadOnlyDatabaseError(
                path, f"Cannot create {path}: the folder {path.parent} is read-only."
            )
        return
    if path.is_dir():
        raise NotADatabaseError(path, f"{path} is a folder, not a database file.")
    if not os.access(path, os.R_OK):
        raise ReadOnlyDatabaseError(path, f"{path} cannot be read: permission denied.")
    _refuse_non_sqlite(path)
    if not _is_writable(path) or not _is_writable(path.parent):
        raise ReadOnlyDatabaseError(
            path,
            f"{path} is read-only (the file or its folder cannot be written). "
            f"Copy it to a folder where you may write, or change its permissions. {UNTOUCHED}",
        )


def _read_revision(path: Path, key: DatabaseKey | None) -> str | None:
    try:
        revision, tables = read_state(path, key)
    except DatabaseError as error:
        raise NotADatabaseError(
            path, f"{path} cannot be read as a database ({error}). {UNTOUCHED}"
        ) from error
    if revision is None and tables:
        raise ForeignDatabaseError(
            path,
            f"{path} is an SQLite database of another application "
            f"({tables} tables, none of ours). {UNTOUCHED}",
        )
    if revision is not None and revision not in REVISIONS:
        raise NewerSchemaError(
            path,
            f"{path} was written by a newer version of the application (schema {revision}); "
            f"this version knows schemas up to {HEAD}. Update the application. {UNTOUCHED}",
        )
    return revision


def inspect_file(path: Path, key: DatabaseKey | None = None) -> str | None:
    """Check that *path* can hold our database; return its revision (None when new or empty).

    Raises a :class:`StoreError` with a clear message, without writing anything.
    """
    _check_access(path)
    if not path.exists() or not path.stat().st_size:
        return None
    return _read_revision(path, None if has_sqlite_header(path) else key)


def _choose_key(path: Path, given: DatabaseKey | None, new: bool) -> tuple[DatabaseKey, bool]:
    """The key for *path* and whether it was created now (to go to the keyring)."""
    key = given or keys.environment_key() or keys.load_key(path)
    if key is not None:
        return key, False
    if not new:
        raise KeyRequiredError(path, keys.locked_message(path), new=False)
    if not keys.keyring_available():
        raise KeyRequiredError(
            path,
            f"This computer has no keyring to keep the key of {path}. Choose a passphrase, "
            f"or set {keys.PASSPHRASE_ENV} on the command line.",
            new=True,
        )
    return keys.new_key(), True


def _keep_in_keyring(path: Path, key: DatabaseKey, generated: bool) -> None:
    if generated:
        try:
            keys.store_key(path, key)
        except Exception as error:
            raise KeyRequiredError(
                path,
                f"The keyring refused to keep the key of {path} ({error}). Choose a passphrase, "
                f"or set {keys.PASSPHRASE_ENV} on the command line.",
                new=True,
            ) from error
    elif key.source is keys.KeySource.RECOVERY and keys.keyring_available():
        # Opened with the recovery key on this computer: the next start needs nothing typed.
        try:
            keys.store_key(path, key.with_source(keys.KeySource.KEYRING))
        except Exception as error:
            log.warning("The keyring refused the key: %s", type(error).__name__)


def _migrate(path: Path, revision: str | None, key: DatabaseKey) -> tuple[Engine, Path | None]:
    """Bring *path* to the latest schema; on failure put everything back as it was."""
    backup = None
    if revision is not None:
        backup = backup_copy(path, f"before-{HEAD}", key)
        log.info("Copied the database aside before migrating: %s", backup.name)
    old_umask = os.umask(0o077)  # a new database holds personal data: for the user only
    engine = create_sqlite_engine(path, key=key)
    try:
        from consultant_app.store.migrate import upgrade

        upgrade(engine)
    except Exception as error:
        engine.dispose()
        if backup is not None:
            restore_copy(backup, path, key)
            outcome = f"The file was restored from the copy taken before: {backup}."
        else:
            for suffix in ("", "-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            outcome = "No file was left behind."
        raise MigrationError(
            path, f"Could not bring {path} to the latest schema ({error}). {outcome}"
        ) from error
    finally:
        os.umask(old_umask)
    return engine, backup


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    create: bool = True,
    key: DatabaseKey | None = None,
    read_only: bool = False,
) -> Database:
    """Open (or create) the encrypted database at *path* and bring it to the latest schema.

    The key is *key*, else ``CONSULTANT_APP_PASSPHRASE``, else the keyring's
    entry for *path*; a new database gets a new random key kept in the
    keyring (its recovery key is then in ``Database.recovery_key``). Without
    any, :class:`KeyRequiredError` asks the caller for a passphrase. A plain
    database of an earlier version is encrypted first, after a backup.
    Before an existing database is migrated, it is copied aside; a failed
    migration puts that copy back. With ``create=False`` a missing file is an
    error instead of a new database. A *read_only* opening writes nothing:
    it creates, converts and migrates nothing, and its sessions cannot write.

    The opening holds the database's shared lock until :meth:`Database.close`;
    creating, converting or migrating the file takes the exclusive one.
    """
    path = Path(path).expanduser().absolute()
    if (read_only or not create) and not path.exists():
        raise NotADatabaseError(path, f"There is no database at {path}.")
    if read_only:
        _check_readable(path)
    else:
        _check_access(path)
    if path.exists() and path.stat().st_size:
        # Refuse a file that is not ours before anything (the lock file) appears beside it.
        if has_sqlite_header(path):
            _read_revision(path, None)
        else:
            key, _generated = _choose_key(path, key, False)
            _read_revision(path, key)
    if not read_only:
        damage.refuse_if_marked(path)  # found damaged: only a read-only opening
    lock = locks.share(path)
    try:
        if read_only:
            return _open_read_only(path, key, lock)
        return _open_locked(path, key, migrate, lock)
    except BaseException:
        lock.release()
        raise


def _check_readable(path: Path) -> None:
    if path.is_dir():
        raise NotADatabaseError(path, f"{path} is a folder, not a database file.")
    if not os.access(path, os.R_OK):
        raise ReadOnlyDatabaseError(path, f"{path} cannot be read: permission denied.")
    if not path.stat().st_size:
        raise NotADatabaseError(path, f"{path} is an empty file, not a database. {UNTOUCHED}")
    _refuse_non_sqlite(path)


def _open_read_only(path: Path, key: DatabaseKey | None, lock: locks.DatabaseLock) -> Database:
    if has_sqlite_header(path):
        raise NotADatabaseError(
            path,
            f"{path} is not encrypted yet (a database of an earlier version): open it once "
            f"in the window or with a command that changes it. {UNTOUCHED}",
        )
    key, _generated = _choose_key(path, key, False)
    revision = _read_revision(path, key)
    if revision != HEAD:
        raise MigrationError(
            path,
            f"{path} is at schema {revision}; this version works on {HEAD}. Bring it to the "
            f"latest schema first (open it in the window, or run the migrate command; a copy "
            f"is taken before). {UNTOUCHED}",
        )
    engine = create_sqlite_engine(path, key=key, read_only=True)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, factory, revision or "", None, key, lock=lock, read_only=True)


def _open_locked(
    path: Path, key: DatabaseKey | None, migrate: bool, lock: locks.DatabaseLock
) -> Database:
    # Half copies of killed backups, restores or migrations never stay behind.
    sweep_leftovers(path.parent, default_backup_dir(path))
    new = not path.exists() or not path.stat().st_size
    plain = not new and has_sqlite_header(path)
    revision = _read_revision(path, None) if plain else None
    key, generated = _choose_key(path, key, new or plain)
    if not new and not plain:
        revision = _read_revision(path, key)
    rewrite = new or plain or (revision != HEAD and migrate)
    if rewrite:
        # Creating, encrypting or migrating: nobody else may have the file open meanwhile.
        lock.release()
        lock = locks.take_exclusive(path, "open it again", wait_s=locks.OPEN_WAIT_S)
        if not new and not plain:
            revision = _read_revision(path, key)  # the file may have changed meanwhile
    _keep_in_keyring(path, key, generated)
    if plain:
        from consultant_app.store.encryption import encrypt_in_place

        encrypt_in_place(path, key)
    backup: Path | None = None
    try:
        if revision != HEAD and migrate:
            engine, backup = _migrate(path, revision, key)
            revision = HEAD
        else:
            engine = create_sqlite_engine(path, key=key)
    finally:
        lock = locks.downgrade(lock)
    identity.ensure_identity(engine)
    if generated or plain:
        # The file is written now: its key moves to the file's own identity.
        keys.remember_key(path, key)
    factory = sessionmaker(engine, expire_on_commit=False)
    audit.install(factory)
    recovery = keys.recovery_text(key) if generated else None
    return Database(path, engine, factory, revision or "", backup, key, recovery, plain, lock=lock)
