"""Keep the normalised ``search_text`` columns of interns, hosts and mentors up to date.

The same functions fill the column from the ORM (events below), from bulk
inserts (demo data, imports) and from the migration that introduced it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from consultant_app.domain.text import normalise_search
from consultant_app.store.models import Host, Intern, Mentor

INTERN_FIELDS = ("first_name", "last_name", "national_number", "email", "municipality")
HOST_FIELDS = ("name", "enterprise_number", "municipality", "contact_email")
MENTOR_FIELDS = ("first_name", "last_name", "email", "job_title")

FIELDS_BY_TABLE: dict[str, tuple[str, ...]] = {
    "intern": INTERN_FIELDS,
    "host": HOST_FIELDS,
    "mentor": MENTOR_FIELDS,
}


def search_text(table: str, values: dict[str, Any] | Any) -> str:
    """Search text of one row of *table*, from a mapping or an object with attributes."""
    fields = FIELDS_BY_TABLE[table]
    if isinstance(values, dict):
        parts = [values.get(name) for name in fields]
    else:
        parts = [getattr(values, name, None) for name in fields]
    return normalise_search(*(str(p) for p in parts if p))


def _refresh(_mapper: Any, _connection: Any, target: Any) -> None:
    target.search_text = search_text(target.__tablename__, target)


for _model in (Intern, Host, Mentor):
    event.listen(_model, "before_insert", _refresh)
    event.listen(_model, "before_update", _refresh)
