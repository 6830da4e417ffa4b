"""The data's safety for the window: opening with a key, backups, restore, checks, store errors.

The interface holds the ``Database`` handle and reaches everything else of
the store through this module: keys, passphrases and recovery keys, the
backups (take, list, restore, the daily one), SQLite's integrity check, and
the errors a consultant is told about.
"""

from __future__ import annotations

from pathlib import Path

from consultant_app.store.backups import (
    BackupFile,
    DamagedCopyError,
    backup_database,
    check_database,
    daily_backup_or_warn,
    default_backup_dir,
    list_backups,
    restore_database,
)
from consultant_app.store.damage import MarkedDamagedError, mark_damaged
from consultant_app.store.database import open_database
from consultant_app.store.errors import (
    ForeignDatabaseError,
    KeyRequiredError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
    WrongKeyError,
)
from consultant_app.store.keys import (
    KEYRING_SERVICE,
    MIN_PASSPHRASE,
    PASSPHRASE_ENV,
    DatabaseKey,
    KeySource,
    key_from_secret,
    keyring_entry,
    keyring_name,
    load_key,
    passphrase_problem,
)
from consultant_app.store.locks import DatabaseInUseError
from consultant_app.store.sqlcipher import DatabaseError

__all__ = [
    "KEYRING_SERVICE",
    "MIN_PASSPHRASE",
    "PASSPHRASE_ENV",
    "BackupFile",
    "DamagedCopyError",
    "DatabaseError",
    "DatabaseInUseError",
    "DatabaseKey",
    "ForeignDatabaseError",
    "KeyRequiredError",
    "KeySource",
    "MarkedDamagedError",
    "MigrationError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReadOnlyDatabaseError",
    "StoreError",
    "WrongKeyError",
    "backup_database",
    "check_database",
    "daily_backup_or_warn",
    "default_backup_dir",
    "key_from_secret",
    "keyring_entry",
    "keyring_name",
    "list_backups",
    "load_key",
    "mark_damaged",
    "newest_good_backup",
    "open_database",
    "passphrase_problem",
    "restore_database",
]


def newest_good_backup(path: Path, key: DatabaseKey | None) -> BackupFile | None:
    """The newest backup of *path* that passes SQLite's quick check."""
    for backup in reversed(list_backups(default_backup_dir(path), path.stem)):
        try:
            if not check_database(backup.path, quick=True, key=key):
                return backup
        except (ValueError, StoreError):
            continue
    return None
