"""Matching the internships of an import's rows with the stored ones, by reference, and the
values each row wants for its internship.

An empty optional cell never clears a stored value: a new internship without
status gets one from its dates (ended before today: completed; starting after
today: signed; else running) while a stored internship keeps its own; likewise
for the mentor (unless the host changes), the consultant and the convention
language (new internships: the host's language role, for a bilingual host the
intern's language when Dutch or French, else Dutch, as the wizard proposes).
The actual end is the termination date of a terminated internship, else
none; a stored completed internship that already ends on the row's end date
keeps its dates (see :func:`end_dates`). A deleted internship's reference is
refused.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.languages import convention_language
from consultant_app.domain.references import format_reference, parse_reference
from consultant_app.services.exchange.parse import ParsedRow, RowProblem
from consultant_app.services.exchange.planned import Planned
from consultant_app.store.models import Internship, Interruption

INTERNSHIP_COLUMNS = (
    "intern_id",
    "host_id",
    "mentor_id",
    "consultant_id",
    "function_id",
    "status",
    "start_date",
    "planned_end_date",
    "actual_end_date",
    "convention_language",
)


def canonical_reference(text: str) -> str:
    try:
        return format_reference(*parse_reference(text))
    except ValueError:
        return text.strip().upper()


def derived_status(start: date, end: date, today: date) -> InternshipStatus:
    if end < today:
        return InternshipStatus.COMPLETED
    if start > today:
        return InternshipStatus.SIGNED
    return InternshipStatus.RUNNING


def end_dates(
    status: InternshipStatus, row: ParsedRow, stored: dict[str, Any] | None
) -> tuple[date, date | None]:
    """The planned and actual end of the row's internship.

    A terminated internship ends on ``terminated_on`` (a stored one keeps its
    actual end when the cell is empty). A completed internship ends on the end
    date; when the stored one already ends that day (its actual end, else its
    planned end) its dates are kept as they are. Any other has no actual end.
    """
    if status is InternshipStatus.TERMINATED:
        if row.terminated_on is not None or stored is None:
            return row.end_date, row.terminated_on
        return row.end_date, stored["actual_end_date"]
    if (
        status is InternshipStatus.COMPLETED
        and stored is not None
        and (stored["actual_end_date"] or stored["planned_end_date"]) == row.end_date
    ):
        return stored["planned_end_date"], stored["actual_end_date"]
    return row.end_date, None


class Internships:
    """The live internships by reference, the references of deleted ones, and the
    interruptions of the live ones."""

    def __init__(self, session: Session, today: date) -> None:
        self.today = today
        self.by_reference: dict[str, Planned] = {}
        self.deleted_references: set[str] = set()
        statement = select(
            Internship.id,
            Internship.reference,
            Internship.deleted_at,
            *(getattr(Internship, name) for name in INTERNSHIP_COLUMNS),
        )
        for row in session.execute(statement):
            key = canonical_reference(row[1])
            if row[2] is not None:
                self.deleted_references.add(key)
                continue
            values = dict(zip(INTERNSHIP_COLUMNS, row[3:], strict=True))
            self.by_reference[key] = Planned("internship", row[0], values, dict(values))
        self.breaks: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
        statement = (
            select(Interruption.internship_id, Interruption.start_date, Interruption.end_date)
            .join(Internship, Internship.id == Interruption.internship_id)
            .where(Interruption.deleted_at.is_(None), Internship.deleted_at.is_(None))
        )
        for internship_id, first, last in session.execute(statement):
            self.breaks[internship_id].append((first, last))

    def refusal(self, row: ParsedRow) -> RowProblem | None:
        """Why *row* cannot be imported (its internship was deleted), or ``None``."""
        if row.reference not in self.deleted_references:
            return None
        return RowProblem(
            row.line,
            "reference",
            "reference.deleted",
            f"The internship {row.reference} was deleted in the application; "
            "an import does not bring it back. Give the row another reference.",
        )

    def match(
        self,
        row: ParsedRow,
        intern: Planned,
        host: Planned,
        function: Planned,
        mentor: Planned | None,
        consultant: Planned | None,
    ) -> Planned:
        """The internship of *row*, stored or new, with the values the row wants."""
        stored = self.by_reference.get(row.reference)
        current = None if stored is None else stored.current
        if row.status is not None:
            status = row.status
        elif current is not None:
            status = current["status"]
        else:
            status = derived_status(row.start_date, row.end_date, self.today)
        if mentor is not None:
            mentor_id: uuid.UUID | None = mentor.id
        elif current is not None and current["host_id"] == host.id:
            mentor_id = current["mentor_id"]
        else:
            mentor_id = None
        if consultant is not None:
            consultant_id: uuid.UUID | None = consultant.id
        else:
            consultant_id = None if current is None else current["consultant_id"]
        if row.convention_language is not None:
            language = row.convention_language
        elif current is not None:
            language = current["convention_language"]
        else:
            language = convention_language(row.host_language, row.intern_language)
        planned_end, actual_end = end_dates(status, row, current)
        desired: dict[str, Any] = {
            "intern_id": intern.id,
            "host_id": host.id,
            "mentor_id": mentor_id,
            "consultant_id": consultant_id,
            "function_id": function.id,
            "status": status,
            "start_date": row.start_date,
            "planned_end_date": planned_end,
            "actual_end_date": actual_end,
            "convention_language": language,
        }
        if stored is not None:
            stored.desired = desired
            return stored
        desired |= {
            "reference": row.reference,
            "convention_version": 1,
            "no_replacement_declared": False,
        }
        return Planned("internship", uuid.uuid4(), None, desired)
