"""The internship service through a convention's life: rules and overrides, status changes,
signatures, termination, interruptions and the signed scan."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from consultant_app.domain.enums import (
    AuditAction,
    InternshipStatus,
    InterruptionKind,
    SignatoryParty,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.lifecycle import TRANSITIONS, TransitionError, check_transition
from consultant_app.domain.rules import RULES
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.internships import lifecycle as internship_lifecycle
from consultant_app.services.internships.records import (
    RuleLine,
    RulesNotMet,
    add_interruption,
    attach_scan,
    change_status,
    create_internship,
    load_internship,
    override_rule,
    preview_rules,
    record_signature,
    remove_interruption,
)
from consultant_app.services.people.hosts import save_host, save_training_plan, weeks_used
from consultant_app.services.people.interns import weeks_done
from consultant_app.store.models import (
    AuditEntry,
    Internship,
    IssuedDocument,
    RuleOverride,
    Signature,
)
from tests.support.builders import (
    END,
    HOST,
    SIGNED_ON,
    START,
    World,
    force_status,
    sign_all,
    signed_internship,
)
from tests.support.builders import complete_sheet as complete_risk_sheet

S = InternshipStatus


def verdict(lines: tuple[RuleLine, ...], rule: str) -> RuleLine:
    (line,) = [line for line in lines if line.rule == rule]
    return line


def other_internship(
    world: World,
    status: InternshipStatus,
    start: date,
    end: date,
    *,
    intern_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Another internship of the intern (or of *intern_id*) at the host, in *status*."""
    values = world.values(start_date=start.isoformat(), planned_end_date=end.isoformat())
    if intern_id is not None:
        values["intern_id"] = str(intern_id)
    internship_id = create_internship(world.db, values)
    force_status(world.db, internship_id, status)
    return internship_id


# --- rules through the service -------------------------------------------------------


def test_every_rule_passes_for_a_sound_convention(world: World) -> None:
    lines = preview_rules(world.db, world.values())
    assert [line.rule for line in lines] == list(RULES)
    assert all(line.ok and not line.blocking and not line.overridden for line in lines)


def test_preview_of_a_stored_internship_does_not_count_it_twice(world: World) -> None:
    internship_id = signed_internship(world)
    add_interruption(world.db, internship_id, "sickness", date(2021, 9, 13), date(2021, 9, 17))
    values = world.values(planned_end_date="2021-12-03")  # 13 weeks, one of them interrupted
    lines = preview_rules(world.db, values, internship_id=internship_id)
    assert verdict(lines, "overlap").ok and verdict(lines, "max_weeks").ok
    assert verdict(lines, "quota").params["used"] == 0
    # Seen as another internship, the stored one clashes with the same values.
    assert not verdict(preview_rules(world.db, values), "overlap").ok


def test_preview_of_invalid_values_is_empty(world: World) -> None:
    assert preview_rules(world.db, world.values(start_date="")) == ()
    assert preview_rules(world.db, world.values(intern_id=str(uuid.uuid4()))) == ()


def test_age_on_the_start_date(world: World) -> None:
    turns_26_on_start = world.add_intern(birth=date(1995, 9, 6))
    turns_26_next_day = world.add_intern(birth=date(1995, 9, 7))

    too_old = verdict(
        preview_rules(world.db, world.values(intern_id=str(turns_26_on_start))), "age"
    )
    assert not too_old.ok and too_old.blocking
    assert too_old.message == (
        "Aged 26 on the start date 2021-09-06; interns must be younger than 26."
    )
    young = verdict(preview_rules(world.db, world.values(intern_id=str(turns_26_next_day))), "age")
    assert young.ok and young.params["age"] == 25


@pytest.mark.parametrize(
    ("end", "rule", "ok"),
    [
        (date(2021, 10, 1), "min_weeks", True),  # 4 weeks
        (date(2021, 9, 30), "min_weeks", False),  # 3.8 weeks
        (date(2021, 11, 26), "max_weeks", True),  # 12 weeks
        (date(2021, 11, 29), "max_weeks", False),  # 12.2 weeks
    ],
)
def test_length_of_the_internship(world: World, end: date, rule: str, ok: bool) -> None:
    line = verdict(preview_rules(world.db, world.values(planned_end_date=end.isoformat())), rule)
    assert line.ok is ok


