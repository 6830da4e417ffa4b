"""A database found damaged (a page after the first fails its check) is named damaged, opens
read-only, refuses imports and edits, and its backup never pushes a sound one out of the
rotation; a restore of a sound backup lifts all that."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from consultant_app.cli import main
from consultant_app.store.backups import (
    DamagedCopyError,
    backup_database,
    list_backups,
    restore_database,
    rotate_backups,
    side_copies,
)
from consultant_app.store.damage import MarkedDamagedError, damage_mark
from consultant_app.store.database import open_database
from tests.support.db import copy_db

PAGE = 4096


def _damage(path: Path, page: int = 40) -> None:
    """Flip two bytes in the middle of *page* (not the first): its integrity code fails."""
    with path.open("r+b") as stream:
        stream.seek(PAGE * page + 100)
        two = stream.read(2)
        stream.seek(PAGE * page + 100)
        stream.write(bytes(b ^ 0xFF for b in two))


@pytest.fixture
def demo_db(demo_files, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return copy_db(demo_files(11), folder / "fund.db")


def test_check_names_the_broken_pages_and_marks_the_file(demo_db: Path, capsys) -> None:
    _damage(demo_db)
    before = demo_db.read_bytes()
    assert main(["--db", str(demo_db), "check"]) == 1
    out = capsys.readouterr().out
    assert "is damaged" in out
    assert "page(s) cannot be read:" in out or "disk image is malformed" in out
    assert "btreeInitPage" not in out  # SQLite's own lines are summarised
    assert "opens read-only" in out
    assert demo_db.read_bytes() == before
    assert damage_mark(demo_db) is not None


def test_a_damaged_database_refuses_imports_and_edits_but_can_be_read(
    demo_db: Path, tmp_path: Path, capsys
) -> None:
    _damage(demo_db)
    main(["--db", str(demo_db), "check"])
    capsys.readouterr()
    before = demo_db.read_bytes()
    source = tmp_path / "one.csv"
    source.write_text("reference,intern_first_name\nSM-2030-001,Lena\n", encoding="utf-8")
    assert main(["--db", str(demo_db), "import", "internships", str(source)]) == 2
    error = capsys.readouterr().err
    assert "was found damaged" in error and "read-only" in error and "restore" in error
    with pytest.raises(MarkedDamagedError):
        open_database(demo_db)
    database = open_database(demo_db, read_only=True)
    assert database.read_only
    database.close()
    assert demo_db.read_bytes() == before


def test_the_backup_of_a_damaged_database_keeps_the_sound_ones(demo_db: Path) -> None:
    folder = demo_db.parent / "backups"
    start = datetime(2026, 11, 1, 12, 0)
    sound = [
        backup_database(demo_db, folder, label="daily", now=start + timedelta(days=day))
        for day in range(3)
    ]
    _damage(demo_db)
    with pytest.raises(DamagedCopyError, match="outside the backups' rotation"):
        backup_database(demo_db, folder, label="daily", now=start + timedelta(days=3))
    assert [b.path for b in list_backups(folder, demo_db.stem)] == sound
    rotate_backups(folder, demo_db.stem, keep_daily=3, keep_weekly=0, now=start + timedelta(3))
    assert all(path.exists() for path in sound)  # the damaged copy counted for nothing
    damaged = [p for p in folder.iterdir() if p.name.endswith(".damaged.db")]
    assert len(damaged) == 1
    assert damaged[0] in side_copies(demo_db)  # retention still covers it
    assert damage_mark(demo_db) is not None  # and the database is now known damaged


def test_restoring_a_sound_backup_lifts_the_mark(demo_db: Path) -> None:
    backup = backup_database(demo_db, demo_db.parent / "backups")
    _damage(demo_db)
    main(["--db", str(demo_db), "check"])
    assert damage_mark(demo_db) is not None
    restore_database(backup, demo_db)
    assert damage_mark(demo_db) is None
    open_database(demo_db).close()
    assert main(["--db", str(demo_db), "check"]) == 0


def test_sqlite_lines_are_summarised_by_page() -> None:
    from consultant_app.store.integrity import summarise_problems

    lines = (
        "*** in database main ***\nTree 41 page 41: btreeInitPage() returns error code 11\n"
        "Tree 4 page 4: btreeInitPage() returns error code 11\nPage 23: never used\n"
        "Page 24: never used"
    )
    assert summarise_problems([lines, "row 3 of visit refers to a missing row of internship"]) == [
        "2 page(s) cannot be read: 4, 41",
        "2 page(s) no longer reachable (lost with the broken ones)",
        "row 3 of visit refers to a missing row of internship",
    ]


def test_the_refusal_names_the_newest_sound_backup(demo_db: Path, capsys) -> None:
    backup = backup_database(demo_db, demo_db.parent / "backups", label="daily")
    _damage(demo_db)
    main(["--db", str(demo_db), "check"])
    capsys.readouterr()
    assert main(["--db", str(demo_db), "edit", "intern", "00000000-0000-0000-0000-000000000001",
                 "first_name=Kim"]) == 2  # fmt: skip
    error = capsys.readouterr().err
    assert "The newest sound backup was taken" in error and str(backup) in error
