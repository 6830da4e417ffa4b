"""``consultant-app backup``, ``check`` and ``restore`` as a user types them."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from consultant_app.cli import main
from consultant_app.store.database import open_database
from tests.support.db import connect_raw


def _notes(path: Path) -> int:
    connection = connect_raw(path)
    try:
        return int(connection.execute("SELECT count(*) FROM note").fetchone()[0])
    finally:
        connection.close()


def _add_note(path: Path) -> None:
    connection = connect_raw(path)
    try:
        connection.execute("CREATE TABLE IF NOT EXISTS note (value INTEGER)")
        connection.execute("INSERT INTO note VALUES (1)")
        connection.commit()
    finally:
        connection.close()


def _written(out: str, prefix: str) -> Path:
    line = next(line for line in out.splitlines() if line.startswith(prefix))
    return Path(line[len(prefix) :].strip())


def test_backup_check_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "work.db"
    open_database(path).close()
    _add_note(path)

    assert main(["backup", "--db", str(path)]) == 0
    backup = _written(capsys.readouterr().out, "Backup written to ")
    assert backup.parent == tmp_path / "backups"
    assert backup.name.startswith("work-") and backup.name.endswith("-manual.db")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    assert main(["check", "--db", str(backup)]) == 0
    assert capsys.readouterr().out.strip() == "ok"

    _add_note(path)
    assert main(["restore", str(backup), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    aside = _written(out, "The previous file was kept aside as ")
    assert aside.exists() and _notes(aside) == 2
    assert _notes(path) == 1
    assert main(["info", "--db", str(path)]) == 0


def test_backup_to_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "work.db"
    open_database(path).close()
    target = tmp_path / "stick"
    assert main(["--db", str(path), "backup", "--to", str(target)]) == 0
    backup = _written(capsys.readouterr().out, "Backup written to ")
    assert backup.parent == target
    assert main(["backup", "--db", str(path), "--to", str(tmp_path / "no" / "such")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_check_lists_the_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "work.db"
    open_database(path).close()
    connection = connect_raw(path)
    connection.execute(
        "INSERT INTO mentor (id, host_id, first_name, last_name, mentor_training,"
        " search_text, created_at, updated_at)"
        " VALUES ('a', 'no-such-host', 'A', 'B', 0, '', '2020-01-01', '2020-01-01')"
    )
    connection.commit()
    connection.close()
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "problem" in out and "mentor" in out


def test_bad_input_gives_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.db"
    letter = tmp_path / "letter.db"
    letter.write_text("Dear consultant,")
    path = tmp_path / "work.db"
    open_database(path).close()
    for argv, message in (
        (["backup", "--db", str(missing)], "There is no database"),
        (["check", "--db", str(missing)], "There is no database"),
        (["check", "--db", str(letter)], "not a database"),
        (["backup", "--db", str(letter)], "not a database"),
        (["restore", str(letter), "--db", str(path)], "not a database"),
        (["restore", str(missing), "--db", str(path)], "There is no backup"),
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert message in err, argv
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert letter.read_text() == "Dear consultant,"
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_import_backs_up_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "work.db"
    open_database(path).close()
    source = tmp_path / "old.csv"
    source.write_text(
        "reference;intern_first_name;intern_last_name;intern_birth_date;intern_gender;"
        "intern_language;host_name;host_enterprise_number;host_joint_committee;host_language;"
        "function;start_date;end_date;mentor_name;consultant\n"
        "SM-2021-001;Lena;Peeters;14/03/2000;F;NL;Studio Noord;BE 0403.170.701;PC 227;NL;"
        "Productieassistent;2021-03-01;2021-05-21;Jan Van den Broeck;Sofie Janssens\n",
        encoding="utf-8",
    )
    assert main(["import", "internships", str(source), "--db", str(path)]) == 0, (
        capsys.readouterr().err
    )
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("-import.db")
    connection = connect_raw(backups[0])
    try:  # taken before the import: none of its rows
        assert connection.execute("SELECT count(*) FROM internship").fetchone()[0] == 0
    finally:
        connection.close()
