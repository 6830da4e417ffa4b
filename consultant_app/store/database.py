"""Open a database file: check it, bring it to the latest schema, hand out units of work."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from consultant_app.store import audit, search_index  # noqa: F401 - installs listeners
from consultant_app.store.engine import create_sqlite_engine
from consultant_app.store.errors import (
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from consultant_app.store.schema import HEAD, REVISIONS, has_sqlite_header, read_state
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

    def unit_of_work(self, actor: str | None = None) -> UnitOfWork:
        return UnitOfWork(self.session_factory, actor=actor)

    def close(self) -> None:
        self.engine.dispose()


def _is_writable(path: Path) -> bool:
    mode = path.stat().st_mode
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def inspect_file(path: Path) -> str | None:
    """Check that *path* can hold our database; return its revision (None when new or empty).

    Raises a :class:`StoreError` with a clear message, without writing anything.
    """
    if not path.exists():
        if not path.parent.is_dir():
            raise NotADatabaseError(path, f"The folder {path.parent} does not exist.")
        if not _is_writable(path.parent):
            raise ReadOnlyDatabaseError(
                path, f"Cannot create {path}: the folder {path.parent} is read-only."
            )
        return None
    if path.is_dir():
        raise NotADatabaseError(path, f"{path} is a folder, not a database file.")
    if not os.access(path, os.R_OK):
        raise ReadOnlyDatabaseError(path, f"{path} cannot be read: permission denied.")
    size = path.stat().st_size
    if size and not has_sqlite_header(path):
        raise NotADatabaseError(
            path, f"{path} is not a database of this application (not an SQLite file). {UNTOUCHED}"
        )
    if not _is_writable(path) or not _is_writable(path.parent):
        raise ReadOnlyDatabaseError(
            path,
            f"{path} is read-only (the file or its folder cannot be written). "
            f"Copy it to a folder where you may write, or change its permissions. {UNTOUCHED}",
        )
    if not size:
        return None
    try:
        revision, tables = read_state(path)
    except sqlite3.DatabaseError as error:
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


def backup_copy(path: Path, label: str) -> Path:
    """Copy *path* aside with SQLite's online backup (safe with a WAL), for the user only."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}.bak")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}.bak")
        counter += 1
    source = sqlite3.connect(path)
    old_umask = os.umask(0o077)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        os.umask(old_umask)
        source.close()
    return target


def restore_copy(backup: Path, path: Path) -> None:
    """Put the copy *backup* back in place of *path* (after a failed migration)."""
    for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        side.unlink(missing_ok=True)
    source = sqlite3.connect(backup)
    try:
        destination = sqlite3.connect(path)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def _migrate(path: Path, revision: str | None) -> tuple[Engine, Path | None]:
    """Bring *path* to the latest schema; on failure put everything back as it was."""
    backup = None
    if revision is not None:
        backup = backup_copy(path, f"before-{HEAD}")
        log.info("Copied the database aside before migrating: %s", backup)
    old_umask = os.umask(0o077)  # a new database holds personal data: for the user only
    engine = create_sqlite_engine(path)
    try:
        from consultant_app.store.migrate import upgrade

        upgrade(engine)
    except Exception as error:
        engine.dispose()
        if backup is not None:
            restore_copy(backup, path)
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


def open_database(path: Path | str, *, migrate: bool = True, create: bool = True) -> Database:
    """Open (or create) the database at *path* and bring it to the latest schema.

    Before an existing database is migrated, it is copied aside; a failed
    migration puts that copy back. With ``create=False`` a missing file is an
    error instead of a new database.
    """
    path = Path(path).expanduser().absolute()
    if not create and not path.exists():
        raise NotADatabaseError(path, f"There is no database at {path}.")
    revision = inspect_file(path)
    backup: Path | None = None
    if revision != HEAD and migrate:
        engine, backup = _migrate(path, revision)
        revision = HEAD
    else:
        engine = create_sqlite_engine(path)
    factory = sessionmaker(engine, expire_on_commit=False)
    audit.install(factory)
    return Database(path, engine, factory, revision or "", backup)