def test_interns_total_weeks_and_overlap(world: World) -> None:
    # Four weeks done in spring: with twelve more the intern would total sixteen.
    other_internship(world, S.COMPLETED, date(2021, 3, 1), date(2021, 3, 26))
    lines = preview_rules(world.db, world.values())
    total = verdict(lines, "total_weeks")
    assert not total.ok and total.blocking
    assert total.message == (
        "With this internship the intern totals 16.0 weeks (4.0 in other internships "
        "and 12.0 in this one); the maximum is 12."
    )
    assert verdict(lines, "overlap").ok
    assert verdict(
        preview_rules(world.db, world.values(planned_end_date="2021-10-29")), "total_weeks"
    ).ok

    other_internship(world, S.SIGNED, date(2021, 11, 22), date(2021, 12, 3))
    overlap = verdict(preview_rules(world.db, world.values()), "overlap")
    assert not overlap.ok
    assert overlap.message == (
        "The internship from 2021-09-06 to 2021-11-26 overlaps another internship "
        "of the intern: 2021-11-22 to 2021-12-03."
    )


def test_cancelled_and_draft_internships_never_count(world: World) -> None:
    cancelled = other_internship(world, S.CANCELLED, date(2021, 3, 1), date(2021, 5, 21))
    other_internship(world, S.DRAFT, date(2021, 9, 6), date(2021, 11, 26))
    lines = preview_rules(world.db, world.values())
    assert verdict(lines, "total_weeks").ok and verdict(lines, "overlap").ok
    assert verdict(lines, "quota").params["used"] == 0
    assert weeks_done(world.db, world.intern_id) == 0
    assert weeks_used(world.db, world.host_id, 2021) == 0
    assert load_internship(world.db, cancelled).status is S.CANCELLED


def test_host_quota(world: World) -> None:
    # 26 weeks a year for a host of 10 employees: 16 used by two other interns, 12 planned.
    for start, end in (
        (date(2021, 1, 4), date(2021, 3, 26)),
        (date(2021, 4, 5), date(2021, 4, 30)),
    ):
        other_internship(world, S.COMPLETED, start, end, intern_id=world.add_intern())
    quota = verdict(preview_rules(world.db, world.values()), "quota")
    assert not quota.ok and quota.blocking
    assert quota.message == (
        "Host quota exceeded: in 2021 the host would use 28.0 of its 26 weeks "
        "(16.0 already and 12.0 for this internship)."
    )
    shorter = preview_rules(world.db, world.values(planned_end_date="2021-11-05"))  # 9 weeks
    assert verdict(shorter, "quota").ok


def test_quota_of_an_internship_over_new_year_checks_both_years(world: World) -> None:
    save_training_plan(world.db, world.host_id, {"year": "2022", "status": "approved"})
    other_internship(
        world, S.COMPLETED, date(2022, 1, 3), date(2022, 6, 17), intern_id=world.add_intern()
    )  # 24 weeks of 2022
    values = world.values(start_date="2021-12-06", planned_end_date="2022-02-25")
    quota = verdict(preview_rules(world.db, values), "quota")
    assert not quota.ok
    years = quota.params["years"]
    assert isinstance(years, tuple)
    assert [(y["year"], y["weeks"], y["ok"]) for y in years] == [
        (2021, 4.0, True),
        (2022, 8.0, False),
    ]


@pytest.mark.parametrize(
    ("status", "ok"), [(None, False), ("requested", False), ("approved", True)]
)
def test_training_plan_of_the_start_year(world: World, status: str | None, ok: bool) -> None:
    host_id = save_host(world.db, {**HOST, "name": "Other"})
    if status is not None:
        save_training_plan(world.db, host_id, {"year": "2021", "status": status})
    values = world.values(host_id=str(host_id), mentor_id="")
    assert verdict(preview_rules(world.db, values), "training_plan").ok is ok


def test_joint_committee_only_warns(world: World) -> None:
    host_id = save_host(
        world.db,
        {**HOST, "name": "Other", "joint_committee": "other", "joint_committee_other": "200"},
    )
    save_training_plan(world.db, host_id, {"year": "2021", "status": "approved"})
    internship_id = create_internship(world.db, world.values(host_id=str(host_id), mentor_id=""))
    line = verdict(load_internship(world.db, internship_id).rules, "joint_committee")
    assert (line.ok, line.severity, line.blocking) == (False, "warning", False)
    assert line.message == "The host is under joint committee 200, not CP 227 or SCP 303.01."
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)  # a warning never blocks


