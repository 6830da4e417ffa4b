"""Working days (Monday to Friday) of internships.

:func:`working_days` is the one function every screen and report uses to count
the days of an internship, so that a figure never differs between two places.
All counts are closed formulas: no day-by-day loops, because the yearly figures
run over every internship in the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from consultant_app.domain.period import Period
from consultant_app.domain.programme import DAYS_PER_WEEK

#: Calendar days in a week (as opposed to working days, ``DAYS_PER_WEEK``).
_CALENDAR_DAYS_PER_WEEK = 7


def is_working_day(day: date) -> bool:
    """Whether *day* is a Monday to Friday."""
    return day.weekday() < DAYS_PER_WEEK


def _weekdays_up_to(ordinal: int) -> int:
    """Weekdays among the proleptic ordinals ``1..ordinal`` (ordinal 1, 0001-01-01, is a Monday)."""
    weeks, rest = divmod(ordinal, _CALENDAR_DAYS_PER_WEEK)
    return weeks * DAYS_PER_WEEK + min(rest, DAYS_PER_WEEK)


def count_weekdays(start: date, end: date) -> int:
    """Monday-to-Friday days from *start* to *end*, both included; 0 when ``end < start``."""
    if end < start:
        return 0
    return _weekdays_up_to(end.toordinal()) - _weekdays_up_to(start.toordinal() - 1)


def _merged(
    intervals: Iterable[tuple[date, date]], lower: date, upper: date
) -> list[tuple[date, date]]:
    """Clip *intervals* to ``[lower, upper]`` and merge overlapping or adjacent ones.

    Empty intervals (end before start, or entirely outside the bounds) are dropped.
    """
    clipped = sorted(
        (max(a, lower), min(b, upper))
        for a, b in intervals
        if not (b < a or b < lower or a > upper)
    )
    merged: list[tuple[date, date]] = []
    for a, b in clipped:
        if merged and a <= merged[-1][1] + timedelta(days=1):
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def working_days(
    start: date,
    end: date,
    interruptions: Iterable[tuple[date, date]] = (),
    within: Period | None = None,
) -> int:
    """Working days of an internship from *start* to *end* (both included).

    Weekdays covered by *interruptions* (``(first_day, last_day)`` pairs, both
    included) are not counted. Interruptions may overlap each other or reach
    outside the internship; a day is never subtracted twice. An interruption
    whose last day precedes its first day is ignored.

    When *within* is given, only days inside that period count (e.g.
    ``within=Period.year(2021)`` for the 2021 figures of an internship that
    spans New Year).
    """
    lower, upper = start, end
    if within is not None:
        lower, upper = max(lower, within.start), min(upper, within.end)
    if upper < lower:
        return 0
    total = count_weekdays(lower, upper)
    for a, b in _merged(interruptions, lower, upper):
        total -= count_weekdays(a, b)
    return total


def weeks_from_days(days: int) -> float:
    """Internship weeks for a number of working days."""
    return days / DAYS_PER_WEEK


def next_working_day(day: date) -> date:
    """*day* itself when it is a weekday, otherwise the following Monday."""
    weekday = day.weekday()
    if weekday < DAYS_PER_WEEK:
        return day
    return day + timedelta(days=_CALENDAR_DAYS_PER_WEEK - weekday)


def add_working_days(start: date, n: int) -> date:
    """The date of the *n*-th working day, counting from *start*.

    *start* is day 1 when it is a weekday; when it falls on a weekend, the
    Monday after it is day 1. ``add_working_days(start, weeks * DAYS_PER_WEEK)``
    is the planned last day of an internship of *weeks* weeks.
    """
    if n < 1:
        raise ValueError(f"The number of working days must be at least 1; got {n}.")
    first = next_working_day(start)
    offset = first.weekday() + n - 1  # working days after the Monday of that week
    weeks, rest = divmod(offset, DAYS_PER_WEEK)
    monday = first - timedelta(days=first.weekday())
    return monday + timedelta(days=weeks * _CALENDAR_DAYS_PER_WEEK + rest)


def midpoint_working_day(start: date, end: date) -> date:
    """The working day halfway through ``[start, end]``, to propose the mid-term visit.

    With *n* working days it is working day ``ceil(n / 2)``: the 33rd of 65, the
    30th of 60. Raises :class:`ValueError` when the period has no working day.
    """
    total = count_weekdays(start, end)
    if total == 0:
        raise ValueError(f"There is no working day from {start.isoformat()} to {end.isoformat()}.")
    return add_working_days(start, (total + 1) // 2)
