"""The yearly figures the fund reports: conventions, working days, weeks and FTE by language.

One definition, used by the dashboard, the figures view and the printed report:

* **conventions** of a year are the internships whose start date lies in that
  year and whose status is signed or later (:data:`COUNTED_STATUSES`: signed,
  running, completed, terminated). Drafts, conventions awaiting signatures and
  cancelled internships are not concluded conventions.
* **days** of a year are, for every internship with a counted status, its
  :func:`working_days` from the start to the actual end (else the planned end),
  without its interruptions, limited to that year. An internship that spans
  New Year therefore counts in both years.
* weeks and FTE follow from the days (:class:`Figures`).

The language is the host's language role (NL or FR); for a bilingual host it is
the convention's language. A bilingual host's convention in another language
(English, German) is counted as FR, so that NL + FR is always the total.

Two Core queries read the needed columns and the interruptions; everything
else is closed-formula arithmetic in Python. No ORM object is built.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, String, func, select, type_coerce

from consultant_app.domain.enums import COUNTED_STATUSES, Language, LanguageRole
from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period
from consultant_app.domain.workdays import working_days
from consultant_app.store import models
from consultant_app.store.core import core
from consultant_app.store.database import Database

Host = core(models.Host)
Internship = core(models.Internship)
Interruption = core(models.Interruption)

NL = "NL"
FR = "FR"
TOTAL = "total"
#: Keys of one year's figures.
KEYS = (NL, FR, TOTAL)

YearlyFigures = dict[int, dict[str, Figures]]


@dataclass(frozen=True, slots=True)
class CountedInternship:
    """What the figures need of one internship."""

    start: date
    end: date
    language: str
    interruptions: tuple[tuple[date, date], ...] = ()


def reporting_language(role: LanguageRole | str, convention_language: Language | str) -> str:
    """NL or FR: the host's language role, or the convention's language for a bilingual host."""
    if role == LanguageRole.NL:
        return NL
    if role == LanguageRole.FR:
        return FR
    if role != LanguageRole.BILINGUAL:
        raise ValueError(f"Unknown language role {role!r}; expected NL, FR or BI.")
    return NL if convention_language == Language.NL else FR


def load_counted(database: Database, period: Period | None = None) -> list[CountedInternship]:
    """The live internships with a counted status, limited to those touching *period*."""
    end = func.coalesce(Internship.actual_end_date, Internship.planned_end_date)
    conditions: list[ColumnElement[bool]] = [
        Internship.deleted_at.is_(None),
        Internship.status.in_(sorted(COUNTED_STATUSES)),
    ]
    if period is not None:
        conditions += [Internship.start_date <= period.end, end >= period.start]
    # Ids and codes are read as the stored text: no UUID or enum object per row.
    internship_key = type_coerce(Internship.id, String)
    internships = (
        select(
            internship_key,
            Internship.start_date,
            end.label("end_date"),
            type_coerce(Host.language_role, String),
            type_coerce(Internship.convention_language, String),
        )
        .join(Host, Host.id == Internship.host_id)
        .where(*conditions)
    )
    interruptions = (
        select(internship_key, Interruption.start_date, Interruption.end_date)
        .join(Internship, Internship.id == Interruption.internship_id)
        .where(Interruption.deleted_at.is_(None), *conditions)
    )
    breaks: dict[str, list[tuple[date, date]]] = defaultdict(list)
    with database.engine.connect() as connection:
        rows = connection.execute(internships).all()
        for key, first, last in connection.execute(interruptions):
            breaks[key].append((first, last))
    return [
        CountedInternship(
            start,
            end_day,
            reporting_language(role, convention_language),
            tuple(breaks[key]) if key in breaks else (),
        )
        for key, start, end_day, role, convention_language in rows
    ]


def _figures_in(internship: CountedInternship, period: Period) -> Figures:
    conventions = 1 if internship.start in period else 0
    days = working_days(internship.start, internship.end, internship.interruptions, within=period)
    return Figures(conventions, days)


def compute_yearly(internships: Iterable[CountedInternship], years: Iterable[int]) -> YearlyFigures:
    """Figures per year and language of *internships* (pure computation)."""
    wanted = sorted(set(years))
    periods = {year: Period.year(year) for year in wanted}
    conventions = {year: dict.fromkeys((NL, FR), 0) for year in wanted}
    days = {year: dict.fromkeys((NL, FR), 0) for year in wanted}
    for internship in internships:
        first_year, language = internship.start.year, internship.language
        if first_year in conventions:
            conventions[first_year][language] += 1
        last_year = internship.end.year
        if last_year <= first_year:  # the usual case: no need to clip to the year
            if first_year in days:
                days[first_year][language] += working_days(
                    internship.start, internship.end, internship.interruptions
                )
            continue
        for year in range(first_year, last_year + 1):
            if year in days:
                days[year][language] += working_days(
                    internship.start, internship.end, internship.interruptions, periods[year]
                )
    result: YearlyFigures = {}
    for year in wanted:
        nl = Figures(conventions[year][NL], days[year][NL])
        fr = Figures(conventions[year][FR], days[year][FR])
        result[year] = {NL: nl, FR: fr, TOTAL: nl + fr}
    return result


def yearly_figures(
    database: Database, years: Iterable[int] | None = None, today: date | None = None
) -> YearlyFigures:
    """``{year: {"NL": Figures, "FR": Figures, "total": Figures}}``.

    *years* defaults to every year from the first internship's start to this
    year (the year of *today*).
    """
    this_year = (today or date.today()).year
    if years is None:
        first = _first_start(database)
        start_year = min(first.year, this_year) if first else this_year
        wanted = list(range(start_year, this_year + 1))
    else:
        wanted = sorted(set(years))
    if not wanted:
        return {}
    span = Period(date(wanted[0], 1, 1), date(wanted[-1], 12, 31))
    return compute_yearly(load_counted(database, span), wanted)


def _first_start(database: Database) -> date | None:
    statement = select(func.min(Internship.start_date)).where(
        Internship.deleted_at.is_(None), Internship.status.in_(sorted(COUNTED_STATUSES))
    )
    with database.engine.connect() as connection:
        value = connection.execute(statement).scalar_one_or_none()
    return value if isinstance(value, date) else None


def figures_for_period(database: Database, period: Period) -> Figures:
    """Conventions starting in *period* and working days inside it, all languages."""
    return sum(
        (_figures_in(internship, period) for internship in load_counted(database, period)),
        Figures(),
    )
