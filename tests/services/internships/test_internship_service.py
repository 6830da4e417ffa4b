"""The internship service: the form, creation, references, editing, amendments and detail."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from consultant_app.domain.enums import (
    AuditAction,
    CompetenceKind,
    InternshipStatus,
    Language,
    Phase,
    SignatoryParty,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
from consultant_app.services.internships.records import (
    FORM_KEYS,
    ConventionFrozen,
    RulesNotMet,
    allocate_reference,
    amend_internship,
    change_status,
    create_internship,
    load_internship,
    load_internship_values,
    new_internship_values,
    record_signature,
    update_internship,
    validate_internship,
)
from consultant_app.services.people.hosts import save_host, save_mentor, save_training_plan
from consultant_app.services.settings.programme import save_rules
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Amendment,
    AuditEntry,
    CatalogueCompetence,
    Function,
    Internship,
    InternshipCompetence,
    InternshipTask,
    InternWishedFunction,
)
from tests.support.builders import (
    END,
    HOST,
    START,
    World,
    force_status,
    sign_all,
    signed_internship,
)
from tests.support.builders import complete_sheet as complete_risk_sheet

S = InternshipStatus


def task_texts(db: Database, internship_id: uuid.UUID) -> list[str]:
    """The live tasks of the internship, by position."""
    with db.unit_of_work() as uow:
        return list(
            uow.session.scalars(
                select(InternshipTask.text)
                .where(
                    InternshipTask.internship_id == internship_id,
                    InternshipTask.deleted_at.is_(None),
                )
                .order_by(InternshipTask.position)
            )
        )


def catalogue_tasks(db: Database, function_id: uuid.UUID, language: str) -> list[str]:
    with db.unit_of_work() as uow:
        function = uow.session.get(Function, function_id)
        assert function is not None
        return [task.name(language) for task in function.tasks]


def codes(values: dict[str, str]) -> list[tuple[str, str]]:
    _cleaned, errors = validate_internship(values)
    return [(error.field, error.code) for error in errors]


# --- validation ----------------------------------------------------------------------


def test_valid_values_are_cleaned(world: World) -> None:
    cleaned, errors = validate_internship(world.values(start_date="06/09/2021"))
    assert errors == []
    assert cleaned["intern_id"] == world.intern_id
    assert cleaned["start_date"] == START
    assert str(cleaned["hours_tue"]) == "7.6"
    assert str(cleaned["hours_sat"]) == "0"
    assert str(cleaned["hours_per_week"]) == "38.0"
    assert cleaned["no_replacement_declared"] is True
    assert cleaned["convention_language"] is Language.FR
    assert set(FORM_KEYS) <= set(cleaned)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"intern_id": ""}, [("intern_id", "required")]),
        (
            {"host_id": "", "function_id": ""},
            [("host_id", "required"), ("function_id", "required")],
        ),
        ({"host_id": "host-1"}, [("host_id", "id.syntax")]),
        ({"start_date": ""}, [("start_date", "required")]),
        ({"planned_end_date": "31/02/2021"}, [("planned_end_date", "date.syntax")]),
        ({"planned_end_date": "2021-09-03"}, [("planned_end_date", "dates.order")]),
        ({"hours_sat": "1"}, [("hours_mon", "hours.maximum")]),
        ({"hours_tue": "24.5"}, [("hours_tue", "number.range")]),
        ({"hours_wed": "-1"}, [("hours_wed", "number.range")]),
        ({"hours_thu": "seven"}, [("hours_thu", "number.syntax")]),
        (
            {key: "" for key in FORM_KEYS if key.startswith("hours_")},
            [("hours_mon", "hours.empty")],
        ),
        ({"no_replacement_declared": "perhaps"}, [("no_replacement_declared", "boolean.syntax")]),
        ({"convention_language": "DE"}, [("convention_language", "choice.unknown")]),
        ({"convention_language": ""}, [("convention_language", "required")]),
    ],
)
def test_invalid_values(
    world: World, changes: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert codes(world.values(**changes)) == expected


def test_weekly_total_names_the_total_and_the_limit(world: World) -> None:
    _cleaned, errors = validate_internship(world.values(hours_sat="1"))
    (error,) = errors
    assert error.message == "The weekly schedule totals 39 hours; the maximum is 38 hours a week."
    assert (error.params["total"], error.params["maximum"]) == (39.0, 38)


def test_the_weekly_limit_comes_from_the_rules(world: World) -> None:
    save_rules(world.db, {"max_hours_per_week": "40"})
    with pytest.raises(ValidationFailed):
        create_internship(world.db, world.values(hours_sat="3"))  # 41 hours
    internship_id = create_internship(world.db, world.values(hours_sat="2"))
    assert load_internship(world.db, internship_id).hours_per_week == 40


def test_end_before_start_message(world: World) -> None:
    _cleaned, errors = validate_internship(world.values(planned_end_date="2021-09-03"))
    assert errors[0].message == (
        "The planned end date 2021-09-03 is before the start date 2021-09-06."
    )


def test_unknown_records_and_a_mentor_of_another_host(world: World) -> None:
    other_host = save_host(world.db, {**HOST, "name": "Other"})
    stranger = save_mentor(world.db, other_host, {"first_name": "Bart", "last_name": "Claes"})
    with pytest.raises(ValidationFailed) as failed:
        create_internship(
            world.db,
            world.values(intern_id=str(uuid.uuid4()), mentor_id=str(stranger)),
        )
    assert [(e.field, e.code) for e in failed.value.errors] == [
        ("intern_id", "record.unknown"),
        ("mentor_id", "mentor.host"),
    ]
    assert "Bart Claes works for another host" in str(failed.value)
    with world.db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Internship)) == 0


# --- creation and references ---------------------------------------------------------


def test_creation_copies_tasks_and_competences_in_the_convention_language(world: World) -> None:
    internship_id = create_internship(world.db, world.values(), actor="anna")

    with world.db.unit_of_work() as uow:
        session = uow.session
        function = session.get(Function, world.function_id)
        assert function is not None
        internship = session.get(Internship, internship_id)
        assert internship is not None
        assert (internship.status, internship.reference, internship.convention_version) == (
            S.DRAFT,
            "SM-2021-001",
            1,
        )
        tasks = session.scalars(
            select(InternshipTask)
            .where(InternshipTask.internship_id == internship_id)
            .order_by(InternshipTask.position)
        ).all()
        assert [t.text for t in tasks] == [t.name_fr for t in function.tasks]
        assert [t.catalogue_task_id for t in tasks] == [t.id for t in function.tasks]
        assert {t.phase for t in tasks} == {Phase.START}
        assert [t.position for t in tasks] == list(range(1, len(tasks) + 1))
        soft = session.scalars(
            select(CatalogueCompetence)
            .where(CatalogueCompetence.kind == CompetenceKind.SOFT)
            .order_by(CatalogueCompetence.position)
        ).all()
        competences = session.scalars(
            select(InternshipCompetence)
            .where(InternshipCompetence.internship_id == internship_id)
            .order_by(InternshipCompetence.position)
        ).all()
        expected = [*function.competences, *soft]
        assert len(function.competences) > 0 and len(soft) > 0
        assert [c.catalogue_competence_id for c in competences] == [c.id for c in expected]
        assert [c.text for c in competences] == [c.name_fr for c in expected]
        assert {c.phase for c in competences} == {Phase.START}
        inserted = session.scalar(
            select(AuditEntry.actor).where(
                AuditEntry.entity_id == internship_id, AuditEntry.action == AuditAction.INSERT
            )
        )
        assert inserted == "anna"


def test_dutch_convention_copies_dutch_names(world: World) -> None:
    internship_id = create_internship(world.db, world.values(convention_language="nl"))
    assert task_texts(world.db, internship_id) == catalogue_tasks(world.db, world.function_id, "nl")


def test_references_are_allocated_per_start_year(world: World) -> None:
    first = create_internship(world.db, world.values())
    second = create_internship(world.db, world.values(start_date="2021-03-01"))
    third = create_internship(
        world.db, world.values(start_date="2022-01-03", planned_end_date="2022-03-25")
    )
    references = [load_internship(world.db, i).reference for i in (first, second, third)]
    assert references == ["SM-2021-001", "SM-2021-002", "SM-2022-001"]

    with world.db.unit_of_work() as uow:  # a deleted internship keeps its number
        internship = uow.session.get(Internship, second)
        assert internship is not None
        internship.soft_delete()
        uow.commit()
    with world.db.unit_of_work() as uow:
        assert allocate_reference(uow.session, 2021) == "SM-2021-003"
        assert allocate_reference(uow.session, 2023) == "SM-2023-001"

    # A draft moved to another year takes a reference of that year.
    update_internship(
        world.db, first, world.values(start_date="2022-01-10", planned_end_date="2022-03-25")
    )
    assert load_internship(world.db, first).reference == "SM-2022-002"


# --- the wizard's defaults -----------------------------------------------------------


def test_new_values_follow_the_host_and_validate(world: World) -> None:
    values = new_internship_values(world.db, intern_id=world.intern_id, host_id=world.host_id)

    start = date.fromisoformat(values["start_date"])
    end = date.fromisoformat(values["planned_end_date"])
    assert start.weekday() == 0 and start > date.today()
    assert start - date.today() <= timedelta(days=7)
    assert end.weekday() == 4 and end == start + timedelta(weeks=12, days=-3)
    assert [values[f"hours_{d}"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")] == [
        *["7.6"] * 5,
        "",
        "",
    ]
    assert values["convention_language"] == "FR"  # the host's language role
    assert values["workplace"] == "Rue de la Loi 16 bte 3, 4000 Liège"
    assert values["mentor_id"] == str(world.mentor_id)  # the host's only mentor
    assert "donneur de stage" in values["expenses"]
    assert values["intern_id"] == str(world.intern_id)
    assert values["function_id"] == ""
    with world.db.unit_of_work() as uow:  # the intern's only wished function is proposed
        uow.session.add(
            InternWishedFunction(intern_id=world.intern_id, function_id=world.function_id)
        )
        uow.commit()
    values = new_internship_values(world.db, intern_id=world.intern_id, host_id=world.host_id)
    assert values["function_id"] == str(world.function_id)
    assert set(values) == set(FORM_KEYS)
    assert codes(values) == []


@pytest.mark.parametrize(
    ("intern_language", "expected"),
    [(Language.FR, "FR"), (Language.NL, "NL"), (Language.EN, "NL"), (Language.DE, "NL")],
)
def test_bilingual_host_takes_the_interns_language(
    world: World, intern_language: Language, expected: str
) -> None:
    host_id = save_host(world.db, {**HOST, "name": "Bi", "language_role": "BI"})
    intern_id = world.add_intern(language=intern_language)
    values = new_internship_values(world.db, intern_id=intern_id, host_id=host_id)
    assert values["convention_language"] == expected
    assert values["mentor_id"] == ""  # no mentor yet


def test_new_values_without_parties(world: World) -> None:
    values = new_internship_values(world.db, language="fr")
    assert (values["intern_id"], values["host_id"], values["workplace"]) == ("", "", "")
    assert values["convention_language"] == "FR"
    assert new_internship_values(world.db)["convention_language"] == "NL"
    assert "stagegever" in new_internship_values(world.db)["expenses"]


# --- load and update -----------------------------------------------------------------


def test_load_gives_the_form_values_back(world: World) -> None:
    values = world.values(hours_sat="", hours_tue="7.6", consultant_id="")
    internship_id = create_internship(world.db, values)
    assert load_internship_values(world.db, internship_id) == values
    with pytest.raises(RecordNotFound):
        load_internship_values(world.db, uuid.uuid4())


def test_detail_of_a_draft(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    detail = load_internship(world.db, internship_id, language="nl")
    with world.db.unit_of_work() as uow:
        function = uow.session.get(Function, world.function_id)
        assert function is not None
        assert detail.function_name == function.name_nl
    assert (detail.intern_name, detail.host_name) == ("Emre Öztürk", "Clin d'Oeil Film Srl")
    assert (detail.mentor_name, detail.consultant_name) == ("Anaïs Lefèvre", "Sofie Van den Broeck")
    assert (detail.working_days, detail.weeks, detail.end_date) == (60, 12.0, END)
    assert detail.hours_per_week == 38.0
    assert detail.schedule["mon"] == 7.6 and detail.schedule_note == "9:00-17:06"
    assert detail.allowed_targets == (S.AWAITING_SIGNATURES, S.CANCELLED)
    assert not detail.frozen
    assert detail.missing_signatures == tuple(SignatoryParty)
    assert all(line.ok for line in detail.rules)
    assert (detail.signatures, detail.interruptions, detail.amendments, detail.documents) == (
        (),
        (),
        (),
        (),
    )


def test_plain_text_schedule_is_read_as_the_note(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    with world.db.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        assert internship is not None
        internship.schedule = "Lundi au vendredi, 9:00-17:06"
        uow.commit()
    values = load_internship_values(world.db, internship_id)
    assert values["schedule_note"] == "Lundi au vendredi, 9:00-17:06"
    assert all(values[f"hours_{d}"] == "" for d in ("mon", "tue", "fri", "sun"))
    detail = load_internship(world.db, internship_id)
    assert (detail.schedule, detail.schedule_note) == ({}, "Lundi au vendredi, 9:00-17:06")


def test_update_a_draft_and_its_function(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    update_internship(
        world.db,
        internship_id,
        world.values(workplace="Studio 2", function_id=str(world.other_function_id)),
        actor="bert",
    )
    detail = load_internship(world.db, internship_id)
    assert (detail.workplace, detail.function_id) == ("Studio 2", world.other_function_id)
    expected = catalogue_tasks(world.db, world.other_function_id, "fr")
    assert task_texts(world.db, internship_id) == expected
    with world.db.unit_of_work() as uow:
        edits = uow.session.execute(
            select(AuditEntry.field, AuditEntry.actor).where(
                AuditEntry.entity_id == internship_id, AuditEntry.action == AuditAction.UPDATE
            )
        ).all()
        assert set(edits) == {("workplace", "bert"), ("function_id", "bert")}


def test_a_new_convention_language_translates_the_unedited_tasks(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    with world.db.unit_of_work() as uow:
        first = uow.session.scalars(
            select(InternshipTask)
            .where(InternshipTask.internship_id == internship_id)
            .order_by(InternshipTask.position)
        ).first()
        assert first is not None
        first.text = "Written by the consultant"
        uow.commit()
    update_internship(world.db, internship_id, world.values(convention_language="NL"))
    dutch = catalogue_tasks(world.db, world.function_id, "nl")
    assert task_texts(world.db, internship_id) == ["Written by the consultant", *dutch[1:]]
    with world.db.unit_of_work() as uow:
        competences = uow.session.scalars(
            select(InternshipCompetence.text).where(
                InternshipCompetence.internship_id == internship_id
            )
        ).all()
        names_nl = set(uow.session.scalars(select(CatalogueCompetence.name_nl)))
        assert set(competences) <= names_nl


def test_update_refused_once_sent_for_signature(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_risk_sheet(world.db, internship_id)
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    with pytest.raises(InvalidValue) as refused:
        update_internship(world.db, internship_id, world.values(workplace="Elsewhere"))
    assert refused.value.code == "convention.awaiting_signatures"
    assert "back to draft" in str(refused.value)
    assert not isinstance(refused.value, ConventionFrozen)

    sign_all(world.db, internship_id)
    change_status(world.db, internship_id, S.SIGNED)
    with pytest.raises(ConventionFrozen) as frozen:
        update_internship(world.db, internship_id, world.values(workplace="Elsewhere"))
    assert frozen.value.code == "convention.frozen"
    assert str(frozen.value) == "The convention is signed: it can only change through an amendment."
    assert load_internship(world.db, internship_id).workplace == "Rue de la Loi 16, 4000 Liège"

    cancelled = create_internship(world.db, world.values())
    change_status(world.db, cancelled, S.CANCELLED, reason="The intern found a job.")
    with pytest.raises(ConventionFrozen, match="cancelled: its convention takes no more changes"):
        update_internship(world.db, cancelled, world.values())


# --- amendments ----------------------------------------------------------------------


def test_amendment_bumps_the_version_and_stores_the_changes(world: World) -> None:
    internship_id = signed_internship(world)
    values = load_internship_values(world.db, internship_id)
    values.update(hours_fri="4", workplace="Studio 2", mentor_id="")

    version = amend_internship(
        world.db,
        internship_id,
        values,
        reason="  Shorter Fridays for evening classes. ",
        decided_on=date(2021, 9, 20),
        actor="anna",
    )

    assert version == 2
    detail = load_internship(world.db, internship_id)
    assert (detail.version, detail.status, detail.workplace) == (2, S.SIGNED, "Studio 2")
    assert detail.hours_per_week == 34.4 and detail.mentor_id is None
    (amendment,) = detail.amendments
    assert (amendment.version, amendment.decided_on) == (2, date(2021, 9, 20))
    assert amendment.reason == "Shorter Fridays for evening classes."
    assert amendment.changes == (
        ("mentor", "Anaïs Lefèvre", ""),
        ("workplace", "Rue de la Loi 16, 4000 Liège", "Studio 2"),
        (
            "schedule",
            "mon 7.6; tue 7.6; wed 7.6; thu 7.6; fri 7.6",
            "mon 7.6; tue 7.6; wed 7.6; thu 7.6; fri 4",
        ),
        ("hours_per_week", "38", "34.4"),
    )
    with world.db.unit_of_work() as uow:
        stored = uow.session.scalar(select(Amendment.changes))
        assert stored is not None
        assert json.loads(stored)["workplace"] == ["Rue de la Loi 16, 4000 Liège", "Studio 2"]
    # The new version needs the three signatures again; they may be recorded now.
    assert detail.missing_signatures == tuple(SignatoryParty)
    record_signature(world.db, internship_id, SignatoryParty.HOST, "Marc", date(2021, 9, 21), None)
    detail = load_internship(world.db, internship_id)
    assert detail.missing_signatures == (SignatoryParty.FUND, SignatoryParty.INTERN)
    assert [(s.party, s.version) for s in detail.signatures][-1] == (SignatoryParty.HOST, 2)


def test_amendment_refusals(world: World) -> None:
    internship_id = signed_internship(world)
    values = load_internship_values(world.db, internship_id)
    decided = date(2021, 9, 20)

    def refused(changes: dict[str, str], reason: str = "A good reason") -> InvalidValue:
        with pytest.raises(InvalidValue) as raised:
            amend_internship(
                world.db, internship_id, {**values, **changes}, reason=reason, decided_on=decided
            )
        return raised.value

    assert refused({}).code == "amendment.no_change"
    assert str(refused({})) == "The amendment changes nothing in the convention."
    assert refused({"workplace": "Studio 2"}, reason="  ").code == "amendment.reason"
    other_intern = world.add_intern()
    problem = refused({"intern_id": str(other_intern)})
    assert problem.code == "convention.parties"
    assert str(problem).startswith("An amendment cannot change the intern of a convention")
    with pytest.raises(ValidationFailed):
        amend_internship(
            world.db, internship_id, {**values, "hours_mon": "40"}, reason="x", decided_on=decided
        )
    # A change that breaks a rule nobody overrode is refused, and nothing is written.
    problem = refused({"planned_end_date": "2021-12-10"})
    assert isinstance(problem, RulesNotMet)
    assert [line.rule for line in problem.results] == ["max_weeks", "total_weeks"]
    assert load_internship(world.db, internship_id).version == 1

    draft = create_internship(world.db, world.values())
    with pytest.raises(InvalidValue) as not_signed:
        amend_internship(world.db, draft, values, reason="x", decided_on=decided)
    assert not_signed.value.code == "amendment.not_signed"
    for status in (S.COMPLETED, S.TERMINATED, S.CANCELLED):
        force_status(world.db, internship_id, status)
        problem = refused({"workplace": "Studio 2"})
        assert problem.code == "amendment.final"
        assert str(problem) == (
            f"The internship is {status.value}: its convention can no longer be amended."
        )


def test_amendment_of_a_running_internship_keeps_old_failures(world: World) -> None:
    internship_id = signed_internship(world)
    change_status(world.db, internship_id, S.RUNNING, on=START)
    # The training plan goes back to "requested": the rule now fails, but not because of
    # the amendment, which is therefore accepted.
    save_training_plan(world.db, world.host_id, {"year": "2021", "status": "requested"})
    values = load_internship_values(world.db, internship_id)
    version = amend_internship(
        world.db,
        internship_id,
        {**values, "objectives": "Also learn to plan a shoot."},
        reason="Objectives widened.",
        decided_on=date(2021, 10, 1),
    )
    assert version == 2
    assert load_internship(world.db, internship_id).status is S.RUNNING
