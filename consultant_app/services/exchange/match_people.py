"""Matching the interns and the consultants of an import's rows with the stored ones.

An intern is matched by national number; else by first name, last name and
birth date (without accents or case), provided the national numbers do not
differ. A consultant is matched by full name and created when unknown.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.services.exchange.keys import name_key, search_key
from consultant_app.services.exchange.parse import ParsedRow, RowProblem, split_name
from consultant_app.services.exchange.planned import Planned, Resolution
from consultant_app.store.models import Consultant, Intern

INTERN_COLUMNS = (
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "language",
    "national_number",
    "email",
)


def intern_key(values: dict[str, Any]) -> tuple[str, str, date]:
    """The first name, last name and birth date an intern is matched by."""
    return (
        search_key(values["first_name"]),
        search_key(values["last_name"]),
        values["birth_date"],
    )


class Interns:
    """The live interns by national number and by name and birth date."""

    def __init__(self, session: Session, result: Resolution) -> None:
        self.result = result
        self.by_niss: dict[str, Planned] = {}
        self.by_id: dict[uuid.UUID, Planned] = {}
        self.by_name: dict[tuple[str, str, date], list[Planned]] = defaultdict(list)
        statement = (
            select(Intern.id, *(getattr(Intern, name) for name in INTERN_COLUMNS))
            .add_columns(Intern.municipality)
            .where(Intern.deleted_at.is_(None))
            .order_by(Intern.created_at, Intern.id)
        )
        for row in session.execute(statement):
            values = dict(zip(INTERN_COLUMNS, row[1:-1], strict=True))
            intern = Planned("intern", row[0], values, dict(values), {"municipality": row[-1]})
            self.by_id[intern.id] = intern
            niss = values["national_number"]
            if niss and niss not in self.by_niss:
                self.by_niss[niss] = intern
            self.by_name[intern_key(values)].append(intern)

    def conflict(self, row: ParsedRow, intern_id: uuid.UUID) -> RowProblem | None:
        """Why *row* cannot be about the stored intern *intern_id* (the intern of the
        internship its reference names), or ``None`` when it is the same person.

        The same person has the row's national number, or (when either has none)
        the row's first name, last name and birth date. An internship is never
        given to another person by an import.
        """
        stored = self.by_id.get(intern_id)
        niss = row.intern_national_number
        key = (
            search_key(row.intern_first_name),
            search_key(row.intern_last_name),
            row.intern_birth_date,
        )
        if stored is not None and stored.current is not None:
            stored_niss = stored.current["national_number"]
            if niss and stored_niss:
                if niss == stored_niss:
                    return None
            elif key in (intern_key(stored.current), intern_key(stored.desired)):
                return None
        return RowProblem(
            row.line,
            "reference",
            "reference.other_intern",
            f"The internship {row.reference} belongs to another intern in the database "
            "(other name and birth date, or another national number); an import never "
            "gives an internship to another person. Check the reference.",
        )

    def match(self, row: ParsedRow, index: int) -> Planned:
        """The intern of *row*, stored or new, with the row's values."""
        niss = row.intern_national_number
        wanted: dict[str, Any] = {
            "first_name": row.intern_first_name,
            "last_name": row.intern_last_name,
            "birth_date": row.intern_birth_date,
            "gender": row.intern_gender,
            "language": row.intern_language,
        }
        if niss is not None:
            wanted["national_number"] = niss
        if row.intern_email is not None:
            wanted["email"] = row.intern_email
        intern = self.by_niss.get(niss) if niss else None
        if intern is None:
            candidates = [
                c
                for c in self.by_name.get(intern_key(wanted), ())
                if niss is None or c.desired["national_number"] in (None, niss)
            ]
            if len(candidates) > 1:
                self.result.notices.append(
                    RowProblem(
                        row.line,
                        "intern_last_name",
                        "intern.ambiguous",
                        f"{len(candidates)} interns are named {row.intern_first_name} "
                        f"{row.intern_last_name} and born on {row.intern_birth_date.isoformat()}; "
                        "the row is linked to the first one registered.",
                    )
                )
            intern = candidates[0] if candidates else None
        if intern is None:
            desired = dict.fromkeys(INTERN_COLUMNS) | wanted
            intern = Planned("intern", uuid.uuid4(), None, desired)
        self.result.note_conflict(intern, wanted, row.line, "intern")
        old_key = intern_key(intern.desired)
        intern.desired.update(wanted)
        key = intern_key(intern.desired)
        if (intern.is_new and intern.first_row is None) or key != old_key:
            bucket = self.by_name[key]
            if intern not in bucket:
                bucket.append(intern)
        if niss:
            self.by_niss.setdefault(niss, intern)
        return self.result.use(intern, index)


class Consultants:
    """The live consultants by full name."""

    def __init__(self, session: Session, result: Resolution) -> None:
        self.result = result
        self.by_name: dict[str, Planned] = {}
        statement = (
            select(Consultant.id, Consultant.first_name, Consultant.last_name)
            .where(Consultant.deleted_at.is_(None))
            .order_by(Consultant.created_at, Consultant.id)
        )
        for consultant_id, first, last in session.execute(statement):
            values = {"first_name": first, "last_name": last}
            self.by_name.setdefault(
                name_key(first, last),
                Planned("consultant", consultant_id, values, dict(values)),
            )

    def match(self, row: ParsedRow, index: int) -> Planned | None:
        """The consultant of *row*, stored or new; ``None`` when the cell is empty."""
        if row.consultant is None:
            return None
        key = search_key(row.consultant)
        consultant = self.by_name.get(key)
        if consultant is None:
            first, last = split_name(row.consultant)
            values = {"first_name": first, "last_name": last}
            consultant = Planned("consultant", uuid.uuid4(), None, values)
            self.by_name[key] = consultant
        return self.result.use(consultant, index)
