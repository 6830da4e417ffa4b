"""The key follows the file: moved, copied, backed up or restored elsewhere, a database
opens without asking; a new database where another one was gets a key of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring

from consultant_app.store import keys
from consultant_app.store.backups import backup_database, check_database, restore_database
from consultant_app.store.database import open_database
from consultant_app.store.keys import KEYRING_SERVICE, identity_entry, load_key, path_entry


def _move(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        side = source.with_name(source.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))


def _made(path: Path) -> keys.DatabaseKey:
    database = open_database(path)
    key = database.key
    database.close()
    assert key is not None and key.raw is not None
    return key


def test_the_keyring_entry_names_the_file_not_its_path(db_path: Path) -> None:
    key = _made(db_path)
    salt = keys.file_salt(db_path)
    assert salt is not None
    assert keys.keyring_entry(db_path) == identity_entry(salt)
    assert keyring.get_password(KEYRING_SERVICE, identity_entry(salt)) == key.raw.hex()
    assert keyring.get_password(KEYRING_SERVICE, path_entry(db_path)) is None


def test_a_moved_database_opens_without_asking(db_path: Path, tmp_path: Path) -> None:
    key = _made(db_path)
    moved = tmp_path / "usb key" / "moved.db"
    _move(db_path, moved)
    reopened = open_database(moved, create=False)
    try:
        assert reopened.key == key
        assert reopened.recovery_key is None  # nothing new: the same database, the same key
    finally:
        reopened.close()


def test_a_copy_opens_and_a_new_database_at_the_old_place_gets_its_own_key(
    db_path: Path, tmp_path: Path
) -> None:
    key = _made(db_path)
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)
    moved = tmp_path / "elsewhere" / "moved.db"
    _move(db_path, moved)
    assert load_key(copy) == key
    assert not db_path.exists()
    fresh = open_database(db_path)  # a new database where the moved one was
    try:
        assert fresh.key is not None and fresh.key != key
        assert fresh.recovery_key is not None  # a new key is shown, never silently reused
    finally:
        fresh.close()
    assert load_key(moved) == key and load_key(db_path) == fresh.key


def test_a_key_kept_by_path_moves_to_the_file_at_first_opening(db_path: Path) -> None:
    key = _made(db_path)
    salt = keys.file_salt(db_path)
    assert salt is not None
    # As an earlier version kept it: under the path only.
    keyring.delete_password(KEYRING_SERVICE, identity_entry(salt))
    keyring.set_password(KEYRING_SERVICE, path_entry(db_path), key.raw.hex())
    reopened = open_database(db_path)
    reopened.close()
    assert reopened.key == key
    assert keyring.get_password(KEYRING_SERVICE, identity_entry(salt)) == key.raw.hex()
    assert keyring.get_password(KEYRING_SERVICE, path_entry(db_path)) is None


def test_a_backup_moved_elsewhere_is_checked_and_restored_with_its_own_entry(
    db_path: Path, tmp_path: Path
) -> None:
    key = _made(db_path)
    backup = backup_database(db_path, tmp_path / "backups")
    carried = tmp_path / "other computer" / "carried.db"
    carried.parent.mkdir()
    shutil.copyfile(backup, carried)
    assert load_key(carried) == key
    assert check_database(carried) == []
    elsewhere = tmp_path / "restored" / "consultant.db"
    elsewhere.parent.mkdir()
    shutil.copyfile(db_path, elsewhere)
    restore_database(carried, elsewhere)
    reopened = open_database(elsewhere, create=False)
    try:
        assert reopened.key == key and reopened.recovery_key is None
    finally:
        reopened.close()


def test_rotated_backups_take_their_keyring_entry_with_them(db_path: Path, tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from consultant_app.store.backups import rotate_backups

    _made(db_path)
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 9, 0)
    made = [
        backup_database(db_path, folder, label="daily", now=start + timedelta(days=n))
        for n in range(3)
    ]
    salts = [keys.file_salt(path) for path in made]
    removed = rotate_backups(
        folder, db_path.stem, keep_daily=1, keep_weekly=0, now=start + timedelta(days=3)
    )
    assert removed
    for path, salt in zip(made, salts, strict=True):
        kept = keyring.get_password(KEYRING_SERVICE, identity_entry(salt)) is not None
        assert kept == (path not in removed)
