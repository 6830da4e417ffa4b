"""Connections to database files through SQLCipher, encrypted or not.

Every connection of the application (the engine's, the backups', the
checks') is made here, so that the key is always the first statement on it
and SQLCipher's own log never reaches the terminal.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlcipher3 import dbapi2 as dbapi

from consultant_app.store.errors import DamagedDatabaseError, WrongKeyError
from consultant_app.store.files import has_sqlite_header
from consultant_app.store.keys import DatabaseKey, file_salt, is_own_key, remember_key

#: The DB-API module of every connection: its exceptions are the ones to catch.
DatabaseError = dbapi.DatabaseError
OperationalError = dbapi.OperationalError
Connection = dbapi.Connection

#: Seconds a connection waits for another writer (window and command line side by side).
BUSY_TIMEOUT_S = 10.0


def read_only_uri(path: Path, *, immutable_without_wal: bool = False) -> str:
    mode = "mode=ro"
    if immutable_without_wal and not path.with_name(path.name + "-wal").exists():
        # No write-ahead log: read the file as immutable, so no -shm/-wal appears beside it.
        mode = "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def is_encrypted_file(path: Path) -> bool:
    """True when *path* holds bytes that are not a plain SQLite file (SQLCipher's, or foreign)."""
    return path.exists() and path.stat().st_size > 0 and not has_sqlite_header(path)


def connect(
    path: Path,
    key: DatabaseKey | None,
    *,
    read_only: bool = False,
    immutable_without_wal: bool = False,
    timeout: float = BUSY_TIMEOUT_S,
) -> dbapi.Connection:
    """A DB-API connection on *path*, keyed with *key* (None: a plain SQLite file).

    Raises :class:`WrongKeyError` when the key does not open an existing file.
    """
    path = Path(path)
    target = (
        read_only_uri(path, immutable_without_wal=immutable_without_wal) if read_only else str(path)
    )
    connection = dbapi.connect(target, uri=read_only, timeout=timeout, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            salt = file_salt(path) if is_encrypted_file(path) else None
            connection.execute(f"PRAGMA key = {key.pragma_value(salt)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as error:
        connection.close()
        if key is not None and "not a database" in str(error) and is_own_key(path, key):
            raise DamagedDatabaseError(
                path,
                f"{path} is damaged: the key this computer keeps for this very file no longer "
                "opens it. The file was left untouched; keep it. Restore its newest sound backup "
                "(Settings → Data safety, or 'consultant-app restore BACKUP').",
            ) from error
        if key is not None and "not a database" in str(error):
            raise WrongKeyError(
                path, f"The key or passphrase does not open {path}. The file was left untouched."
            ) from error
        raise
    return connection


def export_encrypted(source: Path, target: Path, key: DatabaseKey) -> None:
    """Write the plain database *source* as the new encrypted file *target* (sqlcipher_export)."""
    connection = connect(source, None)
    old_umask = os.umask(0o077)
    try:
        connection.execute(
            "ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key.attach_value())
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        user_version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        os.umask(old_umask)
        connection.close()
    remember_key(target, key)


def table_counts(connection: dbapi.Connection) -> dict[str, int]:
    """Rows of every table of *connection*'s main database (virtual tables' shadows included)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def copy_database(
    source: Path, source_key: DatabaseKey | None, target: Path, target_key: DatabaseKey | None
) -> None:
    """Copy the database *source* into *target* with SQLite's online backup API.

    A plain *source* going to an encrypted *target* is exported instead
    (SQLCipher's backup API does not cross between the two); *target* must
    then not exist yet. The copy of a file in write-ahead-log mode includes
    the log's committed pages.
    """
    if source_key is None and target_key is not None:
        export_encrypted(source, target, target_key)
        return
    if source_key is not None and target_key is None:
        raise ValueError("An encrypted database is never copied to a plain file.")
    # Read-write where the folder allows: SQLite then removes the -wal/-shm files it makes
    # at the last close (a read-only connection would leave them behind). It only reads.
    writable = os.access(source, os.W_OK) and os.access(source.parent, os.W_OK)
    reader = connect(source, source_key, read_only=not writable)
    try:
        writer = connect(target, target_key)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
    remember_key(target, target_key)  # the copy opens with its key wherever it goes
