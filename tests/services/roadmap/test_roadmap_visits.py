"""Visits proposed on signing, the visit form, and the follow-up log."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from consultant_app.domain.enums import InternshipStatus, SignatoryParty, VisitKind, VisitMode
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
from consultant_app.services.internships.records import (
    amend_internship,
    change_status,
    create_internship,
    load_internship_values,
    record_signature,
)
from consultant_app.services.roadmap import (
    LOG_KINDS,
    VISIT_FIELDS,
    VisitLine,
    add_log_entry,
    load_log,
    load_visits,
    propose_visits,
    remove_visit,
    save_visit,
    validate_visit,
)
from consultant_app.store.database import Database
from consultant_app.store.models import Internship
from tests.support.builders import (
    START,
    World,
    complete_sheet,
    sign_all,
    signed_internship,
)

S = InternshipStatus
K = VisitKind


def planned(db: Database, internship_id: uuid.UUID) -> list[tuple[VisitKind, date]]:
    return [(v.kind, v.planned_on) for v in load_visits(db, internship_id)]


def visit_values(**changes: str) -> dict[str, str]:
    values = dict.fromkeys(VISIT_FIELDS, "")
    values.update(kind="midterm", mode="video", planned_on="2021-10-15")
    return {**values, **changes}


def proposed_for(world: World, start: date, end: date) -> list[tuple[VisitKind, date]]:
    """The visits :func:`propose_visits` plans for a draft from *start* to *end*."""
    internship_id = create_internship(
        world.db, world.values(start_date=start.isoformat(), planned_end_date=end.isoformat())
    )
    with world.db.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        assert internship is not None
        visits = propose_visits(uow.session, internship)
        uow.commit()
    assert {v.mode for v in visits} == {VisitMode.ON_SITE}
    return planned(world.db, internship_id)


# --- proposed visits ----------------------------------------------------------------


def test_signing_plans_the_three_visits(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    assert load_visits(world.db, internship_id) == ()
    complete_sheet(world.db, internship_id)
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    assert load_visits(world.db, internship_id) == ()
    sign_all(world.db, internship_id)
    change_status(world.db, internship_id, S.SIGNED)

    # 60 working days from Monday 6 September: the 30th is Friday 15 October;
    # the last week starts on Monday 22 November.
    visits = load_visits(world.db, internship_id)
    assert [(v.kind, v.planned_on) for v in visits] == [
        (K.KICKOFF, START),
        (K.MIDTERM, date(2021, 10, 15)),
        (K.FINAL, date(2021, 11, 22)),
    ]
    assert all(
        (v.mode, v.done_on, v.attendees, v.notes, v.action_points)
        == (VisitMode.ON_SITE, None, "", "", "")
        for v in visits
    )


def test_a_refused_signing_plans_nothing(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    sign_all(world.db, internship_id)
    with pytest.raises(InvalidValue):
        change_status(world.db, internship_id, S.SIGNED)  # no workstation sheet
    assert load_visits(world.db, internship_id) == ()


def test_only_the_kinds_not_planned_yet_are_proposed(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    early = save_visit(world.db, internship_id, visit_values(planned_on="2021-10-01"))
    complete_sheet(world.db, internship_id)
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    sign_all(world.db, internship_id)
    change_status(world.db, internship_id, S.SIGNED)
    visits = load_visits(world.db, internship_id)
    assert [(v.kind, v.planned_on) for v in visits] == [
        (K.KICKOFF, START),
        (K.MIDTERM, date(2021, 10, 1)),
        (K.FINAL, date(2021, 11, 22)),
    ]
    assert visits[1].id == early and visits[1].mode is VisitMode.VIDEO


def test_an_amendment_signed_again_plans_no_more_visits(world: World) -> None:
    internship_id = signed_internship(world)
    before = load_visits(world.db, internship_id)
    values = load_internship_values(world.db, internship_id)
    values.update(planned_end_date="2021-11-19")
    amend_internship(
        world.db,
        internship_id,
        values,
        reason="The shoot ends a week earlier.",
        decided_on=date(2021, 9, 20),
    )
    for party in SignatoryParty:
        record_signature(world.db, internship_id, party, "Signer", date(2021, 9, 21), None)
    change_status(world.db, internship_id, S.RUNNING, on=START)
    assert load_visits(world.db, internship_id) == before
    # Proposing again adds nothing either.
    with world.db.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        assert internship is not None
        assert propose_visits(uow.session, internship) == []


def test_a_one_week_internship(world: World) -> None:
    monday, friday = date(2021, 9, 6), date(2021, 9, 10)
    assert proposed_for(world, monday, friday) == [
        (K.KICKOFF, monday),
        (K.FINAL, monday),  # the Monday of the last week is the first day
        (K.MIDTERM, date(2021, 9, 8)),
    ]


def test_the_final_interview_is_never_before_the_start(world: World) -> None:
    wednesday, friday = date(2021, 9, 8), date(2021, 9, 10)
    assert proposed_for(world, wednesday, friday) == [
        (K.KICKOFF, wednesday),
        (K.FINAL, wednesday),  # not on Monday 6 September
        (K.MIDTERM, date(2021, 9, 9)),  # the 2nd of 3 working days
    ]


def test_an_internship_ending_on_a_tuesday(world: World) -> None:
    # 4 weeks and 2 days: 22 working days, the 11th is Monday 20 September.
    start, end = date(2021, 9, 6), date(2021, 10, 5)
    assert proposed_for(world, start, end) == [
        (K.KICKOFF, start),
        (K.MIDTERM, date(2021, 9, 20)),
        (K.FINAL, date(2021, 10, 4)),
    ]


# --- the visit form -----------------------------------------------------------------


def test_the_visit_form(world: World) -> None:
    cleaned, errors = validate_visit(visit_values(done_on="14/10/2021", notes=" Fine. "))
    assert errors == []
    assert cleaned == {
        "kind": K.MIDTERM,
        "mode": VisitMode.VIDEO,
        "planned_on": date(2021, 10, 15),
        "done_on": date(2021, 10, 14),  # before the planned day: allowed
        "attendees": None,
        "notes": "Fine.",
        "action_points": None,
    }
    cleaned, errors = validate_visit(visit_values(mode=""))
    assert cleaned["mode"] is VisitMode.ON_SITE and errors == []

    tomorrow = date.today() + timedelta(days=1)
    _cleaned, errors = validate_visit(
        {"kind": "", "mode": "carrier pigeon", "planned_on": "", "done_on": tomorrow.isoformat()}
    )
    assert [(e.field, e.code) for e in errors] == [
        ("kind", "required"),
        ("mode", "choice.unknown"),
        ("planned_on", "required"),
        ("done_on", "date.future"),
    ]
    _cleaned, errors = validate_visit(visit_values(kind="lunch", planned_on="2021-02-30"))
    assert [(e.field, e.code) for e in errors] == [
        ("kind", "choice.unknown"),
        ("planned_on", "date.syntax"),
    ]
    _cleaned, errors = validate_visit(visit_values(done_on=date.today().isoformat()))
    assert errors == []


def test_visits_are_saved_listed_by_date_and_removed(world: World) -> None:
    internship_id = signed_internship(world)
    kickoff, midterm, final = load_visits(world.db, internship_id)

    extra = save_visit(world.db, internship_id, visit_values(planned_on="2021-10-29"))
    save_visit(
        world.db,
        internship_id,
        visit_values(
            kind="midterm",
            mode="phone",
            planned_on="2021-10-15",
            done_on="2021-10-18",
            attendees="Emre, Anaïs",
            notes="All well.",
            action_points="Plan the editing week.",
        ),
        visit_id=midterm.id,
    )
    visits = load_visits(world.db, internship_id)
    assert [v.id for v in visits] == [kickoff.id, midterm.id, extra, final.id]
    assert visits[1] == VisitLine(
        midterm.id,
        K.MIDTERM,
        VisitMode.PHONE,
        date(2021, 10, 15),
        date(2021, 10, 18),
        "Emre, Anaïs",
        "All well.",
        "Plan the editing week.",
    )

    with pytest.raises(ValidationFailed) as failed:
        save_visit(world.db, internship_id, visit_values(planned_on=""), visit_id=midterm.id)
    assert [e.code for e in failed.value.errors] == ["required"]
    assert load_visits(world.db, internship_id)[1].planned_on == date(2021, 10, 15)

    other = create_internship(world.db, world.values())
    with pytest.raises(RecordNotFound):  # a visit of another internship
        save_visit(world.db, other, visit_values(), visit_id=midterm.id)
    with pytest.raises(RecordNotFound):
        save_visit(world.db, uuid.uuid4(), visit_values())

    remove_visit(world.db, extra)
    assert [v.id for v in load_visits(world.db, internship_id)] == [
        kickoff.id,
        midterm.id,
        final.id,
    ]
    with pytest.raises(RecordNotFound):
        remove_visit(world.db, extra)
    with pytest.raises(RecordNotFound):
        save_visit(world.db, internship_id, visit_values(), visit_id=extra)
    with pytest.raises(RecordNotFound):
        load_visits(world.db, uuid.uuid4())


# --- the follow-up log --------------------------------------------------------------


def test_the_log_lists_the_newest_entry_first(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    assert load_log(world.db, internship_id) == ()
    first = add_log_entry(world.db, internship_id, "conflict", " Late twice. ", actor="anna")
    second = add_log_entry(world.db, internship_id, "Mediation", "Talked it over.", actor="bert")
    third = add_log_entry(world.db, internship_id, "note", "Back on track.")

    entries = load_log(world.db, internship_id)
    assert [e.id for e in entries] == [third, second, first]
    assert [(e.kind, e.text) for e in entries] == [
        ("note", "Back on track."),
        ("mediation", "Talked it over."),
        ("conflict", "Late twice."),
    ]
    assert [e.author for e in entries[1:]] == ["bert", "anna"]
    assert entries[0].author  # the user running the application
    assert entries[0].at >= entries[1].at >= entries[2].at
    other = create_internship(world.db, world.values())
    assert load_log(world.db, other) == ()


def test_log_entries_are_checked(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    assert LOG_KINDS == ("conflict", "mediation", "note")
    with pytest.raises(InvalidValue) as kind:
        add_log_entry(world.db, internship_id, "gossip", "Anything")
    assert kind.value.code == "choice.unknown"
    assert kind.value.params["choices"] == ["conflict", "mediation", "note"]
    with pytest.raises(InvalidValue) as empty:
        add_log_entry(world.db, internship_id, "note", "   ")
    assert (empty.value.code, str(empty.value)) == (
        "required",
        "The text of the entry is required.",
    )
    with pytest.raises(RecordNotFound):
        add_log_entry(world.db, uuid.uuid4(), "note", "Anything")
    with pytest.raises(RecordNotFound):
        load_log(world.db, uuid.uuid4())
    assert load_log(world.db, internship_id) == ()
