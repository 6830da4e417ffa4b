"""Eligibility of a candidate: age on the start date, job-seeker registration, weeks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.eligibility import (
    AGE,
    JOBSEEKER,
    WEEKS,
    Eligibility,
    Reason,
    assess_eligibility,
)
from consultant_app.domain.people import age_on
from consultant_app.domain.programme import DEFAULT_RULES, ProgrammeRules

START = date(2026, 9, 1)


def _assess(
    birth: date = date(2001, 9, 1),
    *,
    on: date = START,
    agency: str | None = "VDAB",
    done: float = 0,
    planned: float = 0,
    rules: ProgrammeRules = DEFAULT_RULES,
) -> Eligibility:
    return assess_eligibility(
        birth_date=birth,
        on=on,
        jobseeker_agency=agency,
        weeks_done=done,
        rules=rules,
        planned_weeks=planned,
    )


def test_eligible_candidate_has_three_good_reasons() -> None:
    result = _assess(done=8)
    assert result.eligible
    assert [r.code for r in result.reasons] == [AGE, JOBSEEKER, WEEKS]
    assert [r.message for r in result.reasons] == [
        "Aged 25 on 2026-09-01: younger than 26.",
        "Registered job seeker with VDAB.",
        "8 of 12 weeks used; 4 left.",
    ]
    assert all(r.ok for r in result.reasons)
    assert result.reason(AGE).params == {
        "birth_date": date(2001, 9, 1),
        "on": START,
        "limit": 26,
        "age": 25,
    }
    assert result.reason(WEEKS).params == {
        "done": 8,
        "planned": 0,
        "maximum": 12,
        "left": 4,
        "minimum": 4,
    }
    with pytest.raises(KeyError):
        result.reason("nonsense")


# --- Age -------------------------------------------------------------------------


def test_25_years_and_364_days_is_eligible() -> None:
    birth = date(2000, 9, 2)  # 26th birthday the day after the start
    result = _assess(birth)
    assert result.eligible
    assert result.reason(AGE) == Reason(
        AGE,
        True,
        "Aged 25 on 2026-09-01: younger than 26.",
        {"birth_date": birth, "on": START, "limit": 26, "age": 25},
    )


def test_26th_birthday_on_the_start_date_is_not_eligible() -> None:
    result = _assess(date(2000, 9, 1))
    assert not result.eligible
    assert not result.reason(AGE).ok
    assert result.reason(AGE).message == "Aged 26 on 2026-09-01: not younger than 26."
    assert result.reason(JOBSEEKER).ok and result.reason(WEEKS).ok


def test_born_on_29_february() -> None:
    birth = date(2000, 2, 29)
    # 2026 is not a leap year: the 26th birthday counts on 1 March.
    assert _assess(birth, on=date(2026, 2, 28)).eligible
    assert not _assess(birth, on=date(2026, 3, 1)).eligible
    # In a leap year the birthday is 29 February itself.
    birth = date(2004, 2, 29)
    assert _assess(birth, on=date(2030, 2, 28)).eligible
    assert not _assess(birth, on=date(2030, 3, 1)).eligible
    assert age_on(date(2006, 2, 28), date(2032, 2, 28)) == 26
    assert _assess(date(2006, 3, 1), on=date(2032, 2, 29)).eligible
    assert not _assess(date(2006, 2, 28), on=date(2032, 2, 29)).eligible


def test_age_limit_comes_from_the_rules() -> None:
    rules = replace(DEFAULT_RULES, age_limit=30)
    result = _assess(date(1998, 9, 1), rules=rules)
    assert result.eligible
    assert result.reason(AGE).message == "Aged 28 on 2026-09-01: younger than 30."
    assert result.reason(AGE).params["limit"] == 30


def test_start_before_birth_is_not_eligible() -> None:
    result = _assess(date(2027, 1, 1))
    assert not result.eligible
    assert result.reason(AGE).message == "Born on 2027-01-01, after 2026-09-01."
    assert result.reason(AGE).params["age"] is None


# --- Job seeker ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("agency", "shown"),
    [("VDAB", "VDAB"), ("Actiris", "Actiris"), ("forem", "Forem"), (" ADG ", "ADG")],
)
def test_registered_job_seeker(agency: str, shown: str) -> None:
    reason = _assess(agency=agency).reason(JOBSEEKER)
    assert reason == Reason(
        JOBSEEKER, True, f"Registered job seeker with {shown}.", {"agency": shown}
    )


@pytest.mark.parametrize("agency", [None, "", "   "])
def test_not_registered(agency: str | None) -> None:
    result = _assess(agency=agency)
    assert not result.eligible
    assert result.reason(JOBSEEKER) == Reason(
        JOBSEEKER, False, "Not registered as a job seeker.", {"agency": None}
    )


def test_unknown_agency_is_not_a_registration() -> None:
    result = _assess(agency="Pôle emploi")
    assert not result.eligible
    assert result.reason(JOBSEEKER).message == (
        "Registered with Pôle emploi, which is not one of VDAB, Actiris, Forem, ADG."
    )


# --- Weeks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("done", "planned", "ok", "message"),
    [
        (0, 0, True, "0 of 12 weeks used; 12 left."),
        (8, 0, True, "8 of 12 weeks used; 4 left."),
        (12, 0, False, "12 of 12 weeks used; none left."),
        (
            10,
            0,
            False,
            "10 of 12 weeks used; 2 left, fewer than the 4 weeks of the shortest internship, "
            "so no new internship can start.",
        ),
        (14, 0, False, "14 of 12 weeks used; 2 over the maximum."),
        (7.6, 0, True, "7.6 of 12 weeks used; 4.4 left."),
        (8, 4, True, "8 of 12 weeks used; 4 left; the planned 4 weeks fit within the maximum."),
        (
            8,
            6,
            False,
            "8 of 12 weeks used; 4 left; the planned 6 weeks would go 2 over the maximum.",
        ),
        (0, 12, True, "0 of 12 weeks used; 12 left; the planned 12 weeks fit within the maximum."),
    ],
)
def test_weeks(done: float, planned: float, ok: bool, message: str) -> None:
    result = _assess(done=done, planned=planned)
    reason = result.reason(WEEKS)
    assert reason.ok is ok
    assert reason.message == message
    assert result.eligible is ok


def test_week_fractions_do_not_trip_on_float_error() -> None:
    done = sum([0.2] * 40)  # 7.999999999999... from twelve-day internships
    result = _assess(done=done, planned=4.0)
    assert result.reason(WEEKS).ok
    assert result.reason(WEEKS).params["done"] == 8


def test_week_limits_come_from_the_rules() -> None:
    rules = replace(DEFAULT_RULES, max_total_weeks_per_intern=20, min_weeks_per_internship=2)
    result = _assess(done=17, rules=rules)
    assert result.reason(WEEKS).ok
    assert result.reason(WEEKS).message == "17 of 20 weeks used; 3 left."
    assert not _assess(done=19, rules=rules).eligible


def test_negative_weeks_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        _assess(done=-1)
    with pytest.raises(ValueError, match="negative"):
        _assess(planned=-0.5)


@given(
    birth=st.dates(min_value=date(1980, 1, 1), max_value=date(2015, 12, 31)),
    offset=st.integers(0, 365 * 40),
    agency=st.sampled_from([None, "", "VDAB", "Actiris", "Forem", "ADG", "UWV"]),
    done=st.integers(0, 20),
    planned=st.integers(0, 15),
    age_limit=st.integers(18, 35),
    min_weeks=st.integers(1, 6),
    max_total=st.integers(6, 20),
)
def test_verdict_matches_the_rules(
    birth: date,
    offset: int,
    agency: str | None,
    done: int,
    planned: int,
    age_limit: int,
    min_weeks: int,
    max_total: int,
) -> None:
    rules = replace(
        DEFAULT_RULES,
        age_limit=age_limit,
        min_weeks_per_internship=min_weeks,
        max_total_weeks_per_intern=max_total,
    )
    on = birth + timedelta(days=offset)
    result = _assess(birth, on=on, agency=agency, done=done, planned=planned, rules=rules)
    young = age_on(birth, on) < age_limit
    registered = agency in {"VDAB", "Actiris", "Forem", "ADG"}
    weeks = done + planned <= max_total and max_total - done >= min_weeks
    assert result.reason(AGE).ok is young
    assert result.reason(JOBSEEKER).ok is registered
    assert result.reason(WEEKS).ok is weeks
    assert result.eligible is (young and registered and weeks)
    assert all(r.message.endswith(".") for r in result.reasons)
    assert f"than {age_limit}." in result.reason(AGE).message
    assert f"of {max_total} weeks used" in result.reason(WEEKS).message
