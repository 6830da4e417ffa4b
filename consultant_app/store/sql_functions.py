"""Deterministic SQL functions of the domain, registered on every SQLite connection.

The lists filter on figures the domain computes (working days of internships)
without loading rows into Python: the SQL calls the domain's own closed
formulas, so a figure never differs between a list and a form.

``working_days(start, end)``
    Monday-to-Friday days from *start* to *end*, both included (0 when *end*
    precedes *start*), as :func:`consultant_app.domain.workdays.working_days`.
``working_days(start, end, breaks)``
    The same without the interruptions in *breaks*: ``first/last`` pairs of ISO
    dates separated by commas, as ``group_concat(start_date || '/' || end_date)``
    builds them; overlapping interruptions are not subtracted twice.

``midpoint_working_day(start, end)``
    The ISO date of the working day half-way through, as
    :func:`consultant_app.domain.workdays.midpoint_working_day` (NULL when there
    is no working day).

Dates are the ISO text (``YYYY-MM-DD``) SQLite stores; a NULL date gives NULL.
This module imports only the domain.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from consultant_app.domain.workdays import midpoint_working_day, working_days

#: Separator of two interruptions, and of the first and last day of one, in *breaks*.
BREAK_SEPARATOR = ","
DAY_SEPARATOR = "/"
#: Results kept: a list adds up the days of tens of thousands of internships, most of
#: them with dates some other internship has too.
_CACHED_RESULTS = 1 << 15


def _day(value: str | date) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def parse_breaks(breaks: str | None) -> list[tuple[date, date]]:
    """The ``(first, last)`` pairs of a *breaks* text (empty for NULL or "")."""
    if not breaks:
        return []
    pairs = []
    for item in breaks.split(BREAK_SEPARATOR):
        first, _separator, last = item.partition(DAY_SEPARATOR)
        pairs.append((_day(first), _day(last)))
    return pairs


@lru_cache(maxsize=_CACHED_RESULTS)
def sql_working_days(start: str | None, end: str | None, breaks: str | None = None) -> int | None:
    """``working_days(start, end[, breaks])`` of SQL (see the module docstring).

    Deterministic, so its results are cached: calling Python from SQL costs more
    than looking one up.
    """
    if start is None or end is None:
        return None
    return working_days(_day(start), _day(end), parse_breaks(breaks))


@lru_cache(maxsize=_CACHED_RESULTS)
def sql_midpoint_working_day(start: str | None, end: str | None) -> str | None:
    """``midpoint_working_day(start, end)`` of SQL (see the module docstring)."""
    if start is None or end is None:
        return None
    try:
        return midpoint_working_day(_day(start), _day(end)).isoformat()
    except ValueError:  # no working day at all
        return None


#: SQL name -> (number of arguments, Python function); each one is deterministic.
FUNCTIONS: tuple[tuple[str, int, Any], ...] = (
    ("working_days", 2, sql_working_days),
    ("working_days", 3, sql_working_days),
    ("midpoint_working_day", 2, sql_midpoint_working_day),
)


def register(dbapi_connection: Any) -> None:
    """Register :data:`FUNCTIONS` on a ``sqlite3`` connection."""
    for name, arguments, function in FUNCTIONS:
        dbapi_connection.create_function(name, arguments, function, deterministic=True)
