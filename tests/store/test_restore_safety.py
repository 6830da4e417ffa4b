"""Restore is safe against everything else: refused while the database is open elsewhere,
refused for a copy of another database unless forced; openings wait for a restore."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from consultant_app.cli import main
from consultant_app.domain.enums import Gender, Language
from consultant_app.store import locks
from consultant_app.store.backups import backup_database, restore_database
from consultant_app.store.database import open_database
from consultant_app.store.identity import IDENTITY_KEY
from consultant_app.store.keys import KeySource, key_from_secret
from consultant_app.store.locks import DatabaseInUseError
from consultant_app.store.models import Intern, Setting
from tests.support.internship_csv import count_interns, write_internships_csv

SHARED = key_from_secret("one passphrase for both files", KeySource.PASSPHRASE)


def _add_intern(path: Path, surname: str) -> None:
    from datetime import date

    database = open_database(path, key=SHARED)
    try:
        with database.unit_of_work() as uow:
            uow.session.add(
                Intern(
                    first_name="Lena",
                    last_name=surname,
                    birth_date=date(2001, 2, 3),
                    gender=Gender.FEMALE,
                    language=Language.NL,
                )
            )
            uow.commit()
    finally:
        database.close()


def _surnames(path: Path) -> list[str]:
    database = open_database(path, key=SHARED, create=False)
    try:
        with database.unit_of_work() as uow:
            return sorted(uow.session.scalars(select(Intern.last_name)))
    finally:
        database.close()


def test_restore_is_refused_while_the_database_is_open(db_path: Path, tmp_path: Path) -> None:
    _add_intern(db_path, "Peeters")
    backup = backup_database(db_path, tmp_path / "backups", key=SHARED)
    _add_intern(db_path, "Janssens")
    window = open_database(db_path, key=SHARED)
    try:
        with pytest.raises(DatabaseInUseError, match="open in another window or program"):
            restore_database(backup, db_path, key=SHARED)
    finally:
        window.close()
    assert _surnames(db_path) == ["Janssens", "Peeters"]  # nothing was changed
    assert not list(db_path.parent.glob(f"{db_path.name}.before-restore-*"))
    restore_database(backup, db_path, key=SHARED)  # closed: now it goes
    assert _surnames(db_path) == ["Peeters"]


def test_an_opening_waits_for_a_restore_then_gives_up_clearly(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path, key=SHARED).close()
    monkeypatch.setattr(locks, "OPEN_WAIT_S", 0.3)
    with locks.take_exclusive(db_path, "restore"):
        started = time.monotonic()
        with pytest.raises(DatabaseInUseError, match="being restored or migrated"):
            open_database(db_path, key=SHARED)
        assert time.monotonic() - started >= 0.3
    open_database(db_path, key=SHARED).close()


def test_a_copy_of_another_database_is_refused_unless_forced(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    other = tmp_path / "colleague.db"
    _add_intern(db_path, "Peeters")
    _add_intern(other, "Dubois")  # another database that opens with the same passphrase
    monkeypatch.setenv("CONSULTANT_APP_PASSPHRASE", "one passphrase for both files")
    assert main(["--db", str(db_path), "restore", str(other)]) != 0
    error = capsys.readouterr().err
    assert "is not a backup of" in error and "--force" in error and "Traceback" not in error
    assert _surnames(db_path) == ["Peeters"]
    assert main(["--db", str(db_path), "restore", str(other), "--force"]) == 0
    assert _surnames(db_path) == ["Dubois"]
    kept = list(db_path.parent.glob(f"{db_path.name}.before-restore-*.db"))
    assert len(kept) == 1


def test_a_backup_of_this_database_needs_no_force(db_path: Path, tmp_path: Path) -> None:
    _add_intern(db_path, "Peeters")
    backup = backup_database(db_path, tmp_path / "backups", key=SHARED)
    _add_intern(db_path, "Janssens")
    restore_database(backup, db_path, key=SHARED)
    assert _surnames(db_path) == ["Peeters"]


def test_a_backup_from_before_identities_is_known_by_its_records(
    db_path: Path, tmp_path: Path
) -> None:
    _add_intern(db_path, "Peeters")
    backup = backup_database(db_path, tmp_path / "backups", key=SHARED)
    older = open_database(backup, key=SHARED)
    try:
        with older.unit_of_work() as uow:  # as a backup written by an earlier version
            uow.session.delete(uow.session.get(Setting, IDENTITY_KEY))
            uow.commit()
    finally:
        older.close()
    _add_intern(db_path, "Janssens")
    restore_database(backup, db_path, key=SHARED)
    assert _surnames(db_path) == ["Peeters"]


def test_each_database_has_its_own_identity_and_its_backups_carry_it(
    db_path: Path, tmp_path: Path
) -> None:
    def identity(path: Path) -> str:
        database = open_database(path, key=SHARED)
        try:
            with database.unit_of_work() as uow:
                return uow.session.get(Setting, IDENTITY_KEY).value
        finally:
            database.close()

    open_database(db_path, key=SHARED).close()
    backup = backup_database(db_path, tmp_path / "backups", key=SHARED)
    assert identity(backup) == identity(db_path)
    assert identity(tmp_path / "other.db") != identity(db_path)


ROWS = 3000


@pytest.mark.slow
def test_restore_during_an_import_is_refused_and_the_import_keeps_every_row(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("CONSULTANT_APP_PASSPHRASE", "one passphrase for both files")
    _add_intern(db_path, "Peeters")
    backup = backup_database(db_path, tmp_path / "backups", key=SHARED)
    source = write_internships_csv(tmp_path / "big.csv", ROWS)
    importing = subprocess.Popen(
        [sys.executable, "-m", "consultant_app", "--db", str(db_path), "import", "internships",
         str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:  # until the import has the database open
            try:
                locks.take_exclusive(db_path, "check", wait_s=0).release()
            except DatabaseInUseError:
                break
            assert importing.poll() is None, "the import ended before the restore could start"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        assert main(["--db", str(db_path), "restore", str(backup)]) != 0
        _out, err = importing.communicate(timeout=300)
    finally:
        if importing.poll() is None:
            importing.kill()
    assert "open in another window or program" in capsys.readouterr().err
    assert importing.returncode == 0, err
    assert count_interns(db_path) == ROWS + 1
