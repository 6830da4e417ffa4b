"""Encrypt a plain database of an earlier version, and the plain copies beside it.

The plain file is first copied aside (a backup), then exported into a new
encrypted file, which is checked (same rows in every table, SQLite's quick
check) before it takes the place of the plain one. The copies left beside the
database in plain form (that backup, the automatic backups, the copies taken
before migrations and restores) are encrypted in their turn, so that no
readable copy of the personal data stays on the disk.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from consultant_app.store.backups import backup_copy, default_backup_dir, list_backups, side_copies
from consultant_app.store.errors import MigrationError
from consultant_app.store.files import fsync_file, has_sqlite_header
from consultant_app.store.keys import DatabaseKey
from consultant_app.store.sqlcipher import (
    DatabaseError,
    connect,
    export_encrypted,
    table_counts,
)

log = logging.getLogger(__name__)


def _plain_counts(path: Path) -> dict[str, int]:
    connection = connect(path, None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return table_counts(connection)
    finally:
        connection.close()


def _encrypted_file(source: Path, key: DatabaseKey) -> Path:
    """Export the plain *source* to a checked encrypted file beside it; return that file."""
    counts = _plain_counts(source)
    temporary = source.with_name(f".{source.name}.encrypting.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        export_encrypted(source, temporary, key)
        check = connect(temporary, key)
        try:
            copied = table_counts(check)
            verdict = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
        if copied != counts:
            differ = sorted(name for name in counts if counts[name] != copied.get(name))
            raise ValueError(f"the encrypted copy differs in {', '.join(differ)}")
        if verdict != "ok":
            raise ValueError(f"the encrypted copy fails SQLite's check: {verdict}")
        os.chmod(temporary, 0o600)
        fsync_file(temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _replace(temporary: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(temporary, target)
    fsync_file(target)


def encrypt_file(path: Path, key: DatabaseKey) -> None:
    """Encrypt the plain database file *path* in place, checked before it replaces it."""
    _replace(_encrypted_file(path, key), path)


def plain_copies(path: Path) -> list[Path]:
    """The plain SQLite copies of the database *path* kept beside it by the application."""
    candidates = [backup.path for backup in list_backups(default_backup_dir(path), path.stem)]
    candidates += side_copies(path)
    return [item for item in candidates if item.is_file() and has_sqlite_header(item)]


def encrypt_plain_copies(path: Path, key: DatabaseKey) -> list[Path]:
    """Encrypt the plain copies of *path*; return those that could not be (left as they were)."""
    failed = []
    for copy in plain_copies(path):
        try:
            encrypt_file(copy, key)
        except (DatabaseError, ValueError, OSError) as error:
            log.warning("A plain copy could not be encrypted: %s (%s)", copy.name, error)
            failed.append(copy)
    return failed


def encrypt_in_place(path: Path, key: DatabaseKey) -> Path:
    """Encrypt the plain database *path*, after a backup; return that backup (now encrypted).

    On failure the plain file is untouched and :class:`MigrationError` says why.
    """
    backup = backup_copy(path, "before-encryption")
    try:
        encrypt_file(path, key)
    except (DatabaseError, ValueError, OSError) as error:
        raise MigrationError(
            path,
            f"Could not encrypt {path} ({error}). The file was left untouched; "
            f"a copy is at {backup}.",
        ) from error
    log.info("Encrypted a database of an earlier version.")
    encrypt_plain_copies(path, key)
    return backup
