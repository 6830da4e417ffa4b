"""Random files and cells never crash the import: every problem is a clear row problem."""

from __future__ import annotations

import csv
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.services.exchange.imports import (
    IMPORT_COLUMNS,
    REQUIRED_COLUMNS,
    ImportFileError,
    ImportPlan,
    apply_import,
    plan_import,
    write_rejects,
)
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database, open_database

TODAY = date(2024, 6, 15)
CODE = re.compile(r"[a-z_]+(\.[a-z_]+)*")
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=25)

#: Plausible values of each column, mixed with random text by the strategies below.
SAMPLES: dict[str, list[str]] = {
    "reference": ["SM-2021-001", "SM-2021-002", "sm-2019-0042", "SM-21-1", "2021-001"],
    "intern_first_name": ["Lena", "Émre", " ", "A" * 130],
    "intern_last_name": ["Peeters", "Öztürk", "Van den Broeck"],
    "intern_birth_date": ["2000-03-14", "14/03/2000", "31/02/2000", "2030-01-01", "1900-01-01"],
    "intern_gender": ["F", "M", "X", "V", "H", "f", "Q", "vrouw"],
    "intern_language": ["NL", "FR", "DE", "EN", "it"],
    "intern_national_number": [make_niss(date(2000, 3, 14), 24), "00.03.14-024.00", "1234"],
    "intern_email": ["lena@example.be", "lena@", "@x", "a@b.c"],
    "host_name": ["Studio Noord", "Télé Haute-Meuse"],
    "host_enterprise_number": [make_enterprise_number(4_031_707), "BE 0403.170.700", "BE", "2"],
    "host_joint_committee": ["227", "CP 227", "SCP 303.01", "psc 303,01", "200", "x" * 30],
    "host_language": ["NL", "FR", "BI", "DE"],
    "function": ["Production assistant", "Runner", "Drone pilot", "Monteur"],
    "function_cluster": ["", "Beeld", "image", "Aviation"],
    "mentor_name": ["", "Jan Van den Broeck", "Ann"],
    "consultant": ["", "Sofie Janssens"],
    "start_date": ["2021-03-01", "01/03/2021", "2024-06-17", "2021-02-30"],
    "end_date": ["2021-05-21", "2021-02-01", "2024-08-30", "2099-12-31"],
    "status": ["", "completed", "terminated", "running", "awaiting signatures", "finished"],
    "terminated_on": ["", "2021-04-02", "2020-01-01", "tomorrow"],
    "convention_language": ["", "NL", "FR", "EN", "xx"],
}


def cell(column: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(SAMPLES[column]), TEXT)


ROW = st.fixed_dictionaries({column: cell(column) for column in IMPORT_COLUMNS})


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    with database.unit_of_work() as uow:
        seed_catalogue(uow.session)
        uow.commit()
    yield database
    database.close()


def write_rows(
    folder: Path, columns: list[str], rows: list[dict[str, str]], delimiter: str
) -> Path:
    path = folder / "fuzz.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(columns)
        for values in rows:
            writer.writerow([values.get(column, "") for column in columns])
    return path


def check_plan(plan: ImportPlan, last_line: int) -> None:
    for problem in [*plan.problems, *plan.warnings]:
        assert 1 <= problem.line <= last_line
        assert problem.column == "" or problem.column.strip() == problem.column
        assert CODE.fullmatch(problem.code), problem.code
        assert isinstance(problem.message, str) and problem.message.strip()
    for problem in plan.problems:
        assert problem.line >= 2
        assert problem.column in ("", *IMPORT_COLUMNS)
    assert plan.valid == (not plan.problems)
    lines = {row.line for row in plan.rows}
    rejected = {row.line for row in plan.rejected}
    assert not lines & rejected
    assert rejected == {problem.line for problem in plan.problems}


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, max_size=6), delimiter=st.sampled_from([",", ";"]))
def test_random_rows_give_problems_not_crashes(
    fuzz_db: Database, rows: list[dict[str, str]], delimiter: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_rows(Path(folder), list(IMPORT_COLUMNS), rows, delimiter)
        plan = plan_import(fuzz_db, path, today=TODAY)
        content = path.read_bytes()
        check_plan(plan, last_line=content.count(b"\n") + content.count(b"\r") + 1)
        if plan.rejected:
            rejects = write_rejects(plan)
            assert rejects.exists()


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, min_size=1, max_size=4))
def test_random_rows_are_applied_or_refused_cleanly(
    fuzz_db: Database, rows: list[dict[str, str]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_rows(Path(folder), list(IMPORT_COLUMNS), rows, ",")
        plan = plan_import(fuzz_db, path, today=TODAY)
        result = apply_import(fuzz_db, plan, skip_invalid=True)
        applied = sum(result.counts["internships"].values())
        assert applied == len(plan.rows)
        assert result.skipped == len(plan.rejected)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    columns=st.lists(st.one_of(st.sampled_from(IMPORT_COLUMNS), TEXT), max_size=8),
    cells=st.lists(st.lists(TEXT, max_size=8), max_size=4),
    required=st.booleans(),
)
def test_random_headers_give_a_clear_file_error(
    fuzz_db: Database, columns: list[str], cells: list[list[str]], required: bool
) -> None:
    header = [*REQUIRED_COLUMNS, *columns] if required else columns
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            writer.writerows(cells)
        try:
            plan = plan_import(fuzz_db, path, today=TODAY)
        except ImportFileError as error:
            assert str(error).strip()
        else:
            check_plan(plan, last_line=10_000)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=300))
def test_random_bytes_give_a_plan_or_a_clear_file_error(fuzz_db: Database, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(b",".join(c.encode() for c in REQUIRED_COLUMNS) + b"\n" + content)
        try:
            plan = plan_import(fuzz_db, path, today=TODAY)
        except ImportFileError as error:
            assert str(error).strip()
        else:
            check_plan(plan, last_line=10_000)
