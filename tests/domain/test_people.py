"""Ages, plausible birth dates and the consistency of a national register number."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import InvalidIdentifier, make_niss
from consultant_app.domain.people import age_on, check_birth_date, check_niss_consistency


def test_age_on_birthday_boundaries() -> None:
    birth = date(1998, 6, 15)
    assert age_on(birth, date(2024, 6, 14)) == 25
    assert age_on(birth, date(2024, 6, 15)) == 26
    assert age_on(birth, birth) == 0


def test_born_on_29_february() -> None:
    birth = date(2000, 2, 29)
    assert age_on(birth, date(2026, 2, 28)) == 25
    assert age_on(birth, date(2026, 3, 1)) == 26
    assert age_on(birth, date(2024, 2, 28)) == 23
    assert age_on(birth, date(2024, 2, 29)) == 24


def test_day_before_birth_is_rejected() -> None:
    with pytest.raises(ValueError, match="before the birth"):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(0, 40_000),
)
def test_age_matches_counting_birthdays(birth: date, offset: int) -> None:
    day = birth + timedelta(days=offset)
    age = age_on(birth, day)
    assert age >= 0

    def birthday(year: int) -> date:
        try:
            return birth.replace(year=year)
        except ValueError:  # 29 February in a non-leap year: 1 March counts
            return date(year, 3, 1)

    assert birthday(birth.year + age) <= day
    assert day < birthday(birth.year + age + 1)


# --- Plausible birth dates ----------------------------------------------------

TODAY = date(2026, 5, 4)


def test_birth_date_in_range_passes() -> None:
    check_birth_date(date(2001, 3, 15), TODAY)
    check_birth_date(date(2011, 5, 4), TODAY)  # 15 today
    check_birth_date(date(1925, 5, 5), TODAY)  # 100, turning 101 tomorrow


def test_birth_date_in_the_future() -> None:
    with pytest.raises(InvalidValue) as info:
        check_birth_date(date(2026, 5, 5), TODAY)
    assert info.value.code == "birth_date.future"
    assert info.value.params == {"birth_date": date(2026, 5, 5), "today": TODAY}
    assert "2026-05-05" in str(info.value)


def test_birth_date_too_young() -> None:
    with pytest.raises(InvalidValue) as info:
        check_birth_date(date(2011, 5, 5), TODAY)  # 15 tomorrow
    assert info.value.code == "birth_date.too_young"
    assert info.value.params["age"] == 14
    assert info.value.params["min_age"] == 15
    with pytest.raises(InvalidValue) as info:
        check_birth_date(TODAY, TODAY)
    assert info.value.code == "birth_date.too_young"


def test_birth_date_too_old() -> None:
    with pytest.raises(InvalidValue) as info:
        check_birth_date(date(1925, 5, 4), TODAY)  # 101 today
    assert info.value.code == "birth_date.too_old"
    assert info.value.params["age"] == 101
    assert info.value.params["max_age"] == 100
    with pytest.raises(InvalidValue, match="1026-05-04"):
        check_birth_date(date(1026, 5, 4), TODAY)  # a typo for 2026 or 1996


def test_birth_date_bounds_are_parameters() -> None:
    check_birth_date(date(2020, 1, 1), TODAY, min_age=0)
    with pytest.raises(InvalidValue, match="oldest age accepted is 30"):
        check_birth_date(date(1990, 1, 1), TODAY, max_age=30)


def test_born_on_29_february_turns_15_on_1_march() -> None:
    birth = date(2012, 2, 29)
    with pytest.raises(InvalidValue):
        check_birth_date(birth, date(2027, 2, 28))
    check_birth_date(birth, date(2027, 3, 1))


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(15, 100),
    st.integers(0, 364),
)
def test_ages_in_range_never_raise(today: date, age: int, extra_days: int) -> None:
    try:
        birth = today.replace(year=today.year - age)
    except ValueError:  # 29 February
        birth = date(today.year - age, 2, 28)
    birth -= timedelta(days=extra_days)
    if age_on(birth, today) > age:  # went back past the previous birthday
        birth += timedelta(days=extra_days)
    assert 15 <= age_on(birth, today) <= 100
    check_birth_date(birth, today)


@given(st.dates(), st.dates())
def test_check_birth_date_raises_only_invalid_value(birth: date, today: date) -> None:
    try:
        check_birth_date(birth, today)
    except InvalidValue as error:
        assert error.code in {"birth_date.future", "birth_date.too_young", "birth_date.too_old"}
    else:
        assert 15 <= age_on(birth, today) <= 100


# --- National register number against birth date and gender ------------------

BIRTH = date(1993, 5, 18)
MAN = "93051822361"  # serial 223, odd


def _bis(base: str) -> str:
    return f"{base}{97 - int(base) % 97:02d}"


def test_consistent_niss() -> None:
    assert check_niss_consistency(MAN, BIRTH, "M") == []
    assert check_niss_consistency("93.05.18-223.61", BIRTH, "m") == []
    assert check_niss_consistency(MAN, None, None) == []
    woman = make_niss(date(2003, 7, 14), 124)
    assert check_niss_consistency(woman, date(2003, 7, 14), "F") == []


def test_niss_birth_date_mismatch() -> None:
    [problem] = check_niss_consistency(MAN, date(1993, 5, 19), "M")
    assert problem.code == "niss.birth_date"
    assert problem.params == {"niss_birth_date": BIRTH, "birth_date": date(1993, 5, 19)}
    assert "1993-05-18" in str(problem) and "1993-05-19" in str(problem)
    # Same day and month, other century: the check digits decide the century.
    [problem] = check_niss_consistency(MAN, date(2093, 5, 18), None)
    assert problem.code == "niss.birth_date"


def test_niss_gender_mismatch() -> None:
    [problem] = check_niss_consistency(MAN, BIRTH, "F")
    assert problem.code == "niss.gender"
    assert problem.params == {"niss_gender": "M", "gender": "F"}
    assert "man's number" in str(problem)
    woman = make_niss(BIRTH, 224)
    [problem] = check_niss_consistency(woman, BIRTH, "M")
    assert problem.params == {"niss_gender": "F", "gender": "M"}
    problems = check_niss_consistency(woman, date(1993, 5, 19), "M")
    assert [p.code for p in problems] == ["niss.birth_date", "niss.gender"]


def test_gender_x_is_never_inconsistent() -> None:
    assert check_niss_consistency(MAN, BIRTH, "X") == []
    assert check_niss_consistency(make_niss(BIRTH, 224), BIRTH, "X") == []


def test_bis_numbers() -> None:
    # Month + 40: gender known when the number was given, so the parity counts.
    known = _bis("934518223")
    assert check_niss_consistency(known, BIRTH, "M") == []
    assert [p.code for p in check_niss_consistency(known, BIRTH, "F")] == ["niss.gender"]
    # Month + 20: gender unknown when the number was given; the parity says nothing.
    unknown_gender = _bis("932518224")
    assert check_niss_consistency(unknown_gender, BIRTH, "M") == []
    assert check_niss_consistency(unknown_gender, BIRTH, "F") == []
    assert [p.code for p in check_niss_consistency(unknown_gender, date(1990, 1, 1), "M")] == [
        "niss.birth_date"
    ]
    # Birth date unknown in the number (month and day 00): any birth date is fine.
    assert check_niss_consistency(_bis("930000223"), date(1993, 7, 1), "M") == []
    assert check_niss_consistency(_bis("934000223"), date(1993, 7, 1), "M") == []


def test_invalid_niss_raises() -> None:
    with pytest.raises(InvalidIdentifier) as info:
        check_niss_consistency("93051822360", BIRTH, "M")
    assert info.value.code == "niss.checksum"


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(1, 997),
    st.sampled_from(["M", "F", "X", None]),
)
def test_generated_numbers_are_consistent_with_their_data(
    birth: date, serial: int, gender: str | None
) -> None:
    niss = make_niss(birth, serial)
    problems = check_niss_consistency(niss, birth, gender)
    contradicts = gender in {"M", "F"} and (gender == "M") != (serial % 2 == 1)
    assert [p.code for p in problems] == (["niss.gender"] if contradicts else [])
