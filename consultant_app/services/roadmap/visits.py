"""Visits of an internship (kick-off meeting, mid-term visit, final interview) and its
follow-up log (conflicts, mediation, notes).

When an internship becomes signed, :func:`propose_visits` plans the three
visits it does not have yet: the kick-off on the start date, the mid-term visit
on the working day halfway, the final interview on the Monday of the last week.
The consultant then moves, adds, records or removes them with the visit form
(:data:`VISIT_FIELDS`).

Codes: those of :mod:`consultant_app.services.forms.parsing` (``required``,
``date.syntax``, ``date.future`` for a visit done after today,
``choice.unknown``, ``text.length``); ``required`` and ``choice.unknown`` for
a log entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import VisitKind, VisitMode
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.workdays import midpoint_working_day
from consultant_app.services.forms.parsing import (
    FieldError,
    FormReader,
    RecordNotFound,
    date_not_after,
    enum_parser,
    parse_date,
)
from consultant_app.services.internships.form import live_internship
from consultant_app.services.roadmap.common import cleaned_values, set_changed
from consultant_app.store.database import Database
from consultant_app.store.models import Internship, Visit, VisitLogEntry, utcnow

__all__ = [
    "LOG_KINDS",
    "VISIT_FIELDS",
    "VISIT_LABELS",
    "LogLine",
    "VisitLine",
    "add_log_entry",
    "load_log",
    "load_visits",
    "propose_visits",
    "remove_visit",
    "save_visit",
    "validate_visit",
]

VISIT_FIELDS: tuple[str, ...] = (
    "kind",
    "mode",
    "planned_on",
    "done_on",
    "attendees",
    "notes",
    "action_points",
)
VISIT_LABELS: dict[str, str] = {
    "kind": "Visit",
    "mode": "Mode",
    "planned_on": "Planned on",
    "done_on": "Done on",
    "attendees": "Attendees",
    "notes": "Notes",
    "action_points": "Action points",
}
#: Kinds of the follow-up log's entries.
LOG_KINDS: tuple[str, ...] = ("conflict", "mediation", "note")
_KIND_ORDER = {kind: index for index, kind in enumerate(VisitKind)}


@dataclass(frozen=True)
class VisitLine:
    id: uuid.UUID
    kind: VisitKind
    mode: VisitMode
    planned_on: date
    done_on: date | None
    attendees: str
    notes: str
    action_points: str


@dataclass(frozen=True)
class LogLine:
    id: uuid.UUID
    at: datetime
    author: str
    #: ``conflict``, ``mediation`` or ``note`` (see :data:`LOG_KINDS`).
    kind: str
    text: str


# --- proposed visits ----------------------------------------------------------------


def _proposed_dates(start: date, end: date) -> dict[VisitKind, date]:
    """Kick-off on *start*, mid-term halfway (working days), final on the last week's Monday."""
    try:
        midterm = midpoint_working_day(start, end)
    except ValueError:  # no working day at all: everything on the first day
        midterm = start
    last_monday = end - timedelta(days=end.weekday())
    return {
        VisitKind.KICKOFF: start,
        VisitKind.MIDTERM: midterm,
        VisitKind.FINAL: max(start, last_monday),
    }


def propose_visits(session: Session, internship: Internship) -> list[Visit]:
    """Plan (on site) the visits of kinds the internship has not planned yet; the new ones.

    Kick-off on the start date, mid-term visit on
    :func:`~consultant_app.domain.workdays.midpoint_working_day`, final
    interview on the Monday of the last week (not before the start). The
    caller commits.
    """
    planned = set(
        session.scalars(
            select(Visit.kind).where(
                Visit.internship_id == internship.id, Visit.deleted_at.is_(None)
            )
        )
    )
    visits = [
        Visit(
            id=uuid.uuid4(),
            internship_id=internship.id,
            kind=kind,
            mode=VisitMode.ON_SITE,
            planned_on=day,
        )
        for kind, day in _proposed_dates(internship.start_date, internship.end_date).items()
        if kind not in planned
    ]
    session.add_all(visits)
    return visits


# --- the visits ---------------------------------------------------------------------


