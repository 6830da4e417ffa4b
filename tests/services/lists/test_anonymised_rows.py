"""Lists hide anonymised people unless asked; shown, they come after everyone else."""

from __future__ import annotations

import uuid
from datetime import date

from consultant_app.services.lists import InternsSource, ListQuery
from consultant_app.services.people.interns import save_intern
from consultant_app.services.privacy.anonymise import ANONYMISED, anonymise_intern
from consultant_app.store.database import Database


def _intern(database: Database, last_name: str, first_name: str = "Test") -> uuid.UUID:
    values = {
        "first_name": first_name,
        "last_name": last_name,
        "birth_date": "1995-03-04",
        "gender": "F",
        "language": "NL",
        "registered_on": "2024-01-10",
    }
    return save_intern(database, values, today=date(2024, 1, 10))


def _last_names(source: InternsSource, query: ListQuery) -> list[str]:
    return [row.values[0] for row in source.fetch(query, 0, 50)]


def test_anonymised_interns_are_hidden_by_default_and_listed_last(db: Database) -> None:
    for name in ("Zeeman", "Aerts", "Maes"):
        _intern(db, name)
    gone = _intern(db, "Claes")
    anonymise_intern(db, gone)
    # A real person may be called "Anonymised": only the anonymisation's names are hidden.
    _intern(db, "Baert", first_name=ANONYMISED)
    source = InternsSource(db)

    assert _last_names(source, ListQuery()) == ["Aerts", "Baert", "Maes", "Zeeman"]
    assert source.count(ListQuery()) == 4
    assert _last_names(source, ListQuery(search="anonymised")) == ["Baert"]

    shown = ListQuery(show_anonymised=True)
    assert source.count(shown) == 5
    names = _last_names(source, shown)
    assert names[:4] == ["Aerts", "Baert", "Maes", "Zeeman"]
    assert names[4] == gone.hex[:8].upper()
    for key in ("last_name", "first_name", "birth_date"):
        for descending in (False, True):
            query = ListQuery(sort_key=key, descending=descending, show_anonymised=True)
            assert _last_names(source, query)[-1] == gone.hex[:8].upper(), (key, descending)
