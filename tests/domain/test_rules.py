"""Programme rules checked on a convention: each rule at its boundary, overrides, robustness."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultant_app.domain.enums import JointCommittee, TrainingPlanStatus
from consultant_app.domain.programme import DEFAULT_RULES, ProgrammeRules
from consultant_app.domain.rules import (
    ERROR,
    RULES,
    WARNING,
    HostFacts,
    InternFacts,
    InternshipPlan,
    Override,
    RuleResult,
    blocking,
    check_rules,
    internship_weeks,
    unresolved,
)

MONDAY = date(2026, 9, 7)
FOUR_WEEKS_END = date(2026, 10, 2)  # Friday: 20 working days
TWELVE_WEEKS_END = date(2026, 11, 27)  # Friday: 60 working days

#: An internship that passes every rule.
PLAN = InternshipPlan(
    start=MONDAY,
    planned_end=FOUR_WEEKS_END,
    hours_per_week=38,
    no_replacement_declared=True,
)
INTERN = InternFacts(
    birth_date=date(2003, 5, 17),
    other_internships=(),
    jobseeker_agency="VDAB",
    jobseeker_number="04512873",
    jobseeker_since=date(2026, 3, 2),
)
HOST = HostFacts(
    joint_committee=JointCommittee.CP_227.value,
    employees_fte=10.0,
    weeks_used_in_year=0.0,
    training_plan_status=TrainingPlanStatus.RECEIVED.value,
)


def verdict(
    rule: str,
    plan: InternshipPlan = PLAN,
    intern: InternFacts = INTERN,
    host: HostFacts = HOST,
    rules: ProgrammeRules = DEFAULT_RULES,
) -> RuleResult:
    results = check_rules(plan, intern, host, rules)
    (found,) = [r for r in results if r.rule == rule]
    return found


def test_rule_order_and_all_passing() -> None:
    results = check_rules(PLAN, INTERN, HOST, DEFAULT_RULES)
    assert tuple(r.rule for r in results) == (
        "age",
        "min_weeks",
        "max_weeks",
        "total_weeks",
        "overlap",
        "quota",
        "training_plan",
        "joint_committee",
        "hours",
        "no_replacement",
        "jobseeker",
    )
    assert tuple(r.rule for r in results) == RULES
    assert all(r.ok for r in results), [r.message for r in results if not r.ok]
    assert blocking(results) == ()
    assert all(r.severity == (WARNING if r.rule == "joint_committee" else ERROR) for r in results)


# --- job-seeker registration ------------------------------------------------------------


def test_a_registered_job_seeker_passes() -> None:
    result = verdict("jobseeker")
    assert result.ok and not result.is_blocking
    assert result.message == (
        "Registered as a job seeker with VDAB since 2026-03-02, "
        "on or before the start date 2026-09-07."
    )
    assert result.params["problem"] is None
    assert "04512873" not in result.message  # the number stays out of the sentence


def test_registered_on_the_start_date_passes() -> None:
    assert verdict("jobseeker", intern=replace(INTERN, jobseeker_since=MONDAY)).ok


def test_an_intern_not_registered_is_blocked() -> None:
    intern = replace(INTERN, jobseeker_agency=None, jobseeker_number=None, jobseeker_since=None)
    result = verdict("jobseeker", intern=intern)
    assert not result.ok and result.is_blocking and result.severity == ERROR
    assert result.message == (
        "The intern is not registered as a job seeker (with VDAB, Actiris, Forem, ADG), "
        "as required."
    )
    assert result.params["problem"] == "not_registered"
    assert blocking(check_rules(PLAN, intern, HOST, DEFAULT_RULES)) == (result,)


def test_registered_after_the_start_is_blocked() -> None:
    result = verdict("jobseeker", intern=replace(INTERN, jobseeker_since=date(2026, 9, 8)))
    assert result.is_blocking
    assert result.message == (
        "Registered as a job seeker with VDAB since 2026-09-08, after the start date "
        "2026-09-07; the intern must be registered by the start."
    )
    assert result.params["problem"] == "after_start"
    assert result.params["since"] == date(2026, 9, 8)


@pytest.mark.parametrize("number", [None, "", "   "])
def test_a_registration_without_its_number_is_blocked(number: str | None) -> None:
    result = verdict("jobseeker", intern=replace(INTERN, jobseeker_number=number))
    assert result.is_blocking
    assert result.message == "The job-seeker registration with VDAB has no registration number."
    assert result.params["problem"] == "no_number"


def test_a_registration_without_its_date_is_blocked() -> None:
    result = verdict("jobseeker", intern=replace(INTERN, jobseeker_since=None))
    assert result.is_blocking
    assert result.params["problem"] == "no_since"
    assert "no date of registration" in result.message


def test_an_agency_outside_the_programme_is_blocked_and_case_does_not_matter() -> None:
    result = verdict("jobseeker", intern=replace(INTERN, jobseeker_agency="Randstad"))
    assert result.is_blocking and result.params["problem"] == "unknown_agency"
    assert "Randstad, which is not one of VDAB, Actiris, Forem, ADG" in result.message
    forem = verdict("jobseeker", intern=replace(INTERN, jobseeker_agency="forem"))
    assert forem.ok and forem.params["agency"] == "Forem"


def test_an_override_with_a_reason_lets_the_job_seeker_rule_pass() -> None:
    intern = replace(INTERN, jobseeker_since=date(2026, 9, 14))
    results = check_rules(PLAN, intern, HOST, DEFAULT_RULES)
    assert [r.rule for r in unresolved(results, ())] == ["jobseeker"]
    assert [r.rule for r in unresolved(results, [Override("jobseeker", "  ")])] == ["jobseeker"]
    written = Override("jobseeker", "Registration confirmed by VDAB, letter of 2026-09-01")
    assert unresolved(results, [written]) == ()


# --- age -------------------------------------------------------------------------------


def test_26th_birthday_on_the_start_date_fails() -> None:
    result = verdict("age", intern=replace(INTERN, birth_date=date(2000, 9, 7)))
    assert not result.ok
    assert (
        result.message == "Aged 26 on the start date 2026-09-07; interns must be younger than 26."
    )
    assert result.params["age"] == 26
    assert result.params["limit"] == 26


def test_one_day_before_the_26th_birthday_passes() -> None:
    result = verdict("age", intern=replace(INTERN, birth_date=date(2000, 9, 8)))
    assert result.ok
    assert result.params["age"] == 25


def test_born_on_29_february() -> None:
    intern = replace(INTERN, birth_date=date(2000, 2, 29))
    assert verdict("age", replace(PLAN, start=date(2026, 2, 28)), intern).ok
    assert not verdict("age", replace(PLAN, start=date(2026, 3, 2)), intern).ok


def test_age_limit_comes_from_the_programme_rules() -> None:
    intern = replace(INTERN, birth_date=date(2000, 9, 7))
    assert verdict("age", intern=intern, rules=replace(DEFAULT_RULES, age_limit=30)).ok


def test_birth_after_the_start_date_fails_without_raising() -> None:
    result = verdict("age", intern=replace(INTERN, birth_date=date(2027, 1, 1)))
    assert not result.ok
    assert result.params["age"] is None
    assert "2027-01-01" in result.message


# --- length of the internship ------------------------------------------------------------


def test_exactly_four_weeks_pass() -> None:
    assert internship_weeks(PLAN) == 4.0
    result = verdict("min_weeks")
    assert result.ok
    assert result.message == "The internship lasts 4.0 weeks; the minimum is 4."


def test_one_day_short_of_four_weeks_fails() -> None:
    plan = replace(PLAN, planned_end=FOUR_WEEKS_END - timedelta(days=1))
    result = verdict("min_weeks", plan)
    assert not result.ok
    assert result.params == {"weeks": 3.8, "minimum": 4}
    assert result.message == "The internship lasts 3.8 weeks; it must last at least 4 weeks."


def test_interruptions_shorten_the_internship() -> None:
    plan = replace(PLAN, interruptions=((date(2026, 9, 14), date(2026, 9, 14)),))
    assert internship_weeks(plan) == 3.8
    assert not verdict("min_weeks", plan).ok


def test_end_before_start_fails_the_minimum() -> None:
    plan = replace(PLAN, planned_end=MONDAY - timedelta(days=1))
    result = verdict("min_weeks", plan)
    assert not result.ok
    assert "before it starts" in result.message


def test_exactly_twelve_weeks_pass() -> None:
    plan = replace(PLAN, planned_end=TWELVE_WEEKS_END)
    assert internship_weeks(plan) == 12.0
    result = verdict("max_weeks", plan)
    assert result.ok
    assert result.message == "The internship lasts 12.0 weeks; the maximum is 12."


def test_twelve_weeks_and_one_day_fail() -> None:
    plan = replace(PLAN, planned_end=TWELVE_WEEKS_END + timedelta(days=3))  # next Monday
    result = verdict("max_weeks", plan)
    assert not result.ok
    assert result.params == {"weeks": 12.2, "maximum": 12}
    assert result.message == "The internship lasts 12.2 weeks; the maximum is 12."


def test_fourteen_weeks_message() -> None:
    plan = replace(PLAN, planned_end=TWELVE_WEEKS_END + timedelta(days=14))
    assert verdict("max_weeks", plan).message == (
        "The internship lasts 14.0 weeks; the maximum is 12."
    )


def test_weekend_days_at_the_edges_do_not_count() -> None:
    plan = replace(
        PLAN, start=MONDAY - timedelta(days=2), planned_end=TWELVE_WEEKS_END + timedelta(days=2)
    )
    assert internship_weeks(plan) == 12.0
    assert verdict("max_weeks", plan).ok


# --- New Year --------------------------------------------------------------------------

NEW_YEAR_PLAN = replace(PLAN, start=date(2026, 12, 7), planned_end=date(2027, 1, 29))
# 19 working days in December 2026 (3.8 weeks), 21 in January 2027 (4.2 weeks).


def test_internship_spanning_new_year_counts_all_its_weeks() -> None:
    assert internship_weeks(NEW_YEAR_PLAN) == 8.0
    assert verdict("min_weeks", NEW_YEAR_PLAN).ok
    assert verdict("max_weeks", NEW_YEAR_PLAN).ok
    total = verdict("total_weeks", NEW_YEAR_PLAN)
    assert total.params["total"] == 8.0


def test_quota_counts_only_the_days_of_the_start_year() -> None:
    host = replace(HOST, weeks_used_in_year=22.2)  # 22.2 + 3.8 = 26: exactly reached
    result = verdict("quota", NEW_YEAR_PLAN, host=host)
    assert result.ok, result.message
    assert result.params["year"] == 2026
    assert result.params["weeks"] == 3.8
    assert result.params["total"] == 26.0
    assert result.params["next_year_checked"] is False
    over = verdict("quota", NEW_YEAR_PLAN, host=replace(host, weeks_used_in_year=22.4))
    assert not over.ok
    assert "in 2026 the host would use 26.2 of its 26 weeks" in over.message


def test_quota_of_the_following_year_when_known() -> None:
    host = replace(HOST, weeks_used_in_year=0.0, weeks_used_next_year=21.8)
    result = verdict("quota", NEW_YEAR_PLAN, host=host)
    assert result.ok, result.message
    assert result.params["next_year_checked"] is True
    years = cast("tuple[dict[str, object], ...]", result.params["years"])
    assert [y["weeks"] for y in years] == [3.8, 4.2]
    over = verdict("quota", NEW_YEAR_PLAN, host=replace(host, weeks_used_next_year=22.0))
    assert not over.ok
    assert "in 2027 the host would use 26.2 of its 26 weeks" in over.message
    # An internship within one year ignores the following year's figure.
    assert verdict("quota", PLAN, host=replace(host, weeks_used_next_year=99.0)).ok


# --- total weeks of the intern ---------------------------------------------------------

EARLIER = (date(2026, 1, 5), date(2026, 2, 27), 8.0)


def test_total_weeks_exactly_at_the_maximum_pass() -> None:
    result = verdict("total_weeks", intern=replace(INTERN, other_internships=(EARLIER,)))
    assert result.ok
    assert result.params == {"weeks": 4.0, "other_weeks": 8.0, "total": 12.0, "maximum": 12}


def test_total_weeks_one_day_over_fail() -> None:
    longer = (EARLIER[0], EARLIER[1], 8.2)
    result = verdict("total_weeks", intern=replace(INTERN, other_internships=(longer,)))
    assert not result.ok
    assert result.message == (
        "With this internship the intern totals 12.2 weeks "
        "(8.2 in other internships and 4.0 in this one); the maximum is 12."
    )


def test_total_weeks_adds_several_internships_without_float_noise() -> None:
    others = tuple((date(2025, 1, 6), date(2025, 1, 6), 0.2) for _ in range(40))
    result = verdict("total_weeks", intern=replace(INTERN, other_internships=others))
    assert result.params["other_weeks"] == 8.0
    assert result.ok


# --- overlap ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("other_start", "other_end", "ok"),
    [
        (date(2026, 6, 1), MONDAY - timedelta(days=1), True),  # ends the day before
        (date(2026, 6, 1), MONDAY, False),  # one day in common
        (FOUR_WEEKS_END, date(2026, 12, 18), False),  # starts on the last day
        (FOUR_WEEKS_END + timedelta(days=1), date(2026, 12, 18), True),  # starts the day after
        (date(2026, 9, 14), date(2026, 9, 18), False),  # inside
        (date(2026, 1, 5), date(2026, 12, 31), False),  # around
    ],
)
def test_overlap_boundaries(other_start: date, other_end: date, ok: bool) -> None:
    intern = replace(INTERN, other_internships=((other_start, other_end, 1.0),))
    result = verdict("overlap", intern=intern)
    assert result.ok is ok
    if not ok:
        assert result.params["overlaps"] == ((other_start, other_end),)
        assert other_start.isoformat() in result.message


def test_overlap_with_two_internships_names_both() -> None:
    others = ((date(2026, 8, 3), MONDAY, 5.2), (FOUR_WEEKS_END, date(2026, 10, 30), 4.0))
    result = verdict("overlap", intern=replace(INTERN, other_internships=others))
    assert not result.ok
    assert result.message == (
        "The internship from 2026-09-07 to 2026-10-02 overlaps 2 other internships "
        "of the intern: 2026-08-03 to 2026-09-07, 2026-10-02 to 2026-10-30."
    )


# --- quota -----------------------------------------------------------------------------


def test_quota_exactly_reached_passes() -> None:
    result = verdict("quota", host=replace(HOST, weeks_used_in_year=22.0))
    assert result.ok
    assert result.params["available"] == 26
    assert result.params["total"] == 26.0


def test_quota_one_day_over_fails() -> None:
    result = verdict("quota", host=replace(HOST, weeks_used_in_year=22.2))
    assert not result.ok
    assert result.message == (
        "Host quota exceeded: in 2026 the host would use 26.2 of its 26 weeks "
        "(22.2 already and 4.0 for this internship)."
    )


def test_quota_grows_with_the_headcount() -> None:
    host = replace(HOST, employees_fte=31.0, weeks_used_in_year=48.0)
    result = verdict("quota", host=host)
    assert result.ok
    assert result.params["available"] == 52


# --- training plan ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "ok"),
    [("received", True), ("approved", True), ("requested", False), (None, False)],
)
def test_training_plan(status: str | None, ok: bool) -> None:
    result = verdict("training_plan", host=replace(HOST, training_plan_status=status))
    assert result.ok is ok
    assert result.severity == ERROR
    assert "2026" in result.message


def test_requested_training_plan_message() -> None:
    result = verdict("training_plan", host=replace(HOST, training_plan_status="requested"))
    assert result.message == (
        "The host's training policy plan for 2026 is requested; it must be received or approved."
    )


# --- joint committee -------------------------------------------------------------------


@pytest.mark.parametrize("committee", ["227", "303.01"])
def test_sector_joint_committees_pass(committee: str) -> None:
    assert verdict("joint_committee", host=replace(HOST, joint_committee=committee)).ok


@pytest.mark.parametrize("committee", ["other", "200", ""])
def test_other_joint_committee_is_only_a_warning(committee: str) -> None:
    host = replace(HOST, joint_committee=committee)
    results = check_rules(PLAN, INTERN, host, DEFAULT_RULES)
    result = next(r for r in results if r.rule == "joint_committee")
    assert not result.ok
    assert result.severity == WARNING
    assert not result.is_blocking
    assert blocking(results) == ()
    assert unresolved(results, ()) == ()
    assert "CP 227 or SCP 303.01" in result.message


# --- hours and declaration -------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "ok"), [(None, True), (20, True), (38, True), (38.5, False), (0, False)]
)
def test_hours_per_week(hours: float | None, ok: bool) -> None:
    result = verdict("hours", replace(PLAN, hours_per_week=hours))
    assert result.ok is ok
    if hours == 38.5:
        assert result.message == "The schedule has 38.5 hours a week; the maximum is 38."


def test_no_replacement_declaration() -> None:
    assert verdict("no_replacement").ok
    result = verdict("no_replacement", replace(PLAN, no_replacement_declared=False))
    assert not result.ok
    assert "not declared" in result.message


# --- blocking and overrides ------------------------------------------------------------


def failing_results() -> tuple[RuleResult, ...]:
    """Age, training plan and joint committee fail."""
    return check_rules(
        PLAN,
        replace(INTERN, birth_date=date(1990, 1, 1)),
        replace(HOST, training_plan_status=None, joint_committee="other"),
        DEFAULT_RULES,
    )


def test_blocking_lists_failed_errors_only() -> None:
    assert [r.rule for r in blocking(failing_results())] == ["age", "training_plan"]


def test_override_with_a_reason_resolves_the_rule() -> None:
    results = failing_results()
    overrides = [Override("age", "Derogation granted by the board on 2026-06-12.")]
    assert [r.rule for r in unresolved(results, overrides)] == ["training_plan"]
    overrides.append(Override("training_plan", "Plan announced by email, arrives next week."))
    assert unresolved(results, overrides) == ()


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_override_without_a_reason_changes_nothing(reason: str) -> None:
    results = failing_results()
    assert [r.rule for r in unresolved(results, [Override("age", reason)])] == [
        "age",
        "training_plan",
    ]


def test_override_of_an_unknown_or_passing_rule_is_ignored() -> None:
    results = failing_results()
    overrides = [
        Override("no_such_rule", "whatever"),
        Override("hours", "passing anyway"),
        Override("joint_committee", "a warning needs no override"),
    ]
    assert [r.rule for r in unresolved(results, overrides)] == ["age", "training_plan"]


def test_one_blank_and_one_written_override_of_the_same_rule() -> None:
    results = failing_results()
    overrides = [Override("age", " "), Override("age", "Board decision.")]
    assert [r.rule for r in unresolved(results, overrides)] == ["training_plan"]


# --- robustness ------------------------------------------------------------------------

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


@st.composite
def spans(draw: st.DrawFn, max_days: int = 200) -> tuple[date, date]:
    start = draw(days)
    return start, start + timedelta(days=draw(st.integers(0, max_days)))


@settings(max_examples=150, deadline=None)
@given(
    span=spans(),
    interruptions=st.lists(spans(30), max_size=3),
    hours=st.none() | st.floats(min_value=0, max_value=80, allow_nan=False),
    declared=st.booleans(),
    birth=st.dates(min_value=date(1960, 1, 1), max_value=date(2040, 12, 31)),
    others=st.lists(
        st.tuples(spans(), st.floats(min_value=0, max_value=20, allow_nan=False)), max_size=4
    ),
    committee=st.sampled_from(["227", "303.01", "other", "200", ""]),
    fte=st.none() | st.floats(min_value=0, max_value=1000, allow_nan=False),
    used=st.floats(min_value=0, max_value=500, allow_nan=False),
    used_next=st.none() | st.floats(min_value=0, max_value=500, allow_nan=False),
    plan_status=st.sampled_from([None, *(s.value for s in TrainingPlanStatus)]),
    agency=st.sampled_from([None, "", "VDAB", "actiris", "Randstad"]),
    number=st.sampled_from([None, "", " ", "04512873"]),
    since=st.none() | st.dates(min_value=date(1960, 1, 1), max_value=date(2040, 12, 31)),
)
def test_check_rules_never_raises(
    span: tuple[date, date],
    interruptions: list[tuple[date, date]],
    hours: float | None,
    declared: bool,
    birth: date,
    others: list[tuple[tuple[date, date], float]],
    committee: str,
    fte: float | None,
    used: float,
    used_next: float | None,
    plan_status: str | None,
    agency: str | None,
    number: str | None,
    since: date | None,
) -> None:
    plan = InternshipPlan(span[0], span[1], tuple(interruptions), hours, declared)
    intern = InternFacts(birth, tuple((a, b, w) for (a, b), w in others), agency, number, since)
    host = HostFacts(committee, fte, used, plan_status, used_next)
    results = check_rules(plan, intern, host, DEFAULT_RULES)
    assert tuple(r.rule for r in results) == RULES
    for result in results:
        assert result.severity in (ERROR, WARNING)
        assert result.message and result.message.endswith(".")
        assert result.is_blocking is (not result.ok and result.severity == ERROR)
    weeks = internship_weeks(plan)
    assert 0 <= weeks <= (span[1] - span[0]).days / 7 + 1
    by_rule = {r.rule: r for r in results}
    assert by_rule["min_weeks"].ok is (weeks >= DEFAULT_RULES.min_weeks_per_internship)
    assert by_rule["max_weeks"].ok is (weeks <= DEFAULT_RULES.max_weeks_per_internship)
    registered = agency in ("VDAB", "actiris") and bool((number or "").strip())
    assert by_rule["jobseeker"].ok is (registered and since is not None and since <= span[0])
    written = [Override(r.rule, "reason") for r in results]
    assert unresolved(results, written) == ()
    assert unresolved(results, ()) == blocking(results)
