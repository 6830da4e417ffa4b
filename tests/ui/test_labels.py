"""Every field, column, filter and code the window shows has a translated name."""

from __future__ import annotations

from consultant_app.services.lists import SOURCES, ListQuery
from consultant_app.services.settings.overview import COUNTED
from consultant_app.ui import labels


def test_every_shown_key_has_a_label(qapp, demo_db) -> None:  # type: ignore[no-untyped-def]
    fields = labels.known_fields()
    values = labels.known_values()
    missing: set[str] = set()
    for name, source_class in SOURCES.items():
        source = source_class(demo_db)
        missing |= {name} - fields
        missing |= {c.key for c in source.columns} - fields
        missing |= set(source.filters) - fields
        for key, allowed in source.filters.items():
            if key != "year":
                missing |= {f"{key}={v}" for v in allowed if v not in values}
        first = source.fetch(ListQuery(), 0, 1)
        assert first, name
        missing |= {key for key, _value in source.detail(first[0].id)} - fields
    missing |= set(COUNTED) - fields
    assert missing == set()
