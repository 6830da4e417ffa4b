"""Where a record sits in a list: the row the window selects after an action on it."""

from __future__ import annotations

import uuid

from consultant_app.services.lists import SOURCES, ListQuery
from consultant_app.store.database import Database


def _ids(source, query: ListQuery) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    return [row.id for row in source.fetch(query, 0, source.count(query))]


def test_the_position_of_every_record_is_its_row_in_any_order(demo: Database) -> None:
    for name in ("internships", "interns", "hosts", "visits"):
        source = SOURCES[name](demo)
        sortable = [c.key for c in source.columns if c.sortable]
        for query in (
            ListQuery(),
            ListQuery(sort_key=sortable[1], descending=True),
            ListQuery(search="an"),
        ):
            ids = _ids(source, query)
            assert ids, name
            for row in {0, len(ids) // 2, len(ids) - 1}:
                assert source.position(query, ids[row]) == row, (name, query)


def test_a_record_the_query_does_not_list_has_no_position(demo: Database) -> None:
    source = SOURCES["internships"](demo)
    everything = _ids(source, ListQuery())
    searched = set(_ids(source, ListQuery(search="zzzz-no-such-text")))
    assert not searched
    assert source.position(ListQuery(search="zzzz-no-such-text"), everything[0]) is None
    assert source.position(ListQuery(), uuid.uuid4()) is None
