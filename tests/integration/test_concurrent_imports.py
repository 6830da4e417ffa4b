"""Two ``consultant-app import`` processes started at once on the same database.

The import matches its rows again in a transaction that holds the write lock
from its start, so neither can duplicate what the other creates; one that
meets a conflict says so in one line, without a traceback or any row's data.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consultant_app.services.exchange.imports import IMPORT_COLUMNS
from consultant_app.store.database import open_database
from consultant_app.store.models import Intern, Internship, Mentor

pytestmark = pytest.mark.slow

ROW = {
    "reference": "SM-2021-001",
    "intern_first_name": "Lena",
    "intern_last_name": "Peeters",
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
    "mentor_name": "Jan Van den Broeck",
    "consultant": "Sofie Janssens",
}
ROUNDS = 3


def write(path: Path, *rows: dict[str, str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def many(reference_year: int, **changes: str) -> list[dict[str, str]]:
    """Sixty rows (one intern each) naming the same host, mentor and consultant."""
    return [
        ROW
        | {
            "reference": f"SM-{reference_year}-{number:03d}",
            "intern_first_name": f"Lena{chr(65 + number % 26)}{chr(65 + number // 26)}",
        }
        | changes
        for number in range(1, 61)
    ]


def run_both(db: Path, first: Path, second: Path) -> list[subprocess.CompletedProcess[str]]:
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "consultant_app", "--db", str(db), "import", "internships",
             str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for source in (first, second)
    ]  # fmt: skip
    results = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def counts(path: Path) -> dict[str, int]:
    database = open_database(path)
    try:
        with database.unit_of_work() as uow:
            return {
                model.__tablename__: uow.session.scalar(select(func.count()).select_from(model))
                or 0
                for model in (Intern, Internship, Mentor)
            }
    finally:
        database.close()


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_imports_at_once_never_duplicate(tmp_path: Path, round_: int) -> None:
    db = tmp_path / "fund.db"
    open_database(db).close()
    # the same new mentor, host and consultant in two files of other internships
    first = write(tmp_path / "first.csv", *many(2021))
    second = write(tmp_path / "second.csv", *many(2022))
    results = run_both(db, first, second)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert counts(db) == {"intern": 60, "internship": 120, "mentor": 1}


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_the_same_file_twice_at_once(tmp_path: Path, round_: int) -> None:
    db = tmp_path / "fund.db"
    open_database(db).close()
    source = write(tmp_path / "history.csv", *many(2021))
    copy = write(tmp_path / "copy.csv", *many(2021))
    results = run_both(db, source, copy)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert counts(db) == {"intern": 60, "internship": 60, "mentor": 1}


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_a_conflict_between_two_imports_is_one_line(tmp_path: Path, round_: int) -> None:
    db = tmp_path / "fund.db"
    open_database(db).close()
    # the same references given to other people
    lena = write(tmp_path / "lena.csv", *many(2021))
    tom = write(
        tmp_path / "tom.csv",
        *many(2021, intern_last_name="Claes", intern_gender="M", intern_birth_date="01/07/1999"),
    )
    results = run_both(db, lena, tom)
    codes = sorted(result.returncode for result in results)
    assert codes == [0, 2], [result.stderr for result in results]
    loser = next(result for result in results if result.returncode == 2)
    assert "Traceback" not in loser.stderr
    assert len(loser.stderr.strip().splitlines()) == 1
    assert "Nothing" in loser.stderr
    for name in ("Peeters", "Claes", "2021-03-01", "1999"):
        assert name not in loser.stderr
    assert counts(db) == {"intern": 60, "internship": 60, "mentor": 1}
