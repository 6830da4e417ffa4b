"""The counts of the start screen, and this year's figures beside last year's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Exists, and_, exists, func, or_, select

from consultant_app.domain.enums import EvaluationStage, InternshipStatus
from consultant_app.domain.period import Period
from consultant_app.services.figures.annual import YearFigures, annual_figures
from consultant_app.store import models
from consultant_app.store.core import core
from consultant_app.store.database import Database

Evaluation = core(models.Evaluation)
Internship = core(models.Internship)
Visit = core(models.Visit)

_SUNDAY = 6


@dataclass(frozen=True)
class DashboardCounts:
    """What needs the consultant's attention."""

    #: Internships with status running.
    running: int
    #: Internships awaiting signatures.
    awaiting_signatures: int
    #: Draft internships.
    drafts: int
    #: Visits not done, planned from today to Sunday of this week.
    visits_due_this_week: int
    #: Visits not done and planned before today.
    visits_overdue: int
    #: Final evaluations missing (completed or terminated) plus mid-term evaluations
    #: missing (running internships past their midpoint).
    evaluations_missing: int


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week of *day*."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=_SUNDAY)


def _has_evaluation(stage: EvaluationStage) -> Exists:
    return exists().where(
        Evaluation.internship_id == Internship.id,
        Evaluation.stage == stage,
        Evaluation.deleted_at.is_(None),
    )


def evaluation_missing(day: date) -> ColumnElement[bool]:
    """Internships whose evaluation is due on *day* and not entered.

    The final evaluation of a completed or terminated internship; the mid-term
    evaluation of a running internship whose mid-point working day lies before
    *day*. The dashboard counts these and the Internships list filters on them.
    """
    end = func.coalesce(Internship.actual_end_date, Internship.planned_end_date)
    return or_(
        and_(
            Internship.status.in_([InternshipStatus.COMPLETED, InternshipStatus.TERMINATED]),
            ~_has_evaluation(EvaluationStage.FINAL),
        ),
        and_(
            Internship.status == InternshipStatus.RUNNING,
            Internship.start_date < day,
            func.midpoint_working_day(Internship.start_date, end) < day.isoformat(),
            ~_has_evaluation(EvaluationStage.MIDTERM),
        ),
    )


def dashboard_counts(database: Database, today: date | None = None) -> DashboardCounts:
    """The dashboard counts as of *today* (default: the real today).

    Visits count only when neither they nor their internship are deleted and the
    internship is not cancelled. A mid-term evaluation is missing when a running
    internship's mid-point working day lies before *today*.
    """
    day = today or date.today()
    _monday, sunday = week_of(day)
    live = Internship.deleted_at.is_(None)
    by_status = select(Internship.status, func.count()).where(live).group_by(Internship.status)
    open_visit = and_(
        Visit.deleted_at.is_(None),
        Visit.done_on.is_(None),
        live,
        Internship.status != InternshipStatus.CANCELLED,
    )
    visits = select(
        func.count().filter(and_(Visit.planned_on >= day, Visit.planned_on <= sunday)),
        func.count().filter(Visit.planned_on < day),
    ).select_from(Visit.__table__.join(Internship, Internship.id == Visit.internship_id))
    visits = visits.where(open_visit)
    missing = select(func.count()).select_from(Internship).where(live, evaluation_missing(day))
    with database.engine.connect() as connection:
        statuses = {status: int(n) for status, n in connection.execute(by_status)}
        due, overdue = connection.execute(visits).one()
        evaluations = int(connection.execute(missing).scalar_one())
    return DashboardCounts(
        running=statuses.get(InternshipStatus.RUNNING, 0),
        awaiting_signatures=statuses.get(InternshipStatus.AWAITING_SIGNATURES, 0),
        drafts=statuses.get(InternshipStatus.DRAFT, 0),
        visits_due_this_week=int(due or 0),
        visits_overdue=int(overdue or 0),
        evaluations_missing=evaluations,
    )


def compare_years(database: Database, year: int) -> tuple[YearFigures, YearFigures]:
    """The figures of *year* and of the year before (NL, FR and total), as the reports count."""
    columns = annual_figures(database, Period.year(year), years=2).years
    return columns[-1], columns[0]
