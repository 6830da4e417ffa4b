"""A typed date is read day first (the Belgian way) or as ISO, whatever the separator."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.dates import read_typed_date
from consultant_app.domain.errors import InvalidValue


@pytest.mark.parametrize(
    "text",
    ["6/9/2026", "06/09/2026", "06-09-2026", "6.9.26", "06.09.2026", "2026-09-06", " 6 9 2026 "],
)
def test_every_way_of_writing_the_sixth_of_september_is_read_day_first(text: str) -> None:
    assert read_typed_date(text) == date(2026, 9, 6)


def test_two_digit_years_are_of_this_century_up_to_69_and_of_the_last_from_70() -> None:
    assert read_typed_date("1/2/69") == date(2069, 2, 1)
    assert read_typed_date("1/2/70") == date(1970, 2, 1)
    assert read_typed_date("18.5.99") == date(1999, 5, 18)


def test_empty_text_is_no_date() -> None:
    assert read_typed_date("  ") is None


@pytest.mark.parametrize(
    "text", ["31/02/2026", "2026-13-01", "6/9", "tomorrow", "6/9/2026x", "6//9/26"]
)
def test_text_that_is_no_date_of_the_calendar_is_refused_with_its_code(text: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        read_typed_date(text)
    assert refused.value.code == "date.syntax"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_a_date_written_day_first_with_four_digits_or_iso_reads_back(day: date) -> None:
    assert read_typed_date(day.strftime("%d/%m/") + f"{day.year:04d}") == day
    assert read_typed_date(day.isoformat()) == day
    assert read_typed_date(f"{day.day}.{day.month}.{day.year:04d}") == day
