"""``consultant-app edit intern|mentor|host ID FIELD=VALUE…`` and ``edit internship REFERENCE
FIELD=VALUE…`` as a user types them: the window's checks, refusals and audit trail."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from consultant_app.cli import main
from consultant_app.domain.enums import InternshipStatus
from consultant_app.services.internships.records import (
    change_status,
    create_internship,
    load_internship_values,
)
from consultant_app.services.people.hosts import load_host, load_mentor
from consultant_app.services.people.interns import load_intern
from consultant_app.store.database import Database
from consultant_app.store.models import AuditEntry, Internship
from tests.support.builders import World, complete_sheet, signed_internship


def edit(db_path: Path, *arguments: str) -> int:
    return main(["--db", str(db_path), "edit", *arguments])


def audit_of(db: Database, record_id: uuid.UUID) -> list[tuple[str, str | None, str | None]]:
    """(field, old, new) of the field changes the audit trail holds about a record."""
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.entity_id == record_id, AuditEntry.field.is_not(None))
            .order_by(AuditEntry.at)
        ).all()
    return [(field, old, new) for field, old, new in rows]


def reference_of(db: Database, internship_id: uuid.UUID) -> str:
    with db.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        assert internship is not None
        return internship.reference


def test_help_lists_the_edit_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "edit" in capsys.readouterr().out


def test_an_intern_edit_prints_what_changed_and_is_audited(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    intern = str(world.intern_id)
    code = edit(
        db_path, "intern", intern, "last_name=Janssens", "birth_date=14/03/2001", "gender=x"
    )
    assert code == 0
    out = capsys.readouterr().out
    assert f"Changed intern {intern}:" in out
    assert "  last_name: Öztürk → Janssens" in out
    assert "  birth_date: 2000-01-01 → 2001-03-14" in out  # typed day first, stored ISO
    assert "  gender: M → X" in out  # a choice by its code, in any case
    values = load_intern(world.db, world.intern_id)
    assert (values["last_name"], values["birth_date"], values["gender"]) == (
        "Janssens",
        "2001-03-14",
        "X",
    )
    assert ("last_name", "Öztürk", "Janssens") in audit_of(world.db, world.intern_id)


def test_an_empty_value_empties_a_field_and_the_same_value_changes_nothing(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    intern = str(world.intern_id)
    assert edit(db_path, "intern", intern, "school=Sint-Lukas") == 0
    capsys.readouterr()
    assert edit(db_path, "intern", intern, "school=") == 0
    assert "  school: Sint-Lukas → (empty)" in capsys.readouterr().out
    assert load_intern(world.db, world.intern_id)["school"] == ""
    before = audit_of(world.db, world.intern_id)
    assert edit(db_path, "intern", intern, "school=", "first_name=Emre") == 0
    assert "Nothing to change" in capsys.readouterr().out
    assert audit_of(world.db, world.intern_id) == before


def test_a_dry_run_shows_the_change_and_writes_nothing(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load_intern(world.db, world.intern_id)
    args = ("intern", str(world.intern_id), "last_name=Janssens", "--dry-run")
    assert edit(db_path, *args) == 0
    out = capsys.readouterr().out
    assert "Dry run, nothing written" in out and "  last_name: Öztürk → Janssens" in out
    assert load_intern(world.db, world.intern_id) == before
    assert audit_of(world.db, world.intern_id) == []
    # A dry run refuses what the edit would refuse.
    assert edit(db_path, "intern", str(world.intern_id), "birth_date=2001-02-30", "--dry-run") == 2
    assert "birth_date: Birth date: '2001-02-30' is not a date" in capsys.readouterr().err


def test_invalid_values_are_refused_one_line_per_field(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load_intern(world.db, world.intern_id)
    args = ("intern", str(world.intern_id), "birth_date=31/02/2001", "gender=Q", "first_name=")
    assert edit(db_path, *args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "was refused; nothing was written" in captured.err
    lines = captured.err.splitlines()
    assert "  first_name: First name is required." in lines
    assert "  birth_date: Birth date: '31/02/2001' is not a date of the calendar." in lines
    assert "  gender: Gender: 'Q' is not one of F, M, X." in lines
    assert load_intern(world.db, world.intern_id) == before
    assert audit_of(world.db, world.intern_id) == []


def test_an_unknown_field_lists_the_editable_fields(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load_intern(world.db, world.intern_id)
    assert edit(db_path, "intern", str(world.intern_id), "surname=Janssens", "last_name=X") == 2
    err = capsys.readouterr().err
    assert "'surname'" in err and "first_name, last_name, birth_date" in err
    assert load_intern(world.db, world.intern_id) == before


@pytest.mark.parametrize("argument", ["last_name", "=Janssens"])
def test_a_malformed_assignment_is_refused(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str], argument: str
) -> None:
    before = load_intern(world.db, world.intern_id)
    assert edit(db_path, "intern", str(world.intern_id), argument) == 2
    assert f"{argument!r} is not FIELD=VALUE" in capsys.readouterr().err
    assert edit(db_path, "intern", str(world.intern_id), "email=a@b.be", "email=c@d.be") == 2
    assert "given twice" in capsys.readouterr().err
    assert load_intern(world.db, world.intern_id) == before


def test_unknown_ids_and_references(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = uuid.uuid4()
    for kind in ("intern", "mentor", "host"):
        assert (
            edit(db_path, kind, str(missing), "first_name=X" if kind != "host" else "name=X") == 2
        )
        assert f"There is no {kind} with id {missing}" in capsys.readouterr().err
    assert edit(db_path, "intern", "12", "last_name=X") == 2
    assert "'12' is not a record id" in capsys.readouterr().err
    # An intern's id is not a mentor's.
    assert edit(db_path, "mentor", str(world.intern_id), "first_name=X") == 2
    assert "There is no mentor" in capsys.readouterr().err
    assert edit(db_path, "internship", "SM-2099-001", "objectives=X") == 2
    assert "No internship with reference SM-2099-001" in capsys.readouterr().err


def test_a_mentor_and_a_host_are_edited_through_their_forms(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentor = str(world.mentor_id)
    assert edit(db_path, "mentor", mentor, "job_title=Regisseur", "mentor_training=yes") == 0
    out = capsys.readouterr().out
    assert "  job_title: (empty) → Regisseur" in out and "  mentor_training: 0 → 1" in out
    assert load_mentor(world.db, world.mentor_id)["mentor_training"] == "1"
    assert ("job_title", None, "Regisseur") in audit_of(world.db, world.mentor_id)

    host = str(world.host_id)
    before = load_host(world.db, world.host_id)
    assert edit(db_path, "host", host, "joint_committee=other") == 2
    assert "  joint_committee_other: Other joint committee is required." in (
        capsys.readouterr().err.splitlines()
    )
    assert load_host(world.db, world.host_id) == before
    assert edit(db_path, "host", host, "joint_committee=227", "language_role=bi") == 0
    out = capsys.readouterr().out
    assert "  joint_committee: 303.01 → 227" in out and "  language_role: FR → BI" in out


def test_a_draft_internship_is_edited_by_its_reference(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    internship_id = create_internship(world.db, world.values())
    reference = reference_of(world.db, internship_id)
    args = (
        "internship",
        reference.lower(),
        "objectives=Edit the news",
        "hours_fri=",
        "hours_sat=7,6",
    )
    before = load_internship_values(world.db, internship_id)
    assert edit(db_path, *args, "--dry-run") == 0
    assert "  hours_sat: (empty) → 7.6" in capsys.readouterr().out
    assert load_internship_values(world.db, internship_id) == before
    assert edit(db_path, *args) == 0
    out = capsys.readouterr().out
    assert f"Changed internship {reference}:" in out
    assert "  hours_fri: 7.6 → (empty)" in out and "  hours_sat: (empty) → 7.6" in out
    assert "  objectives: Learn to run a shooting day. → Edit the news" in out
    values = load_internship_values(world.db, internship_id)
    assert (values["objectives"], values["hours_sat"]) == ("Edit the news", "7.6")
    assert ("objectives", "Learn to run a shooting day.", "Edit the news") in audit_of(
        world.db, internship_id
    )
    # A new start year gives the draft the next reference of that year, as in the window.
    dates = ("start_date=05/09/2022", "planned_end_date=2022-11-25")
    assert edit(db_path, "internship", reference, *dates) == 0
    out = capsys.readouterr().out
    assert f"  reference: {reference} → SM-2022-001" in out
    assert "  start_date: 2021-09-06 → 2022-09-05" in out


def test_the_intern_and_host_of_an_internship_are_not_fields(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = reference_of(world.db, create_internship(world.db, world.values()))
    assert edit(db_path, "internship", reference, f"intern_id={uuid.uuid4()}") == 2
    err = capsys.readouterr().err
    assert "'intern_id'" in err and "mentor_id, consultant_id, function_id" in err


def test_a_bad_internship_value_is_refused_naming_the_field(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    internship_id = create_internship(world.db, world.values())
    before = load_internship_values(world.db, internship_id)
    reference = reference_of(world.db, internship_id)
    assert edit(db_path, "internship", reference, "planned_end_date=2021-09-01") == 2
    assert "  planned_end_date: The planned end date 2021-09-01 is before the start date" in (
        capsys.readouterr().err
    )
    assert edit(db_path, "internship", reference, "mentor_id=not-an-id", "--dry-run") == 2
    assert "  mentor_id: Mentor: 'not-an-id' is not a record id." in capsys.readouterr().err
    assert load_internship_values(world.db, internship_id) == before


def test_a_signed_convention_refuses_edits_as_the_window_does(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    internship_id = signed_internship(world)
    before = load_internship_values(world.db, internship_id)
    reference = reference_of(world.db, internship_id)
    audited = audit_of(world.db, internship_id)
    for dry_run in ((), ("--dry-run",)):
        assert edit(db_path, "internship", reference, "objectives=Other", *dry_run) == 2
        err = capsys.readouterr().err
        signed = "The convention is signed: it can only change through an amendment."
        assert f"internship {reference}: {signed}" in err
        assert "Nothing was changed" in err
    assert load_internship_values(world.db, internship_id) == before
    assert audit_of(world.db, internship_id) == audited


def test_a_convention_awaiting_signatures_goes_back_to_draft_first(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id)
    change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)
    reference = reference_of(world.db, internship_id)
    assert edit(db_path, "internship", reference, "objectives=Other") == 2
    assert "awaits signatures: put it back to draft" in capsys.readouterr().err


def test_an_edit_that_makes_a_duplicate_warns_as_the_window_asks(
    world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = world.add_intern()  # Lena Peeters, born 2000-01-01 like Emre Öztürk
    args = ("intern", str(world.intern_id), "first_name=Lena", "last_name=Peeters")
    assert edit(db_path, *args) == 0
    captured = capsys.readouterr()
    assert "  first_name: Emre → Lena" in captured.out
    assert (
        f"warning: Lena Peeters (id {other}) is already registered with the same name and "
        "birth date." in captured.err
    )
    assert load_intern(world.db, world.intern_id)["first_name"] == "Lena"


def test_the_ids_of_an_export_are_those_edit_takes(
    world: World, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    output = tmp_path / "mentors.csv"
    assert main(["--db", str(db_path), "export", "mentors", "-o", str(output)]) == 0
    with output.open(encoding="utf-8", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert (row["mentor_first_name"], row["host_name"]) == ("Anaïs", "Clin d'Oeil Film Srl")
    assert edit(db_path, "mentor", row["id"], "phone=0470 12 34 56") == 0
    assert "  phone: (empty) → +32 470 12 34 56" in capsys.readouterr().out
