"""Working days: closed formulas checked against a day-by-day count."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_app.domain.period import Period
from consultant_app.domain.programme import DAYS_PER_WEEK
from consultant_app.domain.workdays import (
    add_working_days,
    count_weekdays,
    midpoint_working_day,
    next_working_day,
    weeks_from_days,
    working_days,
)

DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
SPANS = st.integers(min_value=-10, max_value=800)


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def brute_weekdays(start: date, end: date) -> int:
    return sum(1 for d in _days(start, end) if d.weekday() < 5)


def brute_working_days(
    start: date,
    end: date,
    interruptions: list[tuple[date, date]],
    within: Period | None = None,
) -> int:
    count = 0
    for d in _days(start, end):
        if d.weekday() >= 5:
            continue
        if within is not None and not (within.start <= d <= within.end):
            continue
        if any(a <= d <= b for a, b in interruptions):
            continue
        count += 1
    return count


@st.composite
def interval_near(draw: st.DrawFn, around: date) -> tuple[date, date]:
    a = around + timedelta(days=draw(st.integers(-60, 400)))
    b = a + timedelta(days=draw(st.integers(-3, 120)))
    return a, b


# --- Period -----------------------------------------------------------------


def test_period_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2021, 5, 2), date(2021, 5, 1))


def test_period_year_contains_intersection_days() -> None:
    y2020 = Period.year(2020)
    assert y2020 == Period(date(2020, 1, 1), date(2020, 12, 31))
    assert y2020.days() == 366
    assert Period.year(2021).days() == 365
    assert date(2020, 2, 29) in y2020
    assert date(2021, 1, 1) not in y2020
    assert Period(date(2020, 3, 1), date(2020, 3, 1)).days() == 1
    span = Period(date(2020, 11, 16), date(2021, 2, 12))
    assert span.intersection(y2020) == Period(date(2020, 11, 16), date(2020, 12, 31))
    assert span.intersection(Period.year(2022)) is None
    assert span.overlaps(Period.year(2021))
    assert not span.overlaps(Period.year(2019))


# --- count_weekdays ---------------------------------------------------------


def test_count_weekdays_known_values() -> None:
    # Monday 4 January 2021 to Friday 8 January 2021.
    assert count_weekdays(date(2021, 1, 4), date(2021, 1, 8)) == 5
    assert count_weekdays(date(2021, 1, 4), date(2021, 1, 10)) == 5
    assert count_weekdays(date(2021, 1, 9), date(2021, 1, 10)) == 0  # a weekend
    assert count_weekdays(date(2021, 1, 8), date(2021, 1, 11)) == 2  # Fri..Mon
    assert count_weekdays(date(2021, 1, 6), date(2021, 1, 6)) == 1
    assert count_weekdays(date(2021, 1, 8), date(2021, 1, 4)) == 0  # reversed
    assert count_weekdays(date(2021, 1, 1), date(2021, 12, 31)) == 261
    assert count_weekdays(date(2020, 1, 1), date(2020, 12, 31)) == 262
    assert count_weekdays(date.min, date.max) == brute_weekdays_fast_total()


def brute_weekdays_fast_total() -> int:
    # date.min is a Monday; whole weeks plus the tail, checked independently.
    total_days = (date.max - date.min).days + 1
    weeks, rest = divmod(total_days, 7)
    return weeks * 5 + min(rest, 5)


@given(DATES, SPANS)
def test_count_weekdays_matches_brute_force(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    assert count_weekdays(start, end) == brute_weekdays(start, end)


# --- working_days -----------------------------------------------------------


def test_working_days_without_interruptions_is_count_weekdays() -> None:
    # 13 weeks from Monday 1 March 2021.
    assert working_days(date(2021, 3, 1), date(2021, 5, 28)) == 13 * DAYS_PER_WEEK


def test_overlapping_interruptions_are_not_subtracted_twice() -> None:
    start, end = date(2021, 3, 1), date(2021, 3, 26)  # 20 working days
    sick = (date(2021, 3, 8), date(2021, 3, 12))  # 5 days
    overlapping = (date(2021, 3, 10), date(2021, 3, 16))  # adds Mon 15, Tue 16
    assert working_days(start, end, [sick, overlapping]) == 20 - 7
    assert working_days(start, end, [sick, sick, sick]) == 15


def test_interruption_sticking_out_is_clipped() -> None:
    start, end = date(2021, 3, 1), date(2021, 3, 26)
    before = (date(2021, 2, 1), date(2021, 3, 2))  # covers Mon 1, Tue 2
    after = (date(2021, 3, 25), date(2021, 4, 30))  # covers Thu 25, Fri 26
    assert working_days(start, end, [before, after]) == 16
    assert working_days(start, end, [(date(2020, 1, 1), date(2022, 1, 1))]) == 0
    # An interruption entirely outside changes nothing; a reversed one is ignored.
    assert working_days(start, end, [(date(2021, 6, 1), date(2021, 6, 30))]) == 20
    assert working_days(start, end, [(date(2021, 3, 12), date(2021, 3, 8))]) == 20


def test_new_year_internship_is_split_between_years() -> None:
    # Monday 14 December 2020 to Friday 5 March 2021: 12 weeks.
    start, end = date(2020, 12, 14), date(2021, 3, 5)
    christmas_break = [(date(2020, 12, 24), date(2021, 1, 3))]
    in_2020 = working_days(start, end, within=Period.year(2020))
    in_2021 = working_days(start, end, within=Period.year(2021))
    assert in_2020 == 14  # 14-18, 21-25 December, 28-31 December
    assert in_2021 == 46
    assert in_2020 + in_2021 == working_days(start, end) == 12 * DAYS_PER_WEEK
    # The break (Thu 24 Dec .. Sun 3 Jan) takes 6 days from 2020 and 1 from 2021.
    assert working_days(start, end, christmas_break, Period.year(2020)) == 8
    assert working_days(start, end, christmas_break, Period.year(2021)) == 45
    assert working_days(start, end, within=Period.year(2019)) == 0


@given(
    DATES,
    SPANS,
    st.data(),
    st.one_of(st.none(), st.integers(1989, 2042)),
)
def test_working_days_matches_brute_force(
    start: date, span: int, data: st.DataObject, year: int | None
) -> None:
    end = start + timedelta(days=span)
    interruptions = data.draw(st.lists(interval_near(start), max_size=6))
    within = Period.year(year) if year is not None else None
    expected = brute_working_days(start, end, interruptions, within)
    assert working_days(start, end, interruptions, within) == expected


@given(DATES, SPANS, st.data())
def test_years_add_up_to_the_whole(start: date, span: int, data: st.DataObject) -> None:
    end = start + timedelta(days=span)
    interruptions = data.draw(st.lists(interval_near(start), max_size=4))
    whole = working_days(start, end, interruptions)
    by_year = sum(
        working_days(start, end, interruptions, Period.year(y))
        for y in range(start.year, end.year + 1)
    )
    assert by_year == whole


def test_weeks_from_days() -> None:
    assert weeks_from_days(1880) == 376.0
    assert weeks_from_days(7) == 1.4


# --- add_working_days / midpoint -------------------------------------------


def test_add_working_days_known_values() -> None:
    monday = date(2021, 3, 1)
    assert add_working_days(monday, 1) == monday
    assert add_working_days(monday, 5) == date(2021, 3, 5)
    assert add_working_days(monday, 6) == date(2021, 3, 8)
    assert add_working_days(monday, 13 * DAYS_PER_WEEK) == date(2021, 5, 28)
    wednesday = date(2021, 3, 3)
    assert add_working_days(wednesday, 3) == date(2021, 3, 5)
    assert add_working_days(wednesday, 4) == date(2021, 3, 8)
    saturday = date(2021, 3, 6)
    assert add_working_days(saturday, 1) == date(2021, 3, 8)
    assert add_working_days(date(2021, 3, 7), 2) == date(2021, 3, 9)
    with pytest.raises(ValueError, match="at least 1"):
        add_working_days(monday, 0)


def test_next_working_day() -> None:
    assert next_working_day(date(2021, 3, 5)) == date(2021, 3, 5)
    assert next_working_day(date(2021, 3, 6)) == date(2021, 3, 8)
    assert next_working_day(date(2021, 3, 7)) == date(2021, 3, 8)


@given(DATES, st.integers(min_value=1, max_value=400))
def test_add_working_days_matches_brute_force(start: date, n: int) -> None:
    result = add_working_days(start, n)
    assert result.weekday() < 5
    assert count_weekdays(start, result) == n
    # Brute force: walk day by day.
    day, seen = start, 0
    while True:
        if day.weekday() < 5:
            seen += 1
            if seen == n:
                break
        day += timedelta(days=1)
    assert result == day


def test_midpoint_working_day() -> None:
    # 13 weeks from Monday 1 March 2021: the 33rd of 65 working days.
    assert midpoint_working_day(date(2021, 3, 1), date(2021, 5, 28)) == date(2021, 4, 14)
    # Two weeks: the 5th of 10 working days.
    assert midpoint_working_day(date(2021, 3, 1), date(2021, 3, 12)) == date(2021, 3, 5)
    assert midpoint_working_day(date(2021, 3, 3), date(2021, 3, 3)) == date(2021, 3, 3)
    with pytest.raises(ValueError, match="no working day"):
        midpoint_working_day(date(2021, 3, 6), date(2021, 3, 7))


@given(DATES, st.integers(0, 400))
def test_midpoint_splits_working_days_in_half(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    total = count_weekdays(start, end)
    if total == 0:
        return
    mid = midpoint_working_day(start, end)
    assert start <= mid <= end
    assert mid.weekday() < 5
    first_half = count_weekdays(start, mid)
    assert first_half == (total + 1) // 2
