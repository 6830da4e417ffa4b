"""The fund's consultants, as the forms offer them in a choice list."""

from __future__ import annotations

from sqlalchemy import select

from consultant_app.domain.text import normalise_search
from consultant_app.store.database import Database
from consultant_app.store.models import Consultant

__all__ = ["consultant_choices"]


def consultant_choices(database: Database) -> list[tuple[str, str]]:
    """(id as text, "First Last") of the live consultants, by last then first name.

    Names compare without regard to case or accents (``Élodie`` sorts with
    ``Elodie``); the id breaks ties, so the order is stable.
    """
    statement = select(Consultant.id, Consultant.first_name, Consultant.last_name).where(
        Consultant.deleted_at.is_(None)
    )
    with database.unit_of_work() as uow:
        rows = uow.session.execute(statement).all()
    ordered = sorted(
        rows,
        key=lambda row: (normalise_search(row[2]), normalise_search(row[1]), str(row[0])),
    )
    return [(str(row_id), f"{first} {last}".strip()) for row_id, first, last in ordered]
