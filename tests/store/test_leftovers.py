"""Killed runs leave no half copy behind: every copy is written under a temporary name
and renamed once whole; temporary files of dead processes are swept at the next opening."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from consultant_app.store import backups
from consultant_app.store.backups import backup_copy, backup_database, default_backup_dir
from consultant_app.store.database import open_database
from consultant_app.store.leftovers import sweep_leftovers

#: A process id no process has (beyond Linux's pid_max).
DEAD = 4_999_999


def _leftovers(folder: Path, name: str, pid: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = [
        folder / f".{name}.{pid}.tmp",
        folder / f".{name}.{pid}.tmp-journal",
        folder / f".{name}.{pid}.tmp-wal",  # a copy killed while still in WAL mode
        folder / f".{name}.{pid}.tmp-shm",
        folder / f".{name}.restore.{pid}.tmp",
    ]
    for path in made:
        path.write_bytes(b"half a copy of personal data")
    return made


def test_the_next_opening_sweeps_what_killed_runs_left(db_path: Path) -> None:
    open_database(db_path).close()
    dead = _leftovers(db_path.parent, db_path.name, DEAD)
    dead += _leftovers(default_backup_dir(db_path), "consultant-20260101-090000-daily.db", DEAD)
    running = _leftovers(db_path.parent, db_path.name, os.getpid())  # a run going on now
    unrelated = db_path.parent / ".hidden-notes.txt"
    unrelated.write_text("mine")
    open_database(db_path).close()
    assert [path for path in dead if path.exists()] == []
    assert all(path.exists() for path in running)
    assert unrelated.exists()


def test_a_copy_aside_interrupted_leaves_no_file_under_its_final_name(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path)
    key = database.key
    database.close()

    def disk_full(source, source_key, target, target_key):  # type: ignore[no-untyped-def]
        Path(target).write_bytes(b"SQLite format 3\x00 half")
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(backups, "copy_database", disk_full)
    with pytest.raises(OSError):
        backup_copy(db_path, "before-0009", key)
    with pytest.raises(OSError):
        backup_database(db_path, label="manual")
    monkeypatch.undo()
    copies = [
        path
        for path in [*db_path.parent.iterdir(), *default_backup_dir(db_path).glob("*")]
        if path.is_file()
        and path.name != db_path.name
        and not path.name.startswith(db_path.name + "-")
    ]
    assert copies == []  # neither a .bak nor a backup nor a temporary file remains


def test_sweeping_a_folder_that_does_not_exist_is_quiet(tmp_path: Path) -> None:
    assert sweep_leftovers(tmp_path / "nowhere") == []
