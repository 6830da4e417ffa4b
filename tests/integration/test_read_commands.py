"""Read commands never write: info, export and report leave the database file as it was,
create nothing where there was nothing, and migrate nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from consultant_app.cli import main
from consultant_app.store.database import open_database
from tests.support.db import connect_raw, copy_db


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes()
        for path in folder.iterdir()
        if path.is_file() and not path.name.endswith("-lock")
    }


def test_info_on_an_empty_file_leaves_it_empty(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    empty = folder / "empty.db"
    empty.touch(mode=0o600)
    assert main(["--db", str(empty), "info"]) != 0
    error = capsys.readouterr().err
    assert "empty file, not a database" in error and "Traceback" not in error
    assert empty.stat().st_size == 0
    assert stat.S_IMODE(empty.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith("-lock")) == ["empty.db"]


def test_info_on_a_missing_file_creates_nothing(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    assert main(["--db", str(folder / "typo.db"), "info"]) != 0
    assert "There is no database" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["export", "internships", "-o", "{out}/internships.csv"],
        ["report", "annual", "--year", "2021", "-o", "{out}/annual.csv"],
    ],
)
def test_read_commands_leave_the_file_as_it_was(
    demo_files, tmp_path: Path, command: list[str], monkeypatch, capsys
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database = copy_db(demo_files(11), folder / "fund.db")
    out = tmp_path / "out"
    out.mkdir()
    before = _files(folder)
    modified = database.stat().st_mtime_ns
    args = [part.replace("{out}", str(out)) for part in command]
    assert main(["--db", str(database), *args]) == 0, capsys.readouterr().err
    assert _files(folder) == before  # no byte changed, no -wal/-shm appeared
    assert database.stat().st_mtime_ns == modified


def test_info_does_not_migrate_an_older_database(db_path: Path, capsys) -> None:
    open_database(db_path).close()
    connection = connect_raw(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '0007_form_drafts'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "info"]) != 0
    error = capsys.readouterr().err
    assert "is at schema 0007_form_drafts" in error and "migrate" in error
    assert db_path.read_bytes() == before
    assert not os.path.exists(str(db_path) + "-wal")
