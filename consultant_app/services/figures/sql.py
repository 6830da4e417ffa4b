"""The SQL of the yearly figures: every count is a ``GROUP BY`` in SQLite, no row per internship.

Working days are computed in SQL by the closed formula of
:func:`consultant_app.domain.workdays.count_weekdays`: with ``ordinal`` the
proleptic day number (``date.toordinal``; day 1, 0001-01-01, is a Monday), the
weekdays among days ``1..n`` are ``(n // 7) * 5 + min(n % 7, 5)``, and those
from *first* to *last* are the difference of two such counts. An internship
with live interruptions goes through the registered SQL function
``working_days(first, last, breaks)`` instead (the domain's own
:func:`~consultant_app.domain.workdays.working_days`, see
:mod:`consultant_app.store.sql_functions`), which merges overlapping
interruptions. Clipping *first* and *last* to a period is the same as
``working_days(..., within=period)``.

Dates are compared as the ISO text SQLite stores (``YYYY-MM-DD``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.engine import Connection

from consultant_app.domain.enums import COUNTED_STATUSES, InternshipStatus
from consultant_app.domain.period import Period
from consultant_app.domain.programme import DAYS_PER_WEEK, ProgrammeRules
from consultant_app.services.figures.model import FR, NL, OTHER
from consultant_app.services.lists.people import eligible_condition
from consultant_app.store import models
from consultant_app.store.core import core
from consultant_app.store.sql_functions import BREAK_SEPARATOR, DAY_SEPARATOR

Cluster = core(models.Cluster)
Function = core(models.Function)
Host = core(models.Host)
Intern = core(models.Intern)
Internship = core(models.Internship)
Interruption = core(models.Interruption)

Expr = ColumnElement[Any]

#: ``date.toordinal()`` of a day is ``CAST(julianday(day) AS INTEGER) - _JULIAN_OFFSET``.
_JULIAN_OFFSET = 1_721_424
_CALENDAR_DAYS_PER_WEEK = 7
_COUNTED = sorted(COUNTED_STATUSES)


def iso(column: Any) -> Expr:
    """A date column as its stored ISO text (no conversion to ``date`` per row)."""
    return type_coerce(column, String)


def text_day(day: date) -> Expr:
    return literal(day.isoformat(), String)


def _ordinal(day: Expr) -> Expr:
    return cast(func.julianday(day), Integer) - _JULIAN_OFFSET


def _weekdays_up_to(ordinal: Expr) -> Expr:
    return (ordinal // _CALENDAR_DAYS_PER_WEEK) * DAYS_PER_WEEK + func.min(
        ordinal % _CALENDAR_DAYS_PER_WEEK, DAYS_PER_WEEK
    )


def weekdays(first: Expr, last: Expr) -> Expr:
    """SQL: weekdays from *first* to *last* (ISO text), both included; 0 when *last* < *first*.

    The closed formula of :func:`~consultant_app.domain.workdays.count_weekdays`.
    """
    return case(
        (last < first, 0),
        else_=_weekdays_up_to(_ordinal(last)) - _weekdays_up_to(_ordinal(first) - 1),
    )


def _end() -> Expr:
    """The internship's last day: the actual end, else the planned end."""
    return func.coalesce(iso(Internship.actual_end_date), iso(Internship.planned_end_date))


def _breaks() -> Any:
    """Subquery: ``internship_id, breaks`` of the internships with live interruptions."""
    return (
        select(
            Interruption.internship_id.label("internship_id"),
            func.group_concat(
                iso(Interruption.start_date) + literal(DAY_SEPARATOR) + iso(Interruption.end_date),
                BREAK_SEPARATOR,
            ).label("breaks"),
        )
        .where(Interruption.deleted_at.is_(None))
        .group_by(Interruption.internship_id)
        .subquery("breaks")
    )


def _days_within(period: Period, breaks: Expr) -> Expr:
    """Working days inside *period* of a counted internship (0 for other statuses)."""
    first = func.max(iso(Internship.start_date), text_day(period.start))
    last = func.min(_end(), text_day(period.end))
    days = case(
        (breaks.is_(None), weekdays(first, last)),
        else_=func.working_days(first, last, breaks),
    )
    counted = and_(
        Internship.status.in_(_COUNTED),
        iso(Internship.start_date) <= period.end.isoformat(),
        _end() >= period.start.isoformat(),
    )
    return case((counted, days), else_=0)