def validate_visit(values: Mapping[str, str]) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the visit form and its errors (at most one per field).

    ``kind`` and ``planned_on`` are required; ``mode`` empty is on site;
    ``done_on`` may be before the planned day but not after today.
    """
    form = FormReader(values, VISIT_LABELS)
    form.read("kind", enum_parser(VisitKind), required=True)
    mode = form.read("mode", enum_parser(VisitMode))
    if mode is None and not form.has_error("mode"):
        form.cleaned["mode"] = VisitMode.ON_SITE
    form.read("planned_on", parse_date, required=True)
    form.read("done_on", date_not_after(date.today()))
    for name in ("attendees", "notes", "action_points"):
        form.text(name)
    return {name: form.cleaned.get(name) for name in VISIT_FIELDS}, form.errors


def _line(visit: Visit) -> VisitLine:
    return VisitLine(
        id=visit.id,
        kind=visit.kind,
        mode=visit.mode,
        planned_on=visit.planned_on,
        done_on=visit.done_on,
        attendees=visit.attendees or "",
        notes=visit.notes or "",
        action_points=visit.action_points or "",
    )


def load_visits(database: Database, internship_id: uuid.UUID) -> tuple[VisitLine, ...]:
    """The live visits of the internship by planned date; :class:`RecordNotFound` otherwise."""
    with database.unit_of_work() as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        visits = session.scalars(
            select(Visit).where(Visit.internship_id == internship.id, Visit.deleted_at.is_(None))
        ).all()
        ordered = sorted(
            visits, key=lambda v: (v.planned_on, _KIND_ORDER[v.kind], v.created_at, str(v.id))
        )
        return tuple(_line(visit) for visit in ordered)


def _live_visit(
    session: Session, visit_id: uuid.UUID, internship_id: uuid.UUID | None = None
) -> Visit:
    visit = session.get(Visit, visit_id)
    if (
        visit is None
        or visit.deleted_at is not None
        or (internship_id is not None and visit.internship_id != internship_id)
    ):
        raise RecordNotFound("visit", visit_id)
    return visit


def save_visit(
    database: Database,
    internship_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    visit_id: uuid.UUID | None = None,
    actor: str | None = None,
) -> uuid.UUID:
    """Create (no *visit_id*) or update a visit of the internship from the form; its id.

    Raises :class:`ValidationFailed` (nothing written) or :class:`RecordNotFound`
    (no live internship, or the visit is not one of its live visits).
    """
    cleaned = cleaned_values(validate_visit, values)
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        if visit_id is None:
            visit = Visit(id=uuid.uuid4(), internship_id=internship.id)
            session.add(visit)
        else:
            visit = _live_visit(session, visit_id, internship.id)
        for name in VISIT_FIELDS:
            set_changed(visit, name, cleaned[name])
        uow.commit()
        return visit.id


def remove_visit(database: Database, visit_id: uuid.UUID, *, actor: str | None = None) -> None:
    """Withdraw a visit (soft delete)."""
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        visit = _live_visit(session, visit_id)
        live_internship(session, visit.internship_id)
        visit.soft_delete()
        uow.commit()


# --- the follow-up log --------------------------------------------------------------


def add_log_entry(
    database: Database,
    internship_id: uuid.UUID,
    kind: str,
    text: str,
    *,
    actor: str | None = None,
) -> uuid.UUID:
    """Write an entry of the follow-up log, dated now and signed by the actor; its id.

    *kind* is one of :data:`LOG_KINDS` (``choice.unknown``); *text* is
    required (``required``).
    """
    what = (kind or "").strip().lower()
    if what not in LOG_KINDS:
        raise InvalidValue(
            f"{kind!r} is not one of {', '.join(LOG_KINDS)}.",
            "choice.unknown",
            {"value": kind, "choices": list(LOG_KINDS), "field": "kind"},
        )
    written = (text or "").strip()
    if not written:
        raise InvalidValue("The text of the entry is required.", "required", {"field": "text"})
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        entry = VisitLogEntry(
            id=uuid.uuid4(),
            internship_id=internship.id,
            at=utcnow(),
            author=uow.actor[:200],
            kind=what,
            text=written,
        )
        session.add(entry)
        uow.commit()
        return entry.id


def load_log(database: Database, internship_id: uuid.UUID) -> tuple[LogLine, ...]:
    """The live entries of the internship's follow-up log, newest first."""
    with database.unit_of_work() as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        entries = session.scalars(
            select(VisitLogEntry)
            .where(
                VisitLogEntry.internship_id == internship.id,
                VisitLogEntry.deleted_at.is_(None),
            )
            .order_by(VisitLogEntry.at.desc(), VisitLogEntry.created_at.desc())
        ).all()
        return tuple(LogLine(e.id, e.at, e.author, e.kind, e.text) for e in entries)
