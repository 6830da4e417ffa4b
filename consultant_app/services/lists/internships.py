"""The list of internships."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import FromClause, and_, func, select
from sqlalchemy.sql import Executable

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.figures import Figures
from consultant_app.domain.workdays import working_days
from consultant_app.store import models
from consultant_app.store.core import core_alias
from consultant_app.store.database import Database

from .base import (
    Column,
    Consultant,
    Expr,
    Function,
    Host,
    Intern,
    Internship,
    Interruption,
    ListQuery,
    ListSource,
    Visit,
    detail_pairs,
    enum_codes,
    joined,
    person_name,
    translated_name,
)

# --- internships ------------------------------------------------------------------

#: The values of the status filter: every status of an internship.
INTERNSHIP_STATUSES = enum_codes(InternshipStatus)

_YEAR_DIGITS = 4


class InternshipsSource(ListSource):
    name = "internships"
    model = Internship
    columns = (
        Column("reference"),
        Column("intern"),
        Column("host"),
        Column("function"),
        Column("status", "enum"),
        Column("start_date", "date"),
        Column("end_date", "date"),
        Column("consultant"),
    )
    #: The years offered are those of the data, read when the source is created.
    filters = {"status": INTERNSHIP_STATUSES, "year": (), "evaluation": ("missing",)}
    default_order = (("start_date", True), ("reference", False))

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.refresh_years()

    def refresh_years(self) -> None:
        """Offer the start years present in the data (newest first) in the year filter."""
        year = func.substr(Internship.start_date, 1, _YEAR_DIGITS)
        statement = (
            select(year).where(Internship.deleted_at.is_(None)).distinct().order_by(year.desc())
        )
        with self.database.engine.connect() as connection:
            years = tuple(str(y) for y in connection.execute(statement).scalars())
        # An instance-level copy: the class keeps the static choices.
        self.filters = {**type(self).filters, "year": years}  # type: ignore[misc]

    def _check_filter_value(self, key: str, value: str) -> None:
        if key == "year":  # any year may be asked, even one without internships
            if not (len(value) == _YEAR_DIGITS and value.isdigit() and int(value) > 0):
                raise ValueError(
                    f"The year filter of the internships list takes a year such as 2021; "
                    f"got {value!r}."
                )
            return
        super()._check_filter_value(key, value)

    def _from(self, query: ListQuery) -> FromClause:
        return (
            Internship.__table__.outerjoin(Intern, Intern.id == Internship.intern_id)
            .outerjoin(Host, Host.id == Internship.host_id)
            .outerjoin(Function, Function.id == Internship.function_id)
            .outerjoin(Consultant, Consultant.id == Internship.consultant_id)
        )

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        return {
            "reference": Internship.reference,
            "intern": person_name(Intern.first_name, Intern.last_name, last_first=True),
            "host": Host.name,
            "function": translated_name(Function, query.language),
            "status": Internship.status,
            "start_date": Internship.start_date,
            "end_date": func.coalesce(Internship.actual_end_date, Internship.planned_end_date),
            "consultant": person_name(Consultant.first_name, Consultant.last_name),
        }

    def _search_haystack(self) -> Expr:
        return joined(func.lower(Internship.reference), Intern.search_text, Host.search_text)

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        if key == "status":
            return Internship.status == InternshipStatus(value)
        if key == "evaluation":
            from consultant_app.services.figures.dashboard import evaluation_missing

            return evaluation_missing(query.day)
        year = int(value)
        return and_(
            Internship.start_date >= date(year, 1, 1), Internship.start_date <= date(year, 12, 31)
        )

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        mentor = core_alias(models.Mentor)
        cluster = core_alias(models.Cluster)
        statement: Executable = (
            select(
                Internship.reference,
                Internship.status,
                person_name(Intern.first_name, Intern.last_name).label("intern"),
                Intern.birth_date,
                Host.name.label("host"),
                person_name(mentor.first_name, mentor.last_name).label("mentor"),
                person_name(Consultant.first_name, Consultant.last_name).label("consultant"),
                translated_name(Function, language).label("function"),
                translated_name(cluster, language).label("cluster"),
                Internship.start_date,
                Internship.planned_end_date,
                Internship.actual_end_date,
                Internship.convention_language,
                Internship.hours_per_week,
                Internship.workplace,
                Internship.objectives,
                Internship.termination_reason,
            )
            .select_from(
                Internship.__table__.outerjoin(Intern, Intern.id == Internship.intern_id)
                .outerjoin(Host, Host.id == Internship.host_id)
                .outerjoin(mentor, mentor.id == Internship.mentor_id)
                .outerjoin(Consultant, Consultant.id == Internship.consultant_id)
                .outerjoin(Function, Function.id == Internship.function_id)
                .outerjoin(cluster, cluster.id == Function.cluster_id)
            )
            .where(Internship.id == record_id, Internship.deleted_at.is_(None))
        )
        interruptions = select(Interruption.start_date, Interruption.end_date).where(
            Interruption.internship_id == record_id, Interruption.deleted_at.is_(None)
        )
        visits = select(
            func.count(Visit.done_on).label("done"), func.count(Visit.id).label("planned")
        ).where(Visit.internship_id == record_id, Visit.deleted_at.is_(None))
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
            if record is None:
                return []
            breaks = [(a, b) for a, b in connection.execute(interruptions)]
            done, planned = connection.execute(visits).one()
        end = record["actual_end_date"] or record["planned_end_date"]
        days = working_days(record["start_date"], end, breaks)
        result = detail_pairs(
            (
                "reference",
                "status",
                "intern",
                "birth_date",
                "host",
                "mentor",
                "consultant",
                "function",
                "cluster",
                "start_date",
                "planned_end_date",
                "actual_end_date",
            ),
            record,
        )
        result += [("working_days", days), ("weeks", Figures(0, days).weeks)]
        result += detail_pairs(
            (
                "convention_language",
                "hours_per_week",
                "workplace",
                "objectives",
                "termination_reason",
            ),
            record,
        )
        result += [("visits_done", int(done)), ("visits_planned", int(planned))]
        return result
