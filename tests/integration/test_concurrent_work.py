"""An import, a backup and an anonymisation started at once on one database each finish
(or wait their turn), and the file ends sound with all of their work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consultant_app.store.backups import check_database, list_backups
from consultant_app.store.database import open_database
from consultant_app.store.models import Intern
from tests.support.db import copy_db
from tests.support.internship_csv import write_internships_csv

pytestmark = pytest.mark.slow

ROWS = 600


@pytest.mark.parametrize("round_", range(2))
def test_import_backup_and_anonymise_at_once(demo_files, tmp_path: Path, round_: int) -> None:
    db = copy_db(demo_files(11), tmp_path / "fund.db")
    database = open_database(db)
    try:
        with database.unit_of_work() as uow:
            before = uow.session.scalar(select(func.count()).select_from(Intern)) or 0
            erased = uow.session.scalars(select(Intern.id).limit(1)).one()
    finally:
        database.close()
    source = write_internships_csv(tmp_path / "many.csv", ROWS)
    commands = [
        ["import", "internships", str(source)],
        ["backup", "--to", str(tmp_path / "kept")],
        ["anonymise", "intern", str(erased)],
    ]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "consultant_app", "--db", str(db), *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    for command, process in zip(commands, processes, strict=True):
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, (command, err)
        assert "Traceback" not in err
    assert check_database(db) == []
    database = open_database(db, create=False)
    try:
        with database.unit_of_work() as uow:
            assert uow.session.scalar(select(func.count()).select_from(Intern)) == before + ROWS
            assert uow.session.get(Intern, erased).first_name == "Anonymised"
    finally:
        database.close()
    (backup,) = list_backups(tmp_path / "kept", db.stem)
    assert check_database(backup.path) == []
