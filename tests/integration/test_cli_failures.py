"""A full disk or a failing database says what could not be written, where, in one line:
never a traceback, and the database is left as it was."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from consultant_app.cli import main
from consultant_app.store.database import open_database
from consultant_app.store.models import Intern

HEADER = (
    "reference,intern_first_name,intern_last_name,intern_birth_date,intern_gender,"
    "intern_language,host_name,host_enterprise_number,host_joint_committee,host_language,"
    "function,start_date,end_date"
)
ROW = (
    "SM-2019-901,Lena,Peeters,2001-04-02,F,NL,Studio Noord,0403.170.701,227,NL,"
    "Production assistant,2019-03-04,2019-05-24"
)


def _interns(db_path: Path) -> int:
    database = open_database(db_path, create=False)
    try:
        with database.unit_of_work() as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Intern)))
    finally:
        database.close()


def test_a_full_disk_during_an_import_is_one_clear_line(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    open_database(db_path).close()
    source = tmp_path / "history.csv"
    source.write_text(HEADER + "\n" + ROW + "\n", encoding="utf-8")
    before = _interns(db_path)

    def disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError(
            "INSERT INTO intern", {}, sqlite3.OperationalError("database or disk is full")
        )

    monkeypatch.setattr("consultant_app.services.exchange.imports.apply_import", disk_full)
    code = main(["--db", str(db_path), "import", "internships", str(source)])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "full" in err and str(db_path) in err and "as it was" in err
    assert _interns(db_path) == before


def test_a_full_disk_during_an_export_names_the_file(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    open_database(db_path).close()
    output = tmp_path / "interns.csv"

    def disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")  # no file name, as os.write says

    monkeypatch.setattr("consultant_app.services.exchange.exports.export_csv", disk_full)
    code = main(["--db", str(db_path), "export", "interns", "-o", str(output)])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert "disk is full" in err and str(output) in err


def test_an_unexpected_error_still_shows_its_traceback(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only known failures are put in words: a bug must stay visible."""
    open_database(db_path).close()

    def bug(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("consultant_app.services.exchange.exports.export_csv", bug)
    with pytest.raises(ZeroDivisionError):
        main(["--db", str(db_path), "export", "interns", "-o", str(tmp_path / "x.csv")])
