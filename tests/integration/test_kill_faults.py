"""Fault injection: each command that writes the database is killed (SIGKILL) at random
moments; afterwards the file passes SQLite's checks, holds all or nothing of the work, opens
with the same key, and the next start leaves no temporary file behind.

A few rounds per command run with the tests; ``KILL_ROUNDS=50`` (set by ``make bench``)
runs fifty.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consultant_app.store.backups import backup_database, check_database, list_backups
from consultant_app.store.database import open_database
from consultant_app.store.engine import create_sqlite_engine
from consultant_app.store.keys import load_key
from consultant_app.store.migrate import upgrade
from consultant_app.store.models import Intern
from consultant_app.store.schema import HEAD, REVISIONS
from tests.support.db import copy_db
from tests.support.internship_csv import count_interns, write_internships_csv

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

ROUNDS = int(os.environ.get("KILL_ROUNDS", "3"))
SEED = 20261206
IMPORT_ROWS = 400


@dataclass
class Case:
    """A database ready for one command, and how to read the outcome."""

    db: Path
    args: list[str]
    #: The outcomes allowed after a kill (e.g. the count of interns before and after).
    outcomes: set[object]
    read: Callable[[Path], object]


def _anonymised(path: Path) -> int:
    database = open_database(path, create=False)
    try:
        with database.unit_of_work() as uow:
            return (
                uow.session.scalar(
                    select(func.count())
                    .select_from(Intern)
                    .where(Intern.first_name == "Anonymised")
                )
                or 0
            )
    finally:
        database.close()


def _import(folder: Path, demo: Path) -> Case:
    db = copy_db(demo, folder / "fund.db")
    before = count_interns(db)
    source = write_internships_csv(folder / "many.csv", IMPORT_ROWS)
    return Case(
        db, ["import", "internships", str(source)], {before, before + IMPORT_ROWS}, count_interns
    )


def _backup(folder: Path, demo: Path) -> Case:
    db = copy_db(demo, folder / "fund.db")

    def backups(path: Path) -> object:
        found = list_backups(path.parent / "backups", path.stem)
        for backup in found:  # any backup under its final name is whole and sound
            assert check_database(backup.path, key=load_key(path)) == [], backup.path
        return len(found)

    return Case(db, ["backup"], {0, 1}, backups)


def _restore(folder: Path, demo: Path) -> Case:
    db = copy_db(demo, folder / "fund.db")
    backup = backup_database(db, folder / "kept")
    database = open_database(db)
    try:
        with database.unit_of_work() as uow:
            uow.session.query(Intern).filter(Intern.first_name != "").update(
                {Intern.first_name: "Changed"}, synchronize_session=False
            )
            uow.commit()
    finally:
        database.close()

    def changed(path: Path) -> object:
        database = open_database(path, create=False)
        try:
            with database.unit_of_work() as uow:
                return bool(
                    uow.session.scalar(
                        select(func.count())
                        .select_from(Intern)
                        .where(Intern.first_name == "Changed")
                    )
                )
        finally:
            database.close()

    return Case(db, ["restore", str(backup)], {True, False}, changed)


def _migrate(folder: Path, _demo: Path) -> Case:
    """A plain database of the revision before the last: migrate encrypts and upgrades it."""
    db = folder / "old.db"
    engine = create_sqlite_engine(db)
    upgrade(engine, REVISIONS[-2])
    with engine.begin() as connection:
        for number in range(300):
            connection.exec_driver_sql(
                "INSERT INTO intern (id, first_name, last_name, birth_date, gender, language, "
                "created_at, updated_at, search_text) VALUES "
                f"('{number:032x}', 'Kim', 'Maes{number}', '2000-01-01', 'F', 'NL', "
                "'2021-01-01', '2021-01-01', '')"
            )
    engine.dispose()

    def state(path: Path) -> object:
        return (count_interns(path), HEAD)  # the next opening finishes what was interrupted

    return Case(db, ["migrate"], {(300, HEAD)}, state)


def _anonymise(folder: Path, demo: Path) -> Case:
    db = copy_db(demo, folder / "fund.db")
    database = open_database(db)
    try:
        with database.unit_of_work() as uow:
            intern_id = uow.session.scalars(select(Intern.id).limit(1)).one()
    finally:
        database.close()
    before = _anonymised(db)
    return Case(db, ["anonymise", "intern", str(intern_id)], {before, before + 1}, _anonymised)


def _retention(folder: Path, demo: Path) -> Case:
    db = copy_db(demo, folder / "fund.db")
    before = _anonymised(db)
    database = open_database(db)
    try:
        from consultant_app.services.privacy.anonymise import retention_plan

        due = len(retention_plan(database).interns)
    finally:
        database.close()
    return Case(db, ["anonymise", "--retention"], {before, before + due}, _anonymised)


STEPS: dict[str, Callable[[Path, Path], Case]] = {
    "import": _import,
    "backup": _backup,
    "restore": _restore,
    "migrate": _migrate,
    "anonymise": _anonymise,
    "retention": _retention,
}


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and (path.name.endswith((".tmp", "-journal")) or ".tmp-" in path.name)
    )


@pytest.mark.parametrize("step", list(STEPS))
def test_killed_at_random_the_database_stays_whole(step: str, demo_files, tmp_path: Path) -> None:
    chance = random.Random(f"{SEED}-{step}")
    demo = demo_files(11)
    for round_ in range(ROUNDS):
        folder = tmp_path / f"round-{round_}"
        folder.mkdir()
        case = STEPS[step](folder, demo)
        key = load_key(case.db)
        process = subprocess.Popen(
            [sys.executable, "-m", "consultant_app", "--db", str(case.db), *case.args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(chance.uniform(0.3, 2.0))  # start-up takes ~0.5 s: before, during, after
        process.send_signal(signal.SIGKILL)
        _out, err = process.communicate(timeout=60)
        assert b"Traceback" not in err, err.decode(errors="replace")
        # the next start: it opens with the same key and sweeps what the kill left
        database = open_database(case.db, create=False)
        database.close()
        if key is not None:
            assert load_key(case.db) == key or load_key(case.db) is not None
        assert check_database(case.db) == [], f"{step} round {round_}"
        assert case.read(case.db) in case.outcomes, f"{step} round {round_}"
        assert _leftovers(folder) == [], f"{step} round {round_}"
