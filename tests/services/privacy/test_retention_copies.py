"""Retention covers the copies too: side copies and backups taken before the retention
period's start are removed with their keyring entries; newer ones are kept."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import keyring

from consultant_app.services.privacy.anonymise import apply_retention, retention_plan
from consultant_app.store.backups import backup_database, default_backup_dir
from consultant_app.store.database import Database, open_database
from consultant_app.store.keys import KEYRING_SERVICE, file_salt, identity_entry

TODAY = date(2026, 6, 15)


def _side_copy(db_path: Path, suffix: str, when: datetime) -> Path:
    copy = db_path.with_name(db_path.stem + suffix)
    copy.write_bytes(db_path.read_bytes())
    stamp = when.timestamp()
    os.utime(copy, (stamp, stamp))
    return copy


def test_copies_older_than_the_retention_period_are_removed(db_path: Path) -> None:
    database: Database = open_database(db_path)
    try:
        cutoff = retention_plan(database, today=TODAY).cutoff
        old_backup = backup_database(database, label="daily", now=datetime(2019, 3, 1, 9, 0))
        new_backup = backup_database(database, label="daily", now=datetime(2026, 6, 1, 9, 0))
        old_salt = file_salt(old_backup)
        old_bak = _side_copy(db_path, ".before-0004-20190301-090000.db.bak", datetime(2019, 3, 1))
        old_aside = _side_copy(
            db_path, ".db.before-restore-20200102-080000.db", datetime(2020, 1, 2)
        )
        new_aside = _side_copy(
            db_path, ".db.before-restore-20260601-080000.db", datetime(2026, 6, 1)
        )
        apply_retention(database, today=TODAY)
    finally:
        database.close()
    assert cutoff > date(2020, 1, 2)
    assert not old_backup.exists() and not old_bak.exists() and not old_aside.exists()
    assert new_backup.exists() and new_aside.exists()
    assert old_salt is not None
    assert keyring.get_password(KEYRING_SERVICE, identity_entry(old_salt)) is None
    assert [p.name for p in default_backup_dir(db_path).iterdir()] == [new_backup.name]


def test_a_dry_run_removes_nothing(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        old_backup = backup_database(database, label="daily", now=datetime(2019, 3, 1, 9, 0))
        retention_plan(database, today=TODAY)
    finally:
        database.close()
    assert old_backup.exists()


def test_the_daily_run_that_only_asks_still_removes_old_copies(db_path: Path) -> None:
    from consultant_app.services.privacy.retention import daily_retention

    database = open_database(db_path)
    try:
        old_backup = backup_database(database, label="daily", now=datetime(2019, 3, 1, 9, 0))
        new_backup = backup_database(database, label="daily", now=datetime(2026, 6, 1, 9, 0))
        assert daily_retention(database, today=TODAY) is None  # nobody to ask about
    finally:
        database.close()
    assert not old_backup.exists() and new_backup.exists()
