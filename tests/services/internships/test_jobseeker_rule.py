"""The job-seeker registration is a programme rule: checked when a convention is sent for
signature, blocking unless overridden with a written reason."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from consultant_app.domain.enums import Gender, InternshipStatus, Language
from consultant_app.services.internships.records import (
    RuleLine,
    RulesNotMet,
    change_status,
    create_internship,
    load_internship,
    override_rule,
    preview_rules,
)
from consultant_app.store.database import Database
from consultant_app.store.models import Intern
from tests.support.builders import START, World, complete_sheet


def _intern(db: Database, **registration: object) -> uuid.UUID:
    with db.unit_of_work() as uow:
        intern = Intern(
            first_name="Jonas",
            last_name="Claes",
            birth_date=date(2001, 6, 3),
            gender=Gender.MALE,
            language=Language.NL,
            **registration,  # type: ignore[arg-type]
        )
        uow.session.add(intern)
        uow.commit()
        return intern.id


def _line(lines: tuple[RuleLine, ...]) -> RuleLine:
    (line,) = [line for line in lines if line.rule == "jobseeker"]
    return line


def test_an_intern_not_registered_blocks_sending_for_signature(world: World) -> None:
    intern_id = _intern(world.db)
    internship_id = create_internship(world.db, world.values(intern_id=str(intern_id)))
    complete_sheet(world.db, internship_id)
    with pytest.raises(RulesNotMet) as raised:
        change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)
    assert raised.value.params["rules"] == ("jobseeker",)
    assert "not registered as a job seeker" in str(raised.value)
    detail = load_internship(world.db, internship_id)
    assert detail.status == InternshipStatus.DRAFT
    assert _line(detail.rules).blocking


def test_an_override_with_a_reason_lets_it_pass(world: World) -> None:
    intern_id = _intern(world.db, jobseeker_agency="VDAB", jobseeker_since=date(2021, 3, 1))
    internship_id = create_internship(world.db, world.values(intern_id=str(intern_id)))
    complete_sheet(world.db, internship_id)
    with pytest.raises(RulesNotMet):
        change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)
    with pytest.raises(Exception, match="at least 10 characters"):
        override_rule(world.db, internship_id, "jobseeker", "ok")
    reason = "VDAB number confirmed by phone, letter follows"
    override_rule(world.db, internship_id, "jobseeker", reason)
    change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)
    line = _line(load_internship(world.db, internship_id).rules)
    assert (line.ok, line.overridden, line.blocking) == (False, True, False)
    assert line.override_reason == reason
    assert line.params["problem"] == "no_number"


def test_the_wizard_sees_a_registration_after_the_start(world: World) -> None:
    late = _intern(
        world.db,
        jobseeker_agency="Forem",
        jobseeker_number="778812",
        jobseeker_since=date(START.year, START.month, START.day + 1),
    )
    line = _line(preview_rules(world.db, world.values(intern_id=str(late))))
    assert line.blocking and line.params["problem"] == "after_start"
    assert line.message.startswith("Registered as a job seeker with Forem since 2021-09-07")
    on_time = _line(preview_rules(world.db, world.values()))
    assert on_time.ok and not on_time.blocking