def test_no_replacement_must_be_declared(world: World) -> None:
    line = verdict(
        preview_rules(world.db, world.values(no_replacement_declared="0")), "no_replacement"
    )
    assert line.blocking


# --- overrides -----------------------------------------------------------------------


def test_override_needs_a_reason_and_unblocks(world: World) -> None:
    internship_id = create_internship(world.db, world.values(no_replacement_declared="0"))
    with pytest.raises(RulesNotMet) as not_met:
        change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    assert not_met.value.code == "rules.unresolved"
    assert [line.rule for line in not_met.value.results] == ["no_replacement"]
    assert "The host has not declared that the intern does not replace an employee." in str(
        not_met.value
    )

    with pytest.raises(InvalidValue) as short:
        override_rule(world.db, internship_id, "no_replacement", "  too short  ")
    assert short.value.code == "override.reason"
    assert str(short.value) == (
        "The reason for overriding the rule 'no_replacement' must have at least 10 characters; "
        "got 9."
    )
    with pytest.raises(InvalidValue) as passing:
        override_rule(world.db, internship_id, "age", "The intern is young enough.")
    assert passing.value.code == "override.not_failing"
    with pytest.raises(InvalidValue) as unknown:
        override_rule(world.db, internship_id, "weather", "It rained all week long.")
    assert unknown.value.code == "override.unknown_rule"

    override_rule(world.db, internship_id, "no_replacement", "Declared by phone.", actor="anna")
    override_rule(
        world.db, internship_id, "no_replacement", " Declared on paper, see file. ", actor="bert"
    )
    line = verdict(load_internship(world.db, internship_id).rules, "no_replacement")
    assert (line.ok, line.overridden, line.blocking) == (False, True, False)
    assert line.override_reason == "Declared on paper, see file."
    with world.db.unit_of_work() as uow:
        rows = uow.session.scalars(select(RuleOverride).order_by(RuleOverride.overridden_at)).all()
        assert [(r.overridden_by, r.deleted_at is None) for r in rows] == [
            ("anna", False),
            ("bert", True),
        ]
        assert rows[1].message == line.message
        audited = uow.session.execute(
            select(AuditEntry.action, AuditEntry.actor).where(AuditEntry.entity == "rule_override")
        ).all()
        assert (AuditAction.INSERT, "bert") in audited and (AuditAction.DELETE, "bert") in audited

    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    sign_all(world.db, internship_id)
    complete_risk_sheet(world.db, internship_id)
    change_status(world.db, internship_id, S.SIGNED)
    assert load_internship(world.db, internship_id).status is S.SIGNED


def test_no_override_of_a_final_internship(world: World) -> None:
    internship_id = create_internship(world.db, world.values(no_replacement_declared="0"))
    change_status(world.db, internship_id, S.CANCELLED, reason="Host withdrew.")
    with pytest.raises(InvalidValue) as refused:
        override_rule(world.db, internship_id, "no_replacement", "Declared by phone.")
    assert refused.value.code == "override.final"


