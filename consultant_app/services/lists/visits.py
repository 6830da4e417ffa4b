"""The list of visits."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import FromClause, and_, case, func, literal, select
from sqlalchemy.sql import Executable

from consultant_app.domain.enums import InternshipStatus, VisitKind, VisitMode

from .base import (
    Column,
    Expr,
    Host,
    Intern,
    Internship,
    ListQuery,
    ListSource,
    Visit,
    detail_pairs,
    enum_codes,
    joined,
    person_name,
)
from .internships import INTERNSHIP_STATUSES

# --- visits --------------------------------------------------------------------------

#: "due" is what a consultant has to do now: overdue, or planned before next month.
VISIT_STATES = ("due", "upcoming", "overdue", "done")


def next_month(day: date) -> date:
    """The first day of the month after *day*'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def visit_state(done_on: date | None, planned_on: date, today: date) -> str:
    """ "done" once done; "overdue" when planned before *today*; else "upcoming"."""
    if done_on is not None:
        return "done"
    return "overdue" if planned_on < today else "upcoming"


class VisitsSource(ListSource):
    """Visits of live, not cancelled internships; ``state`` is relative to ``query.today``."""

    name = "visits"
    model = Visit
    columns = (
        Column("planned_on", "date"),
        Column("kind", "enum"),
        Column("mode", "enum"),
        Column("reference"),
        Column("intern"),
        Column("host"),
        Column("done_on", "date"),
        Column("state", "enum"),
    )
    filters = {
        "state": VISIT_STATES,
        "internship_status": tuple(
            s for s in INTERNSHIP_STATUSES if s != InternshipStatus.CANCELLED.value
        ),
        "kind": enum_codes(VisitKind),
        "mode": enum_codes(VisitMode),
    }
    default_order = (("planned_on", False), ("reference", False))

    def _from(self, query: ListQuery) -> FromClause:
        return (
            Visit.__table__.join(Internship, Internship.id == Visit.internship_id)
            .outerjoin(Intern, Intern.id == Internship.intern_id)
            .outerjoin(Host, Host.id == Internship.host_id)
        )

    def _conditions(self, query: ListQuery) -> list[Expr]:
        return [
            Internship.deleted_at.is_(None),
            Internship.status != InternshipStatus.CANCELLED,
        ]

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        state = case(
            (Visit.done_on.is_not(None), literal("done")),
            (Visit.planned_on < query.day, literal("overdue")),
            else_=literal("upcoming"),
        )
        return {
            "planned_on": Visit.planned_on,
            "kind": Visit.kind,
            "mode": Visit.mode,
            "reference": Internship.reference,
            "intern": person_name(Intern.first_name, Intern.last_name, last_first=True),
            "host": Host.name,
            "done_on": Visit.done_on,
            "state": state,
        }

    def _order_by(self, query: ListQuery, expressions: dict[str, Expr]) -> list[Expr]:
        """The visits due are listed nearest to today first (until a column is sorted)."""
        terms = super()._order_by(query, expressions)
        if query.sort_key is None and query.filters.get("state") == "due":
            distance = func.abs(func.julianday(Visit.planned_on) - func.julianday(query.day))
            terms.insert(0, distance)
        return terms

    def _search_haystack(self) -> Expr:
        return joined(func.lower(Internship.reference), Intern.search_text, Host.search_text)

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        if key == "state":
            if value == "due":
                return and_(Visit.done_on.is_(None), Visit.planned_on < next_month(query.day))
            if value == "done":
                return Visit.done_on.is_not(None)
            if value == "overdue":
                return and_(Visit.done_on.is_(None), Visit.planned_on < query.day)
            return and_(Visit.done_on.is_(None), Visit.planned_on >= query.day)
        if key == "internship_status":
            return Internship.status == InternshipStatus(value)
        if key == "kind":
            return Visit.kind == VisitKind(value)
        return Visit.mode == VisitMode(value)

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        statement: Executable = (
            select(
                Internship.reference,
                person_name(Intern.first_name, Intern.last_name).label("intern"),
                Host.name.label("host"),
                Internship.status.label("internship_status"),
                Visit.kind,
                Visit.mode,
                Visit.planned_on,
                Visit.done_on,
                Visit.attendees,
                Visit.notes,
                Visit.action_points,
            )
            .select_from(self._from(ListQuery()))
            .where(Visit.id == record_id, *self._where(ListQuery()))
        )
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
        if record is None:
            return []
        state = visit_state(record["done_on"], record["planned_on"], date.today())
        return [
            *detail_pairs(
                (
                    "reference",
                    "intern",
                    "host",
                    "internship_status",
                    "kind",
                    "mode",
                    "planned_on",
                    "done_on",
                ),
                record,
            ),
            ("state", state),
            *detail_pairs(("attendees", "notes", "action_points"), record),
        ]
