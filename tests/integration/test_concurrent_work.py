"""An import, a backup and an anonymisation started at once on one database each finish
(or wait their turn), and the file ends sound with all of their work."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consultant_app.services.exchange.imports import IMPORT_COLUMNS
from consultant_app.store.backups import check_database, list_backups
from consultant_app.store.database import open_database
from consultant_app.store.models import Intern
from tests.support.db import copy_db

pytestmark = pytest.mark.slow

ROWS = 600


def _source(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="")
        writer.writeheader()
        for number in range(ROWS):
            writer.writerow(
                {
                    "reference": f"SM-2021-{number + 1:04d}",
                    "intern_first_name": f"Kim{number}",
                    "intern_last_name": f"Maes{number}",
                    "intern_birth_date": "14/03/2000",
                    "intern_gender": "F",
                    "intern_language": "NL",
                    "host_name": "Studio Noord",
                    "host_enterprise_number": "BE 0403.170.701",
                    "host_joint_committee": "PC 227",
                    "host_language": "NL",
                    "function": "Productieassistent",
                    "start_date": "2021-03-01",
                    "end_date": "2021-05-21",
                }
            )
    return path


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
    source = _source(tmp_path / "many.csv")
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
