"""Ages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.people import age_on


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
