"""Importing historical internships from CSV: reading, checking, matching, writing."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consultant_app.domain.enums import (
    AuditAction,
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.services.exchange.imports import (
    IMPORT_COLUMNS,
    REQUIRED_COLUMNS,
    ImportCancelled,
    ImportFileError,
    ImportRefused,
    apply_import,
    plan_import,
    write_rejects,
)
from consultant_app.services.exchange.parse import parse_committee, parse_gender
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database, open_database
from consultant_app.store.models import (
    AuditEntry,
    Cluster,
    Consultant,
    Function,
    Host,
    Intern,
    Internship,
    Mentor,
)

TODAY = date(2024, 6, 15)
NISS = make_niss(date(2000, 3, 14), 24)  # a woman's number
ENTERPRISE = make_enterprise_number(4_031_707)
OTHER_ENTERPRISE = make_enterprise_number(5_000_123)

ROW: dict[str, str] = {
    "reference": "SM-2021-001",
    "intern_first_name": "Lena",
    "intern_last_name": "Peeters",
    "intern_birth_date": "2000-03-14",
    "intern_gender": "F",
    "intern_language": "NL",
    "host_name": "Studio Noord",
    "host_enterprise_number": ENTERPRISE,
    "host_joint_committee": "CP 227",
    "host_language": "NL",
    "function": "Production assistant",
    "start_date": "2021-03-01",
    "end_date": "2021-05-21",
    "function_cluster": "",
    "intern_national_number": NISS,
    "intern_email": "lena.peeters@example.be",
    "mentor_name": "Jan Van den Broeck",
    "consultant": "Sofie Janssens",
    "status": "",
    "terminated_on": "",
    "convention_language": "",
}


@pytest.fixture
def cat_db(db: Database) -> Database:
    """A database with the standard catalogue."""
    with db.unit_of_work() as uow:
        seed_catalogue(uow.session)
        uow.commit()
    return db


def row(**changes: str) -> dict[str, str]:
    return {**ROW, **changes}


def write(
    path: Path,
    rows: list[dict[str, str]],
    *,
    delimiter: str = ",",
    columns: tuple[str, ...] | list[str] = IMPORT_COLUMNS,
    bom: bool = False,
) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(columns)
        for values in rows:
            writer.writerow([values.get(column, "") for column in columns])
    return path


def count(database: Database, model: type) -> int:
    with database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def only(database: Database, model: type) -> object:
    """The one record of *model*, detached with its columns loaded."""
    with database.unit_of_work() as uow:
        record = uow.session.scalars(select(model)).one()
        uow.session.expunge(record)
        return record


def internship(database: Database, reference: str) -> Internship:
    with database.unit_of_work() as uow:
        record = uow.session.scalars(
            select(Internship).where(Internship.reference == reference)
        ).one()
        uow.session.expunge(record)
        return record


def codes(problems: list) -> list[tuple[int, str, str]]:  # type: ignore[type-arg]
    return [(p.line, p.column, p.code) for p in problems]


def do_import(database: Database, path: Path, **options: object):  # type: ignore[no-untyped-def]
    plan = plan_import(database, path, today=TODAY)
    return plan, apply_import(database, plan, **options)  # type: ignore[arg-type]


# --- a valid file -------------------------------------------------------------------


def test_plan_writes_nothing_then_apply_creates_everything(
    cat_db: Database, tmp_path: Path
) -> None:
    source = write(
        tmp_path / "history.csv",
        [row(), row(reference="SM-2021-002", start_date="2021-09-06", end_date="2021-10-29")],
    )
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.valid and not plan.problems
    assert plan.delimiter == ","
    assert [r.line for r in plan.rows] == [2, 3]
    assert [r.action for r in plan.rows] == ["create", "create"]
    assert plan.counts["internships"] == {"create": 2, "update": 0, "unchanged": 0}
    assert plan.counts["interns"] == {"create": 1, "update": 0, "unchanged": 0}
    assert plan.counts["hosts"]["create"] == 1
    assert plan.counts["mentors"]["create"] == 1
    assert plan.counts["consultants"]["create"] == 1
    assert plan.counts["functions"] == {"create": 0, "update": 0, "unchanged": 1}
    assert count(cat_db, Internship) == count(cat_db, Intern) == count(cat_db, Host) == 0

    result = apply_import(cat_db, plan, actor="tester")
    assert result.counts == plan.counts
    assert count(cat_db, Internship) == 2
    first = internship(cat_db, "SM-2021-001")
    assert first.status is InternshipStatus.COMPLETED
    assert first.start_date == date(2021, 3, 1)
    assert first.planned_end_date == date(2021, 5, 21)
    assert first.actual_end_date is None
    assert first.convention_language is Language.NL
    assert first.convention_version == 1
    intern = only(cat_db, Intern)
    assert isinstance(intern, Intern)
    assert (intern.first_name, intern.gender, intern.national_number) == (
        "Lena",
        Gender.FEMALE,
        NISS,
    )
    assert intern.search_text == "lena peeters " + NISS + " lena.peeters@example.be"
    host = only(cat_db, Host)
    assert isinstance(host, Host)
    assert host.joint_committee is JointCommittee.CP_227
    assert host.language_role is LanguageRole.NL
    assert host.search_text
    mentor = only(cat_db, Mentor)
    assert isinstance(mentor, Mentor)
    assert (mentor.first_name, mentor.last_name, mentor.host_id) == (
        "Jan",
        "Van den Broeck",
        host.id,
    )
    consultant = only(cat_db, Consultant)
    assert isinstance(consultant, Consultant)
    assert (consultant.first_name, consultant.last_name) == ("Sofie", "Janssens")
    assert first.mentor_id == mentor.id and first.consultant_id == consultant.id


def test_the_audit_trail_records_the_import(cat_db: Database, tmp_path: Path) -> None:
    do_import(cat_db, write(tmp_path / "a.csv", [row()]), actor="importer")
    first = internship(cat_db, "SM-2021-001")
    with cat_db.unit_of_work() as uow:
        entries = uow.session.execute(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.entity).where(
                AuditEntry.entity_id == first.id
            )
        ).all()
    assert entries == [("importer", AuditAction.INSERT, "internship")]
    assert count(cat_db, AuditEntry) >= 5  # internship, intern, host, mentor, consultant


def test_semicolons_bom_header_case_and_spaces(cat_db: Database, tmp_path: Path) -> None:
    columns = [f" {name.upper()} " for name in IMPORT_COLUMNS]
    source = tmp_path / "excel.csv"
    with source.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(columns)
        writer.writerow([f"  {ROW[name]} " if ROW[name] else "" for name in IMPORT_COLUMNS])
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.delimiter == ";"
    assert plan.valid, plan.problems
    assert plan.rows[0].parsed.intern_first_name == "Lena"


def test_only_required_columns_and_unknown_columns(cat_db: Database, tmp_path: Path) -> None:
    columns = [*REQUIRED_COLUMNS, "remarks"]
    source = write(tmp_path / "a.csv", [row() | {"remarks": "old system"}], columns=columns)
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.valid
    assert codes(plan.warnings) == [(1, "remarks", "column.unknown")]
    apply_import(cat_db, plan)
    first = internship(cat_db, "SM-2021-001")
    assert first.mentor_id is None and first.consultant_id is None


# --- the file as a whole ------------------------------------------------------------


def test_missing_required_column_is_an_error_for_the_file(cat_db: Database, tmp_path: Path) -> None:
    columns = [c for c in IMPORT_COLUMNS if c not in ("start_date", "host_language")]
    source = write(tmp_path / "a.csv", [row()], columns=columns)
    with pytest.raises(ImportFileError, match="host_language, start_date") as error:
        plan_import(cat_db, source)
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \r\n\n", "empty"),
        (
            b"reference,intern_first_name\n\xe9t\xe9\n",
            r"not UTF-8 text \(first wrong byte on line 2\)",
        ),
        (b"reference;start_date\nSM-2021-001;2021-01-01\n", "lacks the required columns"),
    ],
)
def test_unusable_files(cat_db: Database, tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "a.csv"
    source.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        plan_import(cat_db, source)


def test_missing_file_and_folder(cat_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="There is no file"):
        plan_import(cat_db, tmp_path / "nothing.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        plan_import(cat_db, tmp_path)


def test_duplicate_column_is_an_error_for_the_file(cat_db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "a.csv", [row()], columns=[*IMPORT_COLUMNS, "Reference"])
    with pytest.raises(ImportFileError, match="appears twice"):
        plan_import(cat_db, source)


def test_header_only_file_is_an_empty_plan(cat_db: Database, tmp_path: Path) -> None:
    plan = plan_import(cat_db, write(tmp_path / "a.csv", []), today=TODAY)
    assert plan.valid and plan.rows == []
    assert apply_import(cat_db, plan).counts["internships"]["create"] == 0


# --- cells --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("227", (JointCommittee.CP_227, None)),
        ("CP 227", (JointCommittee.CP_227, None)),
        ("pc227", (JointCommittee.CP_227, None)),
        ("303.01", (JointCommittee.SCP_303_01, None)),
        ("SCP 303.01", (JointCommittee.SCP_303_01, None)),
        ("psc 303,01", (JointCommittee.SCP_303_01, None)),
        ("CP 303.01", (JointCommittee.SCP_303_01, None)),
        ("CP 200", (JointCommittee.OTHER, "CP 200")),
        ("329.02", (JointCommittee.OTHER, "329.02")),
        ("other", (JointCommittee.OTHER, None)),
    ],
)
def test_joint_committee_spellings(text: str, expected: tuple[object, object]) -> None:
    assert parse_committee(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("F", Gender.FEMALE), ("m", Gender.MALE), ("x", Gender.OTHER), ("V", Gender.FEMALE),
     ("h", Gender.MALE)],
)  # fmt: skip
def test_gender_letters(text: str, expected: Gender) -> None:
    assert parse_gender(text) is expected


def test_other_joint_committee_keeps_its_text(cat_db: Database, tmp_path: Path) -> None:
    do_import(cat_db, write(tmp_path / "a.csv", [row(host_joint_committee="CP 200")]))
    host = only(cat_db, Host)
    assert isinstance(host, Host)
    assert (host.joint_committee, host.joint_committee_other) == (JointCommittee.OTHER, "CP 200")


def test_spellings_of_dates_and_numbers(cat_db: Database, tmp_path: Path) -> None:
    digits = ENTERPRISE
    spelled = f"BE {digits[:4]}.{digits[4:7]}.{digits[7:]}"
    niss = f"{NISS[:2]}.{NISS[2:4]}.{NISS[4:6]}-{NISS[6:9]}.{NISS[9:]}"
    source = write(
        tmp_path / "a.csv",
        [
            row(
                intern_birth_date="14/03/2000",
                start_date="01/03/2021",
                host_enterprise_number=spelled,
                intern_national_number=niss,
                intern_gender="v",
                intern_language="nl",
                host_language="bi",
                status="Completed",
            )
        ],
    )
    plan, _ = do_import(cat_db, source)
    assert plan.valid, plan.problems
    intern = only(cat_db, Intern)
    assert isinstance(intern, Intern)
    assert (intern.birth_date, intern.national_number, intern.gender) == (
        date(2000, 3, 14),
        NISS,
        Gender.FEMALE,
    )
    host = only(cat_db, Host)
    assert isinstance(host, Host)
    assert (host.enterprise_number, host.language_role) == (digits, LanguageRole.BILINGUAL)
    assert internship(cat_db, "SM-2021-001").start_date == date(2021, 3, 1)


@pytest.mark.parametrize(
    ("changes", "column", "code"),
    [
        ({"intern_birth_date": "31/02/2000"}, "intern_birth_date", "date.syntax"),
        ({"start_date": "March 2021"}, "start_date", "date.syntax"),
        ({"intern_birth_date": "2030-01-01"}, "intern_birth_date", "birth_date.future"),
        ({"intern_national_number": NISS[:-1] + "0"}, "intern_national_number", "niss.checksum"),
        ({"host_enterprise_number": "0403.170.700"}, "host_enterprise_number",
         "enterprise.checksum"),
        ({"host_enterprise_number": "BE 12"}, "host_enterprise_number", "enterprise.length"),
        ({"intern_gender": "Q"}, "intern_gender", "gender.unknown"),
        ({"intern_gender": "vrouw"}, "intern_gender", "gender.unknown"),
        ({"intern_language": "IT"}, "intern_language", "choice.unknown"),
        ({"host_language": "DE"}, "host_language", "choice.unknown"),
        ({"end_date": "2021-02-26"}, "end_date", "dates.order"),
        ({"intern_last_name": "  "}, "intern_last_name", "required"),
        ({"function": ""}, "function", "required"),
        ({"reference": "2021-001"}, "reference", "reference.syntax"),
        ({"reference": "SM-21-001"}, "reference", "reference.syntax"),
        ({"intern_email": "lena@"}, "intern_email", "email.syntax"),
        ({"status": "finished"}, "status", "choice.unknown"),
        ({"status": "terminated"}, "terminated_on", "terminated_on.required"),
        ({"status": "completed", "terminated_on": "2021-04-01"}, "terminated_on",
         "terminated_on.status"),
        ({"status": "terminated", "terminated_on": "2021-06-01"}, "terminated_on",
         "termination.after_end"),
        ({"terminated_on": "2021-02-01"}, "terminated_on", "termination.before_start"),
        ({"host_joint_committee": "x" * 21}, "host_joint_committee", "text.length"),
        ({"intern_first_name": "A" * 121}, "intern_first_name", "text.length"),
        ({"function": "Drone pilot"}, "function_cluster", "function_cluster.required"),
        ({"function": "Drone pilot", "function_cluster": "Aviation"}, "function_cluster",
         "function_cluster.unknown"),
    ],
)  # fmt: skip
def test_bad_rows_are_listed_and_nothing_is_written(
    cat_db: Database, tmp_path: Path, changes: dict[str, str], column: str, code: str
) -> None:
    source = write(tmp_path / "a.csv", [row(reference="SM-2021-100"), row(**changes)])
    plan = plan_import(cat_db, source, today=TODAY)
    assert not plan.valid
    assert codes(plan.problems) == [(3, column, code)]
    problem = plan.problems[0]
    assert problem.message.endswith(".") and len(problem.message) > 15
    assert [r.line for r in plan.rows] == [2]
    with pytest.raises(ImportRefused, match="1 row has errors"):
        apply_import(cat_db, plan)
    assert count(cat_db, Internship) == count(cat_db, Intern) == 0


def test_every_bad_cell_of_a_row_is_listed(cat_db: Database, tmp_path: Path) -> None:
    bad = row(intern_birth_date="yesterday", intern_gender="?", host_enterprise_number="123")
    plan = plan_import(cat_db, write(tmp_path / "a.csv", [bad]), today=TODAY)
    assert [p.column for p in plan.problems] == [
        "intern_birth_date",
        "intern_gender",
        "host_enterprise_number",
    ]


def test_line_numbers_follow_the_file(cat_db: Database, tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    header = ",".join(IMPORT_COLUMNS)
    good = ",".join(f'"{ROW[c]}"' for c in IMPORT_COLUMNS)
    multi_line = good.replace('"Studio Noord"', '"Studio\nNoord"').replace(
        "SM-2021-001", "SM-2021-002"
    )
    bad = good.replace("SM-2021-001", "SM-2021-003").replace("2000-03-14", "2000-14-03")
    source.write_text(f"{header}\n\n{good}\n{multi_line}\n{bad}\n", encoding="utf-8")
    plan = plan_import(cat_db, source, today=TODAY)
    assert [r.line for r in plan.rows] == [3, 4]
    assert plan.rows[1].parsed.host_name == "Studio Noord"
    assert codes(plan.problems) == [(6, "intern_birth_date", "date.syntax")]


def test_extra_cells_beyond_the_header(cat_db: Database, tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    header = ",".join(IMPORT_COLUMNS)
    good = ",".join(ROW[c] for c in IMPORT_COLUMNS)
    source.write_text(f"{header}\n{good},,\n{good.replace('001', '002')},oops\n", encoding="utf-8")
    plan = plan_import(cat_db, source, today=TODAY)
    assert [r.line for r in plan.rows] == [2]
    assert codes(plan.problems) == [(3, "", "row.cells")]


def test_same_reference_twice(cat_db: Database, tmp_path: Path) -> None:
    plan = plan_import(cat_db, write(tmp_path / "a.csv", [row(), row()]), today=TODAY)
    assert codes(plan.problems) == [(3, "reference", "reference.duplicate")]
    assert "line 2" in plan.problems[0].message


def test_reference_is_normalised(cat_db: Database, tmp_path: Path) -> None:
    do_import(cat_db, write(tmp_path / "a.csv", [row(reference=" sm-2021-0007 ")]))
    assert internship(cat_db, "SM-2021-007").reference == "SM-2021-007"


# --- statuses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        ("2024-01-08", "2024-03-29", InternshipStatus.COMPLETED),
        ("2024-05-06", "2024-06-14", InternshipStatus.COMPLETED),
        ("2024-05-06", "2024-06-15", InternshipStatus.RUNNING),
        ("2024-06-15", "2024-08-30", InternshipStatus.RUNNING),
        ("2024-06-17", "2024-08-30", InternshipStatus.SIGNED),
    ],
)
def test_status_from_the_dates(
    cat_db: Database, tmp_path: Path, start: str, end: str, status: InternshipStatus
) -> None:
    source = write(
        tmp_path / "a.csv", [row(reference="SM-2024-001", start_date=start, end_date=end)]
    )
    do_import(cat_db, source)
    assert internship(cat_db, "SM-2024-001").status is status


def test_terminated_internship_ends_on_its_termination(cat_db: Database, tmp_path: Path) -> None:
    source = write(
        tmp_path / "a.csv",
        [
            row(status="terminated", terminated_on="2021-04-02"),
            row(reference="SM-2021-002", terminated_on="2021-04-09"),
            row(reference="SM-2021-003", status="awaiting signatures"),
        ],
    )
    do_import(cat_db, source)
    first = internship(cat_db, "SM-2021-001")
    assert (first.status, first.planned_end_date, first.actual_end_date) == (
        InternshipStatus.TERMINATED,
        date(2021, 5, 21),
        date(2021, 4, 2),
    )
    second = internship(cat_db, "SM-2021-002")
    assert (second.status, second.actual_end_date) == (
        InternshipStatus.TERMINATED,
        date(2021, 4, 9),
    )
    assert internship(cat_db, "SM-2021-003").status is InternshipStatus.AWAITING_SIGNATURES


# --- matching and idempotence -------------------------------------------------------


def test_importing_the_same_file_again_changes_nothing(cat_db: Database, tmp_path: Path) -> None:
    source = write(
        tmp_path / "a.csv",
        [
            row(function="Drone pilot", function_cluster="Beeld"),
            row(reference="SM-2021-002", status="terminated", terminated_on="2021-04-02"),
        ],
    )
    do_import(cat_db, source)
    audit_before = count(cat_db, AuditEntry)
    plan, result = do_import(cat_db, source)
    assert {r.action for r in plan.rows} == {"unchanged"}
    for counts in result.counts.values():
        assert counts["create"] == counts["update"] == 0
    assert count(cat_db, AuditEntry) == audit_before
    assert count(cat_db, Internship) == 2


def test_a_changed_row_updates_the_internship_and_the_intern(
    cat_db: Database, tmp_path: Path
) -> None:
    do_import(cat_db, write(tmp_path / "a.csv", [row(), row(reference="SM-2021-002")]))
    first = internship(cat_db, "SM-2021-001")
    changed = write(
        tmp_path / "b.csv",
        [
            row(end_date="2021-05-28", intern_email="lena@example.org", mentor_name="Ann Maes"),
            row(reference="SM-2021-002", intern_email="lena@example.org"),
        ],
    )
    plan, result = do_import(cat_db, changed)
    assert [r.action for r in plan.rows] == ["update", "unchanged"]
    assert result.counts["internships"] == {"create": 0, "update": 1, "unchanged": 1}
    assert result.counts["interns"] == {"create": 0, "update": 1, "unchanged": 0}
    assert result.counts["mentors"] == {"create": 1, "update": 0, "unchanged": 1}
    updated = internship(cat_db, "SM-2021-001")
    assert updated.id == first.id
    assert updated.planned_end_date == date(2021, 5, 28)
    intern = only(cat_db, Intern)
    assert isinstance(intern, Intern)
    assert intern.email == "lena@example.org"
    assert "lena@example.org" in intern.search_text
    with cat_db.unit_of_work() as uow:
        fields = set(
            uow.session.scalars(
                select(AuditEntry.field).where(
                    AuditEntry.entity_id == first.id, AuditEntry.action == AuditAction.UPDATE
                )
            )
        )
    assert fields == {"planned_end_date", "mentor_id"}


def test_an_empty_cell_keeps_the_stored_value(cat_db: Database, tmp_path: Path) -> None:
    do_import(cat_db, write(tmp_path / "a.csv", [row(status="cancelled")]))
    source = write(tmp_path / "b.csv", [row(mentor_name="", consultant="", intern_email="")])
    plan, _ = do_import(cat_db, source)
    assert plan.rows[0].action == "unchanged"
    stored = internship(cat_db, "SM-2021-001")
    assert stored.status is InternshipStatus.CANCELLED
    assert stored.mentor_id is not None and stored.consultant_id is not None


def test_interns_match_by_national_number_then_by_name_and_birth_date(
    cat_db: Database, tmp_path: Path
) -> None:
    with cat_db.unit_of_work() as uow:
        uow.session.add_all(
            [
                Intern(first_name="Émre", last_name="Öztürk", birth_date=date(2001, 2, 3),
                       gender=Gender.MALE, language=Language.FR),
                Intern(first_name="Lena", last_name="Peeters", birth_date=date(2000, 3, 14),
                       gender=Gender.FEMALE, language=Language.NL, national_number=NISS),
            ]
        )  # fmt: skip
        uow.commit()
    source = write(
        tmp_path / "a.csv",
        [
            row(intern_first_name="Lena-Marie"),  # same national number: the same intern
            row(
                reference="SM-2021-002",
                intern_first_name="EMRE",
                intern_last_name="ozturk",
                intern_birth_date="03/02/2001",
                intern_gender="M",
                intern_national_number="",
                intern_email="",
                intern_language="FR",
            ),
        ],
    )
    _, result = do_import(cat_db, source)
    assert result.counts["interns"] == {"create": 0, "update": 2, "unchanged": 0}
    assert count(cat_db, Intern) == 2
    with cat_db.unit_of_work() as uow:
        names = set(uow.session.execute(select(Intern.first_name, Intern.last_name)))
    assert names == {("Lena-Marie", "Peeters"), ("EMRE", "ozturk")}


def test_an_intern_of_several_rows_is_created_once(cat_db: Database, tmp_path: Path) -> None:
    source = write(
        tmp_path / "a.csv",
        [
            row(intern_national_number=""),
            row(reference="SM-2021-002", intern_national_number=""),
            row(reference="SM-2021-003"),  # the number is added to the same intern
            row(reference="SM-2021-004", intern_national_number=make_niss(date(2000, 3, 14), 26)),
        ],
    )
    _, result = do_import(cat_db, source)
    assert result.counts["interns"]["create"] == 2  # the fourth row has another number
    assert count(cat_db, Intern) == 2


def test_conflicting_rows_about_one_intern_give_a_notice(cat_db: Database, tmp_path: Path) -> None:
    source = write(
        tmp_path / "a.csv",
        [row(), row(reference="SM-2021-002", intern_first_name="Leen")],
    )
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.valid
    assert (3, "intern_last_name", "intern.conflict") in codes(plan.warnings)
    apply_import(cat_db, plan)
    intern = only(cat_db, Intern)
    assert isinstance(intern, Intern) and intern.first_name == "Leen"


def test_hosts_match_by_enterprise_number(cat_db: Database, tmp_path: Path) -> None:
    with cat_db.unit_of_work() as uow:
        uow.session.add(
            Host(name="Studio Noord NV", enterprise_number=ENTERPRISE,
                 joint_committee=JointCommittee.CP_227, language_role=LanguageRole.NL)
        )  # fmt: skip
        uow.commit()
    source = write(
        tmp_path / "a.csv",
        [
            row(host_name="Studio Noord NV"),
            row(reference="SM-2021-002", host_enterprise_number=f"BE{ENTERPRISE}",
                host_name="Studio Noord NV"),
            row(reference="SM-2021-003", host_enterprise_number=OTHER_ENTERPRISE,
                host_name="Autre Studio", host_language="FR", host_joint_committee="303.01"),
        ],
    )  # fmt: skip
    _, result = do_import(cat_db, source)
    assert result.counts["hosts"] == {"create": 1, "update": 0, "unchanged": 1}
    third = internship(cat_db, "SM-2021-003")
    assert third.convention_language is Language.FR


@pytest.mark.parametrize(
    "name", ["Production assistant", "PRODUCTIEASSISTENT", "assistant / assistante de production",
             "production_assistant"],
)  # fmt: skip
def test_functions_match_by_name_in_any_language(
    cat_db: Database, tmp_path: Path, name: str
) -> None:
    _, result = do_import(cat_db, write(tmp_path / "a.csv", [row(function=name)]))
    assert result.counts["functions"] == {"create": 0, "update": 0, "unchanged": 1}
    with cat_db.unit_of_work() as uow:
        code = uow.session.scalar(
            select(Function.code).join(Internship, Internship.function_id == Function.id)
        )
    assert code == "production_assistant"


def test_an_unknown_function_is_created_once_in_its_cluster(
    cat_db: Database, tmp_path: Path
) -> None:
    source = write(
        tmp_path / "a.csv",
        [
            row(function="Drone pilot", function_cluster="Beeld"),
            row(reference="SM-2021-002", function="drone PILOT", function_cluster=""),
        ],
    )
    _, result = do_import(cat_db, source)
    assert result.counts["functions"] == {"create": 1, "update": 0, "unchanged": 0}
    with cat_db.unit_of_work() as uow:
        function = uow.session.scalars(select(Function).where(Function.code == "drone_pilot")).one()
        cluster = uow.session.get(Cluster, function.cluster_id)
        assert cluster is not None and cluster.code == "image"
        assert function.name_nl == function.name_fr == function.name_en == "Drone pilot"


def test_mentors_match_within_their_host_and_consultants_by_name(
    cat_db: Database, tmp_path: Path
) -> None:
    with cat_db.unit_of_work() as uow:
        uow.session.add(Consultant(first_name="Sofie", last_name="Janssens"))
        uow.commit()
    source = write(
        tmp_path / "a.csv",
        [
            row(consultant="sofie JANSSENS"),
            row(reference="SM-2021-002", mentor_name="jan van den broeck"),
            row(reference="SM-2021-003", host_enterprise_number=OTHER_ENTERPRISE,
                host_name="Autre"),
        ],
    )  # fmt: skip
    _, result = do_import(cat_db, source)
    assert result.counts["consultants"] == {"create": 0, "update": 0, "unchanged": 1}
    assert result.counts["mentors"]["create"] == 2  # the same name at another host
    assert count(cat_db, Consultant) == 1


def test_a_deleted_internship_is_not_brought_back(cat_db: Database, tmp_path: Path) -> None:
    do_import(cat_db, write(tmp_path / "a.csv", [row()]))
    with cat_db.unit_of_work() as uow:
        stored = uow.session.scalars(select(Internship)).one()
        stored.soft_delete()
        uow.commit()
    plan = plan_import(cat_db, write(tmp_path / "a.csv", [row()]), today=TODAY)
    assert codes(plan.problems) == [(2, "reference", "reference.deleted")]


# --- programme rules ----------------------------------------------------------------


def test_rule_failures_are_warnings_and_imported(cat_db: Database, tmp_path: Path) -> None:
    source = write(
        tmp_path / "a.csv",
        [
            row(end_date="2021-07-16"),  # 20 weeks: over the maximum, within its extensions
            row(reference="SM-2021-002", intern_national_number="", intern_first_name="Old",
                intern_birth_date="1990-01-01", start_date="2021-10-04", end_date="2021-11-26",
                host_joint_committee="200"),
        ],
    )  # fmt: skip
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.valid
    found = codes(plan.warnings)
    assert (2, "end_date", "rule.max_weeks") in found
    assert (2, "start_date", "rule.total_weeks") in found
    assert (3, "intern_birth_date", "rule.age") in found
    assert (3, "host_joint_committee", "rule.joint_committee") in found
    assert not [code for _, _, code in found if code in ("rule.training_plan", "rule.hours")]
    result = apply_import(cat_db, plan)
    assert result.counts["internships"]["create"] == 2
    assert {w.code for w in result.warnings} >= {"rule.max_weeks", "rule.age"}


def test_national_number_inconsistency_is_a_notice(cat_db: Database, tmp_path: Path) -> None:
    plan = plan_import(cat_db, write(tmp_path / "a.csv", [row(intern_gender="M")]), today=TODAY)
    assert plan.valid
    assert (2, "intern_national_number", "niss.gender") in codes(plan.warnings)


# --- skipping bad rows, rejects -----------------------------------------------------


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejects(
    cat_db: Database, tmp_path: Path
) -> None:
    columns = [*IMPORT_COLUMNS, "remarks"]
    bad = row(reference="SM-2021-002", intern_birth_date="2000-02-30", intern_gender="?")
    source = write(
        tmp_path / "history.csv",
        [row() | {"remarks": "ok"}, bad | {"remarks": "to fix"}],
        columns=columns,
        delimiter=";",
    )
    plan, result = do_import(cat_db, source, skip_invalid=True)
    assert result.counts["internships"]["create"] == 1
    assert result.skipped == 1
    rejects = write_rejects(plan)
    assert rejects == tmp_path / "history.rejects.csv"
    assert stat.S_IMODE(os.stat(rejects).st_mode) == 0o600
    with rejects.open(encoding="utf-8", newline="") as stream:
        lines = list(csv.reader(stream, delimiter=";"))
    assert lines[0] == [*columns, "line", "column", "reason"]
    assert len(lines) == 2
    rejected = dict(zip(lines[0], lines[1], strict=True))
    assert rejected["reference"] == "SM-2021-002"
    assert rejected["remarks"] == "to fix"
    assert rejected["intern_birth_date"] == "2000-02-30"
    assert rejected["line"] == "3"
    assert rejected["column"] == "intern_birth_date; intern_gender"
    assert "[date.syntax]" in rejected["reason"] and "[gender.unknown]" in rejected["reason"]

    # Corrected, the rejects file imports as it is (its extra columns are ignored).
    corrected = rejects.read_text(encoding="utf-8").replace("2000-02-30", "2000-03-14")
    corrected = corrected.replace(";?;", ";F;")
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(corrected, encoding="utf-8")
    plan, result = do_import(cat_db, fixed)
    assert plan.valid and [w.code for w in plan.warnings if w.line == 1] == ["column.unknown"]
    assert result.counts["internships"]["create"] == 1


# --- progress and cancelling --------------------------------------------------------


def _rows(n: int) -> Iterator[dict[str, str]]:
    for index in range(1, n + 1):
        yield row(
            reference=f"SM-2021-{index:03d}",
            intern_first_name=f"Ann{index}",
            intern_national_number="",
        )


def test_progress_is_reported_every_hundred_rows(cat_db: Database, tmp_path: Path) -> None:
    plan = plan_import(cat_db, write(tmp_path / "a.csv", list(_rows(250))), today=TODAY)
    calls: list[tuple[int, int]] = []
    apply_import(cat_db, plan, progress=lambda done, total: calls.append((done, total)) or True)
    assert calls == [(0, 250), (100, 250), (200, 250), (250, 250)]


def test_cancelling_writes_nothing(cat_db: Database, tmp_path: Path) -> None:
    plan = plan_import(cat_db, write(tmp_path / "a.csv", list(_rows(250))), today=TODAY)
    audit = count(cat_db, AuditEntry)
    with pytest.raises(ImportCancelled, match="nothing was written"):
        apply_import(cat_db, plan, progress=lambda done, total: done < 200)
    assert count(cat_db, Internship) == count(cat_db, Intern) == 0
    assert count(cat_db, AuditEntry) == audit


def test_refused_when_the_plan_has_errors(cat_db: Database, tmp_path: Path) -> None:
    plan = plan_import(cat_db, write(tmp_path / "a.csv", [row(start_date="")]), today=TODAY)
    with pytest.raises(ImportRefused) as error:
        apply_import(cat_db, plan)
    assert codes(error.value.problems) == [(2, "start_date", "required")]


def test_matching_is_done_again_when_writing(cat_db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "a.csv", [row()])
    plan = plan_import(cat_db, source, today=TODAY)
    do_import(cat_db, source)  # someone imports the same file meanwhile
    result = apply_import(cat_db, plan)
    assert result.counts["internships"] == {"create": 0, "update": 0, "unchanged": 1}
    assert count(cat_db, Internship) == 1


# --- a database without catalogue ---------------------------------------------------


def test_the_standard_catalogue_is_added_to_an_empty_database(db: Database, tmp_path: Path) -> None:
    plan = plan_import(db, write(tmp_path / "a.csv", [row()]), today=TODAY)
    assert plan.valid and plan.seeds_catalogue
    assert codes(plan.warnings)[0] == (1, "", "catalogue.seeded")
    assert count(db, Function) == 0
    result = apply_import(db, plan)
    assert result.seeded_catalogue
    assert count(db, Function) > 20 and count(db, Internship) == 1


def test_plan_of_another_database_file(tmp_path: Path) -> None:
    database = open_database(tmp_path / "other.db")
    try:
        plan = plan_import(database, write(tmp_path / "a.csv", [row()]))
        assert plan.today == date.today()
        assert plan.rows[0].parsed.reference == "SM-2021-001"
    finally:
        database.close()
