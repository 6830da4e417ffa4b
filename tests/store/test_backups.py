"""Backups of the database: taken while open, rotated, checked and restored."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from consultant_app.store.backups import (
    backup_database,
    backup_if_due,
    check_database,
    daily_backup_due,
    default_backup_dir,
    list_backups,
    restore_database,
    rotate_backups,
)
from consultant_app.store.database import open_database
from consultant_app.store.keys import load_key
from tests.support.db import connect_raw


def _count(path: Path, table: str) -> int:
    connection = connect_raw(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _note(path: Path, value: int) -> None:
    connection = connect_raw(path)
    try:
        connection.execute("CREATE TABLE IF NOT EXISTS note (value INTEGER)")
        connection.execute("INSERT INTO note VALUES (?)", (value,))
        connection.commit()
    finally:
        connection.close()


def test_backup_while_a_write_transaction_is_open(db, tmp_path: Path) -> None:
    _note(db.path, 1)
    writer = connect_raw(db.path, isolation_level=None)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO note VALUES (2)")
        writer.execute("CREATE TABLE unfinished (x INTEGER)")
        backup = backup_database(db, label="manual", now=datetime(2026, 3, 2, 10, 0, 0))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert backup == default_backup_dir(db.path) / "test-20260302-100000-manual.db"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not list(backup.parent.glob(".*")), "no temporary file is left behind"
    assert not list(backup.parent.glob("*-wal")), "the copy is a single file"
    assert _count(backup, "note") == 1  # the committed row, not the open transaction
    connection = connect_raw(backup)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert "unfinished" not in tables
    assert "alembic_version" in tables
    assert check_database(backup) == []


def test_backup_into_a_given_folder_never_overwrites(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    moment = datetime(2026, 3, 2, 10, 0, 0)
    first = backup_database(db_path, tmp_path / "elsewhere", now=moment)
    second = backup_database(db_path, tmp_path / "elsewhere", now=moment)
    assert first.parent == tmp_path / "elsewhere"
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in list_backups(tmp_path / "elsewhere", "test")] == [first, second]


def test_backup_refuses_a_missing_or_foreign_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="There is no database"):
        backup_database(tmp_path / "missing.db")
    letter = tmp_path / "letter.db"
    letter.write_text("Dear consultant,")
    with pytest.raises(ValueError, match="not a database"):
        backup_database(letter)
    with pytest.raises(ValueError, match="label"):
        backup_database(letter, label="../x")


def _expected_kept(stamps: list[datetime]) -> set[str]:
    newest_of_day: dict[object, datetime] = {}
    newest_of_week: dict[object, datetime] = {}
    for stamp in sorted(stamps):
        newest_of_day[stamp.date()] = stamp
        newest_of_week[stamp.isocalendar()[:2]] = stamp
    kept = {newest_of_day[day] for day in sorted(newest_of_day)[-7:]}
    kept |= {newest_of_week[week] for week in sorted(newest_of_week)[-8:]}
    return {stamp.strftime("%Y%m%d-%H%M%S") for stamp in kept}


def test_rotation_over_sixty_days(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    folder = default_backup_dir(db_path)
    folder.mkdir()
    other = folder / "other-20260101-090000-daily.db"
    other.write_bytes(b"another database's backup")
    stray = folder / "test-notes.txt"
    stray.write_text("keep me")
    start = datetime(2026, 1, 5, 9, 0, 0)  # a Monday
    stamps: list[datetime] = []
    for day in range(60):
        morning = start + timedelta(days=day)
        if day % 5 != 3:  # some days the window is not opened
            assert backup_if_due(db_path, now=morning) is not None
            assert backup_if_due(db_path, now=morning + timedelta(hours=1)) is None
            stamps.append(morning)
        if day % 4 == 1:
            afternoon = morning + timedelta(hours=6)
            backup_database(db_path, label="manual", now=afternoon)
            stamps.append(afternoon)
    now = start + timedelta(days=59, hours=20)
    rotate_backups(folder, "test", now=now)
    kept = {backup.taken.strftime("%Y%m%d-%H%M%S") for backup in list_backups(folder, "test")}
    assert kept == _expected_kept(stamps)
    assert len(kept) <= 7 + 8
    assert other.exists() and stray.exists()
    # Nothing more goes on a second pass.
    assert rotate_backups(folder, "test", now=now) == []


def test_rotation_keeps_backups_from_the_future(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 20):
        (folder / f"x-202601{day:02}-090000-daily.db").write_bytes(b"")
    now = datetime(2026, 1, 10, 12, 0)
    removed = rotate_backups(folder, "x", keep_daily=2, keep_weekly=0, now=now)
    names = sorted(path.name for path in folder.iterdir())
    assert names[:2] == ["x-20260109-090000-daily.db", "x-20260110-090000-daily.db"]
    assert len(names) == 2 + 9  # the two last days up to now, and the nine after it
    assert len(removed) == 8


def test_daily_backup_is_due_once_a_day(tmp_path: Path) -> None:
    morning = datetime(2026, 2, 3, 8, 30)
    assert daily_backup_due(tmp_path, "x", morning)
    (tmp_path / "x-20260203-080000-manual.db").write_bytes(b"")
    assert daily_backup_due(tmp_path, "x", morning), "a manual backup is not the daily one"
    (tmp_path / "x-20260203-070000-daily.db").write_bytes(b"")
    assert not daily_backup_due(tmp_path, "x", morning)
    assert daily_backup_due(tmp_path, "x", morning + timedelta(days=1))
    assert daily_backup_due(tmp_path, "other", morning)


def test_check_passes_a_sound_file_and_finds_a_damaged_one(db_path: Path) -> None:
    database = open_database(db_path)
    database.close()
    _note(db_path, 0)
    connection = connect_raw(db_path)
    connection.executemany("INSERT INTO note VALUES (?)", [(v,) for v in range(20_000)])
    connection.execute("CREATE INDEX note_value ON note (value)")
    connection.commit()
    connection.close()
    backup = backup_database(db_path)
    assert check_database(backup) == []
    assert check_database(backup, quick=True) == []
    data = bytearray(backup.read_bytes())
    # The start of the page in the middle of the file: its header, never unused space.
    page_size = int.from_bytes(data[16:18], "big")
    middle = len(data) // 2 // page_size * page_size
    data[middle : middle + 512] = b"\xa5" * 512
    damaged = backup.with_name("damaged.db")
    damaged.write_bytes(bytes(data))
    assert check_database(damaged, key=load_key(db_path)) != []


def test_check_finds_broken_foreign_keys(db_path: Path) -> None:
    open_database(db_path).close()
    connection = connect_raw(db_path)
    connection.execute(
        "INSERT INTO mentor (id, host_id, first_name, last_name, mentor_training,"
        " search_text, created_at, updated_at)"
        " VALUES ('a', 'no-such-host', 'A', 'B', 0, '', '2020-01-01', '2020-01-01')"
    )
    connection.commit()
    connection.close()
    problems = check_database(db_path)
    assert any("mentor" in problem and "host" in problem for problem in problems)


def test_check_refuses_what_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="There is no database"):
        check_database(tmp_path / "missing.db")
    letter = tmp_path / "letter.db"
    letter.write_text("Dear consultant,")
    with pytest.raises(ValueError, match="not a database"):
        check_database(letter)


def test_restore_keeps_the_current_file_aside(db_path: Path) -> None:
    open_database(db_path).close()
    _note(db_path, 1)
    backup = backup_database(db_path)
    _note(db_path, 2)
    aside = restore_database(backup, db_path)
    assert aside is not None
    assert aside.name.startswith("test.db.before-restore-") and aside.suffix == ".db"
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert _count(aside, "note") == 2
    assert _count(db_path, "note") == 1
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    database = open_database(db_path)  # the restored file opens like any other
    database.close()
    assert check_database(db_path) == []


def test_restore_keeps_a_damaged_current_file_aside(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    backup = backup_database(db_path)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    aside = restore_database(backup, db_path)
    assert aside is not None
    assert aside.read_bytes().startswith(b"SQLite format 3\x00")
    assert check_database(db_path) == []


def test_restore_refuses_garbage_and_touches_nothing(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    _note(db_path, 1)
    before = sorted(p.name for p in tmp_path.iterdir())
    letter = tmp_path / "letter.db"
    letter.write_text("Dear consultant,")
    foreign = tmp_path / "foreign.db"
    connection = connect_raw(foreign)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ValueError, match="not a database of this application"):
        restore_database(letter, db_path)
    with pytest.raises(ValueError, match="none of ours"):
        restore_database(foreign, db_path)
    with pytest.raises(ValueError, match="There is no backup"):
        restore_database(tmp_path / "missing.db", db_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*before, "letter.db", "foreign.db"]
    )
    assert _count(db_path, "note") == 1


def test_restore_refuses_a_damaged_backup(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    connection = connect_raw(db_path)
    connection.execute("CREATE TABLE filler (x TEXT)")
    connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 200,)] * 5000)
    connection.commit()
    connection.close()
    backup = backup_database(db_path)
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xff" * 4096
    backup.write_bytes(bytes(data))
    with pytest.raises(ValueError, match=r"damaged|cannot be read"):
        restore_database(backup, db_path)
    assert not list(tmp_path.glob("*.before-restore-*"))