def test_rules_are_checked_again_when_signing(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    sign_all(world.db, internship_id)
    save_training_plan(world.db, world.host_id, {"year": "2021", "status": "requested"})
    with pytest.raises(RulesNotMet) as not_met:
        change_status(world.db, internship_id, S.SIGNED)
    assert [line.rule for line in not_met.value.results] == ["training_plan"]


# --- transitions ---------------------------------------------------------------------

ILLEGAL = [(current, target) for current in S for target in S if target not in TRANSITIONS[current]]


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_every_illegal_transition_is_refused_with_its_message(
    world: World, current: InternshipStatus, target: InternshipStatus
) -> None:
    internship_id = create_internship(world.db, world.values())
    force_status(world.db, internship_id, current)
    with pytest.raises(TransitionError) as refused:
        change_status(world.db, internship_id, target, on=START, reason="A reason.")
    with pytest.raises(TransitionError) as expected:
        check_transition(current, target)
    assert (refused.value.code, str(refused.value)) == (expected.value.code, str(expected.value))
    assert load_internship(world.db, internship_id).status is current


def test_unknown_status_is_refused(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    with pytest.raises(TransitionError) as refused:
        change_status(world.db, internship_id, "archived")
    assert refused.value.code == "status.unknown"
    with pytest.raises(RecordNotFound):
        change_status(world.db, uuid.uuid4(), S.CANCELLED, reason="Gone.")


def test_the_normal_course_of_an_internship(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    record_signature(world.db, internship_id, "intern", "Emre Öztürk", date(2021, 8, 18), None)
    change_status(world.db, internship_id, S.DRAFT)  # back to draft: signatures withdrawn
    detail = load_internship(world.db, internship_id)
    assert (detail.status, detail.signatures) == (S.DRAFT, ())
    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    sign_all(world.db, internship_id, day=date(2021, 8, 10))
    record_signature(world.db, internship_id, "fund", "Sofie", SIGNED_ON, "Brussel")
    complete_risk_sheet(world.db, internship_id)
    change_status(world.db, internship_id, S.SIGNED)
    detail = load_internship(world.db, internship_id)
    assert (detail.status, detail.signed_on, detail.frozen) == (S.SIGNED, SIGNED_ON, True)
    assert detail.missing_signatures == ()

    with pytest.raises(InvalidValue) as early:
        change_status(world.db, internship_id, S.RUNNING, on=date(2021, 9, 3))
    assert early.value.code == "running.before_start"
    assert str(early.value) == (
        "The internship starts on 2021-09-06; it cannot be running on 2021-09-03."
    )
    change_status(world.db, internship_id, S.RUNNING, on=START)
    change_status(world.db, internship_id, S.COMPLETED)
    detail = load_internship(world.db, internship_id)
    assert (detail.status, detail.actual_end_date, detail.working_days) == (S.COMPLETED, END, 60)
    assert detail.allowed_targets == ()
    assert weeks_done(world.db, world.intern_id) == 12


def test_completion_on_another_day(world: World) -> None:
    internship_id = signed_internship(world)
    change_status(world.db, internship_id, S.RUNNING, on=START)
    with pytest.raises(InvalidValue) as before:
        change_status(world.db, internship_id, S.COMPLETED, on=date(2021, 9, 1))
    assert before.value.code == "completion.before_start"
    change_status(world.db, internship_id, S.COMPLETED, on=date(2021, 11, 19))
    assert load_internship(world.db, internship_id).working_days == 55


@pytest.mark.parametrize("current", [S.DRAFT, S.AWAITING_SIGNATURES, S.SIGNED])
def test_cancellation_needs_a_reason_and_never_counts(
    world: World, current: InternshipStatus
) -> None:
    internship_id = create_internship(world.db, world.values())
    force_status(world.db, internship_id, current)
    with pytest.raises(InvalidValue) as refused:
        change_status(world.db, internship_id, S.CANCELLED, reason="  ")
    assert (refused.value.code, str(refused.value)) == (
        "status.reason",
        "A reason is required to cancel the internship.",
    )
    change_status(world.db, internship_id, S.CANCELLED, reason=" The host closed. ")
    detail = load_internship(world.db, internship_id)
    assert (detail.status, detail.cancellation_reason) == (S.CANCELLED, "The host closed.")
    assert weeks_done(world.db, world.intern_id) == 0
    assert weeks_used(world.db, world.host_id, 2021) == 0


@pytest.mark.parametrize("current", [S.SIGNED, S.RUNNING])
def test_early_termination_stops_the_days(world: World, current: InternshipStatus) -> None:
    internship_id = signed_internship(world)
    if current is S.RUNNING:
        change_status(world.db, internship_id, S.RUNNING, on=START)
    with pytest.raises(InvalidValue) as no_reason:
        change_status(world.db, internship_id, S.TERMINATED, on=date(2021, 9, 17))
    assert no_reason.value.code == "status.reason"
    with pytest.raises(InvalidValue) as no_date:
        change_status(world.db, internship_id, S.TERMINATED, reason="Conflict.")
    assert no_date.value.code == "termination.date_required"
    with pytest.raises(TransitionError) as late:
        change_status(world.db, internship_id, S.TERMINATED, on=date(2021, 12, 1), reason="x")
    assert late.value.code == "termination.after_end"

    change_status(
        world.db, internship_id, S.TERMINATED, on=date(2021, 9, 17), reason="Serious conflict."
    )
    detail = load_internship(world.db, internship_id)
    assert (detail.status, detail.actual_end_date, detail.end_date) == (
        S.TERMINATED,
        date(2021, 9, 17),
        date(2021, 9, 17),
    )
    assert (detail.working_days, detail.weeks) == (10, 2.0)
    assert detail.termination_reason == "Serious conflict."
    assert weeks_done(world.db, world.intern_id) == 2
    assert weeks_used(world.db, world.host_id, 2021) == 2


# --- signatures ----------------------------------------------------------------------


def test_signed_needs_the_three_signatures(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    with pytest.raises(InvalidValue) as in_draft:
        record_signature(world.db, internship_id, "host", "Marc", SIGNED_ON, None)
    assert in_draft.value.code == "signature.status"

    change_status(world.db, internship_id, S.AWAITING_SIGNATURES)
    with pytest.raises(InvalidValue) as none:
        change_status(world.db, internship_id, S.SIGNED)
    assert none.value.code == "signatures.missing"
    assert str(none.value) == (
        "The convention (version 1) still needs the signatures of the fund, the host "
        "and the intern."
    )
    record_signature(world.db, internship_id, "host", "Marc Dubois", SIGNED_ON, " Liège ")
    record_signature(world.db, internship_id, "intern", "Emre Öztürk", date(2021, 8, 19), "")
    with pytest.raises(InvalidValue) as one:
        change_status(world.db, internship_id, S.SIGNED)
    assert str(one.value) == "The convention (version 1) still needs the signature of the fund."
    assert one.value.params["missing"] == ("fund",)

    with pytest.raises(InvalidValue) as future:
        record_signature(world.db, internship_id, "fund", "Sofie", date(2999, 1, 1), None)
    assert future.value.code == "signature.future"
    with pytest.raises(InvalidValue) as nameless:
        record_signature(world.db, internship_id, "fund", " ", SIGNED_ON, None)
    assert nameless.value.code == "signature.name"
    with pytest.raises(InvalidValue) as unknown:
        record_signature(world.db, internship_id, "mentor", "Anaïs", SIGNED_ON, None)
    assert unknown.value.code == "choice.unknown"

    record_signature(world.db, internship_id, "host", "Marc Dubois", date(2021, 8, 16), "Liège")
    record_signature(world.db, internship_id, SignatoryParty.FUND, "Sofie", date(2021, 8, 17), None)
    complete_risk_sheet(world.db, internship_id)
    change_status(world.db, internship_id, S.SIGNED)
    detail = load_internship(world.db, internship_id)
    assert detail.signed_on == date(2021, 8, 19)  # the latest signature
    assert [(s.party, s.signer_name, s.place) for s in detail.signatures] == [
        (SignatoryParty.FUND, "Sofie", None),
        (SignatoryParty.HOST, "Marc Dubois", "Liège"),
        (SignatoryParty.INTERN, "Emre Öztürk", None),
    ]
    with world.db.unit_of_work() as uow:  # the host's first signature was replaced
        replaced = uow.session.scalars(
            select(Signature).where(Signature.deleted_at.is_not(None))
        ).all()
        assert [(s.party, s.signed_on) for s in replaced] == [(SignatoryParty.HOST, SIGNED_ON)]

    with pytest.raises(InvalidValue) as no_amendment:
        record_signature(world.db, internship_id, "host", "Marc", SIGNED_ON, None)
    assert no_amendment.value.code == "signature.status"


# --- interruptions -------------------------------------------------------------------


def test_interruptions_reduce_the_days(world: World) -> None:
    internship_id = signed_internship(world)
    sickness = add_interruption(
        world.db, internship_id, "sickness", date(2021, 9, 15), date(2021, 9, 21), " Flu "
    )
    detail = load_internship(world.db, internship_id)
    (line,) = detail.interruptions
    assert (line.id, line.kind, line.days, line.note) == (
        sickness,
        InterruptionKind.SICKNESS,
        5,
        "Flu",
    )
    assert detail.working_days == 55 and detail.weeks == 11
    assert weeks_done(world.db, world.intern_id) == 11

    remove_interruption(world.db, sickness, actor="anna")
    assert load_internship(world.db, internship_id).working_days == 60
    with pytest.raises(RecordNotFound):
        remove_interruption(world.db, sickness)


def test_interruption_over_new_year(world: World) -> None:
    save_training_plan(world.db, world.host_id, {"year": "2022", "status": "approved"})
    internship_id = signed_internship(world, start_date="2021-12-06", planned_end_date="2022-02-25")
    add_interruption(
        world.db, internship_id, InterruptionKind.SUSPENSION, date(2021, 12, 27), date(2022, 1, 7)
    )
    detail = load_internship(world.db, internship_id)
    assert detail.interruptions[0].days == 10
    assert detail.working_days == 50
    assert weeks_used(world.db, world.host_id, 2021) == 3  # 20 days in December minus 5
    assert weeks_used(world.db, world.host_id, 2022) == 7  # 40 days of 2022 minus 5


def test_interruption_refusals(world: World) -> None:
    internship_id = signed_internship(world)
    add_interruption(world.db, internship_id, "sickness", date(2021, 10, 4), date(2021, 10, 8))

    def code(first: date, last: date) -> str:
        with pytest.raises(InvalidValue) as refused:
            add_interruption(world.db, internship_id, "other", first, last)
        return refused.value.code

    assert code(date(2021, 9, 10), date(2021, 9, 9)) == "interruption.dates"
    assert code(date(2021, 9, 3), date(2021, 9, 7)) == "interruption.outside"
    assert code(date(2021, 11, 25), date(2021, 11, 29)) == "interruption.outside"
    assert code(date(2021, 10, 8), date(2021, 10, 12)) == "interruption.overlap"
    with pytest.raises(InvalidValue, match="overlaps the one from 2021-10-04 to 2021-10-08"):
        add_interruption(world.db, internship_id, "other", date(2021, 10, 1), date(2021, 10, 4))

    force_status(world.db, internship_id, S.CANCELLED)
    assert code(date(2021, 9, 13), date(2021, 9, 14)) == "interruption.cancelled"


def test_interruption_after_termination_lies_before_the_last_day(world: World) -> None:
    internship_id = signed_internship(world)
    change_status(world.db, internship_id, S.TERMINATED, on=date(2021, 9, 17), reason="Ended.")
    add_interruption(world.db, internship_id, "sickness", date(2021, 9, 13), date(2021, 9, 14))
    with pytest.raises(InvalidValue) as outside:
        add_interruption(world.db, internship_id, "sickness", date(2021, 9, 20), date(2021, 9, 21))
    assert outside.value.code == "interruption.outside"
    assert load_internship(world.db, internship_id).working_days == 8


# --- scans ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "media_type"),
    [
        ("convention.pdf", b"%PDF-1.7\n...", "application/pdf"),
        ("convention.png", b"\x89PNG\r\n\x1a\n....", "image/png"),
        ("convention.scan", b"\xff\xd8\xff\xe0....", "image/jpeg"),
    ],
)
def test_scan_accepted_by_its_first_bytes(
    world: World, tmp_path: Path, name: str, content: bytes, media_type: str
) -> None:
    internship_id = signed_internship(world)
    path = tmp_path / name
    path.write_bytes(content)
    document_id = attach_scan(world.db, internship_id, path, actor="anna")

    (line,) = load_internship(world.db, internship_id).documents
    assert (line.id, line.kind, line.media_type, line.filename) == (
        document_id,
        "signed_scan",
        media_type,
        name,
    )
    assert (line.version, line.language) == (1, "FR")
    with world.db.unit_of_work() as uow:
        document = uow.session.get(IssuedDocument, document_id)
        internship = uow.session.get(Internship, internship_id)
        assert document is not None and internship is not None
        assert document.content == content and document.issued_by == "anna"
        assert internship.scan_document_id == document_id


def test_scan_refused(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    internship_id = signed_internship(world)
    text = tmp_path / "convention.pdf"
    text.write_text("not really a PDF")
    with pytest.raises(InvalidValue) as wrong:
        attach_scan(world.db, internship_id, text)
    assert (wrong.value.code, str(wrong.value)) == (
        "scan.type",
        "convention.pdf is not a PDF, PNG or JPEG file.",
    )
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 100)
    monkeypatch.setattr(internship_lifecycle, "MAX_SCAN_BYTES", 100)
    with pytest.raises(InvalidValue) as too_big:
        attach_scan(world.db, internship_id, big)
    assert too_big.value.code == "scan.size"
    with pytest.raises(InvalidValue) as missing:
        attach_scan(world.db, internship_id, tmp_path / "gone.pdf")
    assert missing.value.code == "scan.unreadable"
    assert load_internship(world.db, internship_id).documents == ()