def _starts_in(period: Period) -> Expr:
    start = iso(Internship.start_date)
    return case(
        (and_(start >= period.start.isoformat(), start <= period.end.isoformat()), 1), else_=0
    )


def report_language() -> Expr:
    """SQL of :func:`consultant_app.services.figures.language.reporting_language`.

    The host's language role; for a bilingual host, NL when the convention is
    in Dutch, else FR.
    """
    role = iso(Host.language_role)
    return case(
        (role == NL, NL),
        (role == FR, FR),
        else_=case((iso(Internship.convention_language) == NL, NL), else_=FR),
    )


def _touching(span: Period) -> list[Expr]:
    """Live, not cancelled internships that start in *span* or count days in it."""
    start = iso(Internship.start_date)
    return [
        Internship.deleted_at.is_(None),
        iso(Internship.status) != InternshipStatus.CANCELLED.value,
        start <= span.end.isoformat(),
        or_(
            start >= span.start.isoformat(),
            and_(Internship.status.in_(_COUNTED), _end() >= span.start.isoformat()),
        ),
    ]


def _from_internships(statement: Select[Any], breaks: Any) -> Select[Any]:
    return statement.select_from(
        Internship.__table__.join(Host, Host.id == Internship.host_id).outerjoin(
            breaks, breaks.c.internship_id == Internship.id
        )
    )


def figure_rows(connection: Connection, period: Period) -> Sequence[Any]:
    """``(host id, name, joint committee, language, gender, cluster id, conventions, days)``.

    One row per host, report language, intern's gender and function cluster.
    Ids and codes are the stored text.
    """
    breaks = _breaks()
    language = report_language()
    keys = (
        iso(Host.id),
        Host.name,
        iso(Host.joint_committee),
        language,
        iso(Intern.gender),
        iso(Function.cluster_id),
    )
    statement = select(
        *keys,
        func.sum(_starts_in(period)),
        func.sum(_days_within(period, breaks.c.breaks)),
    ).select_from(
        Internship.__table__.join(Host, Host.id == Internship.host_id)
        .join(Intern, Intern.id == Internship.intern_id)
        .join(Function, Function.id == Internship.function_id)
        .outerjoin(breaks, breaks.c.internship_id == Internship.id)
    )
    statement = statement.where(*_touching(period)).group_by(*keys)
    return connection.execute(statement).all()


def language_rows(connection: Connection, periods: Sequence[Period]) -> Sequence[Any]:
    """``(language, conventions, days of periods[0], conventions, days of periods[1], ...)``.

    One row per report language.
    """
    breaks = _breaks()
    language = report_language()
    sums: list[Expr] = []
    for period in periods:
        sums += [func.sum(_starts_in(period)), func.sum(_days_within(period, breaks.c.breaks))]
    span = Period(min(p.start for p in periods), max(p.end for p in periods))
    statement = _from_internships(select(language, *sums), breaks)
    statement = statement.where(*_touching(span)).group_by(language)
    return connection.execute(statement).all()


def cluster_rows(connection: Connection) -> Sequence[Any]:
    """``(cluster id, code, name nl, name fr, name en, deleted)`` in the catalogue's order."""
    statement = select(
        iso(Cluster.id),
        Cluster.code,
        Cluster.name_nl,
        Cluster.name_fr,
        Cluster.name_en,
        Cluster.deleted_at.is_not(None),
    ).order_by(Cluster.position, Cluster.code)
    return connection.execute(statement).all()


def candidate_rows(connection: Connection, day: date, rules: ProgrammeRules) -> Sequence[Any]:
    """``(registration year, language, interns, eligible)`` of the live interns registered by *day*.

    The year is ``None`` for the interns without a registration date. *eligible*
    counts those eligible on *day* by the Interns list's filter
    (:func:`consultant_app.services.lists.people.eligible_condition`: age limit,
    job-seeker registration, weeks left).
    """
    registered = iso(Intern.registered_on)
    year = func.substr(registered, 1, 4)
    language = case((iso(Intern.language) == NL, NL), (iso(Intern.language) == FR, FR), else_=OTHER)
    eligible = case((eligible_condition(day, rules), 1), else_=0)
    statement = (
        select(year, language, func.count(), func.sum(eligible))
        .where(
            Intern.deleted_at.is_(None),
            or_(Intern.registered_on.is_(None), registered <= day.isoformat()),
        )
        .group_by(year, language)
        .order_by(year)
    )
    return connection.execute(statement).all()
