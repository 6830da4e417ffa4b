"""Imports are never silent: a reference of another intern is refused, every change is
listed as ``old → new``, renames are warnings, and a database changed meanwhile stops the
write with one line."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.services.exchange.exports import export_csv
from consultant_app.services.exchange.imports import (
    IMPORT_COLUMNS,
    ImportConflict,
    apply_import,
    plan_import,
    write_rejects,
)
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database, open_database
from consultant_app.store.models import Intern, Internship, Mentor
from tests.support.db import copy_db

TODAY = date(2024, 6, 15)
NISS = make_niss(date(2000, 3, 14), 24)
OTHER_NISS = make_niss(date(1999, 7, 1), 37)
ROW: dict[str, str] = {
    "reference": "SM-2021-001",
    "intern_first_name": "Lena",
    "intern_last_name": "Peeters",
    "intern_birth_date": "2000-03-14",
    "intern_gender": "F",
    "intern_language": "NL",
    "intern_national_number": NISS,
    "host_name": "Studio Noord",
    "host_enterprise_number": make_enterprise_number(4_031_707),
    "host_joint_committee": "CP 227",
    "host_language": "NL",
    "function": "Production assistant",
    "start_date": "2021-03-01",
    "end_date": "2021-05-21",
    "mentor_name": "Jan Van den Broeck",
}
#: Another person: other name, birth date and national number.
STRANGER = {
    "intern_first_name": "Tom",
    "intern_last_name": "Claes",
    "intern_birth_date": "1999-07-01",
    "intern_gender": "M",
    "intern_national_number": OTHER_NISS,
}


@pytest.fixture
def cat_db(db: Database) -> Database:
    with db.unit_of_work() as uow:
        seed_catalogue(uow.session)
        uow.commit()
    return db


def write(path: Path, *rows: dict[str, str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def imported(database: Database, path: Path) -> None:
    apply_import(database, plan_import(database, path, today=TODAY))


def intern_of(database: Database, reference: str) -> tuple[str, str]:
    with database.unit_of_work() as uow:
        first, last = uow.session.execute(
            select(Intern.first_name, Intern.last_name)
            .join(Internship, Internship.intern_id == Intern.id)
            .where(Internship.reference == reference)
        ).one()
        return first, last


@pytest.mark.parametrize(
    "other",
    [
        STRANGER,
        # no national number in the file: other name and birth date
        STRANGER | {"intern_national_number": ""},
        # the same name and birth date, but another national number
        {"intern_national_number": make_niss(date(2000, 3, 14), 26)},
    ],
)
def test_a_reference_of_another_intern_is_refused_never_reassigned(
    cat_db: Database, tmp_path: Path, other: dict[str, str]
) -> None:
    imported(cat_db, write(tmp_path / "a.csv", ROW))
    source = write(tmp_path / "b.csv", ROW | other, ROW | {"reference": "SM-2021-002"})
    plan = plan_import(cat_db, source, today=TODAY)
    assert [(p.line, p.code) for p in plan.problems] == [(2, "reference.other_intern")]
    assert "SM-2021-001 belongs to another intern" in plan.problems[0].message
    assert plan.counts["interns"]["create"] == 0  # the stranger is not created either
    result = apply_import(cat_db, plan, skip_invalid=True)
    assert result.skipped == 1 and result.counts["internships"]["create"] == 1
    assert intern_of(cat_db, "SM-2021-001") == ("Lena", "Peeters")
    rejects = write_rejects(plan).read_text(encoding="utf-8")
    assert "SM-2021-001" in rejects and "reference.other_intern" in rejects


def test_the_same_intern_may_be_corrected(cat_db: Database, tmp_path: Path) -> None:
    imported(cat_db, write(tmp_path / "a.csv", ROW))
    # the same national number: a corrected name is the same person, renamed with a warning
    source = write(tmp_path / "b.csv", ROW | {"intern_first_name": "Lena-Marie"})
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.valid
    assert [(w.line, w.code) for w in plan.warnings] == [(2, "intern.renamed")]
    assert "'Lena' → 'Lena-Marie'" in plan.warnings[0].message
    # without national number in the file: the same name and birth date
    unnumbered = write(tmp_path / "c.csv", ROW | {"intern_national_number": ""})
    assert plan_import(cat_db, unnumbered, today=TODAY).valid


def test_every_changed_field_is_listed_old_to_new(cat_db: Database, tmp_path: Path) -> None:
    imported(cat_db, write(tmp_path / "a.csv", ROW))
    source = write(
        tmp_path / "b.csv",
        ROW | {"end_date": "2021-05-28", "host_name": "Studio Zuid", "mentor_name": "Ann Maes"},
    )
    plan = plan_import(cat_db, source, today=TODAY)
    shown = [change.describe() for change in plan.changes]
    assert shown == [
        "internship SM-2021-001 (line 2): mentor_id 'Jan Van den Broeck' → 'Ann Maes'; "
        "planned_end_date 2021-05-21 → 2021-05-28",
        f"host Studio Noord ({ROW['host_enterprise_number']}) (line 2): "
        "name 'Studio Noord' → 'Studio Zuid'",
    ]
    assert plan.updates == 2
    renames = [(w.code, w.column) for w in plan.warnings if w.code.endswith(".renamed")]
    assert renames == [("host.renamed", "host_name")]


def test_a_conflict_written_meanwhile_stops_the_write_in_one_line(
    cat_db: Database, tmp_path: Path
) -> None:
    source = write(tmp_path / "a.csv", ROW)
    plan = plan_import(cat_db, source, today=TODAY)  # checked: one new internship
    imported(cat_db, write(tmp_path / "other.csv", ROW | STRANGER))  # someone else, meanwhile
    with pytest.raises(ImportConflict) as error:
        apply_import(cat_db, plan)
    message = str(error.value)
    assert "\n" not in message and "line 2" in message and "Nothing was imported" in message
    assert "Lena" not in message and "Tom" not in message
    assert intern_of(cat_db, "SM-2021-001") == ("Tom", "Claes")


def test_updates_written_meanwhile_are_not_applied_unseen(cat_db: Database, tmp_path: Path) -> None:
    imported(cat_db, write(tmp_path / "a.csv", ROW))
    plan = plan_import(cat_db, write(tmp_path / "b.csv", ROW), today=TODAY)
    assert plan.updates == 0
    imported(cat_db, write(tmp_path / "c.csv", ROW | {"end_date": "2021-05-28"}))
    with pytest.raises(ImportConflict, match="would now update internships"):
        apply_import(cat_db, plan)


def test_two_imports_naming_the_same_new_mentor_create_one(
    cat_db: Database, tmp_path: Path
) -> None:
    imported(cat_db, write(tmp_path / "a.csv", ROW | {"mentor_name": ""}))
    first = plan_import(
        cat_db, write(tmp_path / "b.csv", ROW | {"reference": "SM-2021-002"}), today=TODAY
    )
    second = plan_import(
        cat_db, write(tmp_path / "c.csv", ROW | {"reference": "SM-2021-003"}), today=TODAY
    )
    assert first.counts["mentors"]["create"] == second.counts["mentors"]["create"] == 1
    apply_import(cat_db, first)
    apply_import(cat_db, second)
    with cat_db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Mentor)) == 1


def test_another_databases_export_reports_conflicts_not_updates(
    demo_files: Callable[[int], Path], tmp_path: Path
) -> None:
    exported = tmp_path / "internships.csv"
    source = open_database(copy_db(demo_files(11), tmp_path / "a.db"))
    try:
        rows = export_csv(source, "internships", exported)
    finally:
        source.close()
    target = open_database(copy_db(demo_files(12), tmp_path / "b.db"))
    try:
        plan = plan_import(target, exported)
    finally:
        target.close()
    conflicts = [p for p in plan.problems if p.code == "reference.other_intern"]
    # every reference the other database also holds is another person's internship there
    assert rows > 50 and len(conflicts) > rows // 2
    assert plan.counts["internships"]["update"] == 0
    assert len(conflicts) + plan.counts["internships"]["create"] == rows
