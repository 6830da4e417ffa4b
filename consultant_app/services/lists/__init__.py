"""Searchable, sortable, filterable lists of records, paged in SQL, for the main window.

Every list is a :class:`ListSource`: a fixed set of columns, a few filters, a
search box and a read-only detail of one record. Sources run SQLAlchemy Core
``select()`` statements on the mapped tables and return plain tuples: no ORM
object is built per row, so that counting and paging stay fast on 100,000
internships. Soft-deleted rows are never shown; neither are the children
(visits, mentors) of a soft-deleted parent.

Search: the typed text is normalised like the indexed ``search_text`` columns
(:func:`normalise_search`), split into words, and every word must occur in the
concatenation of the source's search columns. Sorting puts NULLs last and
always ends with the record id, so paging never shows a row twice.

The package is split by record kind: :mod:`.base` holds :class:`Column`,
:class:`ListQuery`, :class:`Row`, :class:`ListSource`, the shared helpers and
the Core table views; :mod:`.internships`, :mod:`.people` (interns, hosts,
mentors) and :mod:`.visits` hold the sources.
"""

from __future__ import annotations

from .base import CATALOGUE_LANGUAGES as CATALOGUE_LANGUAGES
from .base import KINDS as KINDS
from .base import Column, ListQuery, ListSource, Row
from .base import Expr as Expr
from .base import catalogue_language as catalogue_language
from .base import escape_like as escape_like
from .base import joined as joined
from .base import person_name as person_name
from .base import plain as plain
from .base import search_conditions as search_conditions
from .base import search_words as search_words
from .base import translated_name as translated_name
from .internships import InternshipsSource
from .people import HostsSource, InternsSource, MentorsSource
from .visits import VISIT_STATES as VISIT_STATES
from .visits import VisitsSource, visit_state

SOURCES: dict[str, type[ListSource]] = {
    source.name: source
    for source in (InternshipsSource, InternsSource, HostsSource, MentorsSource, VisitsSource)
}


__all__ = [
    "SOURCES",
    "Column",
    "HostsSource",
    "InternsSource",
    "InternshipsSource",
    "ListQuery",
    "ListSource",
    "MentorsSource",
    "Row",
    "VisitsSource",
    "visit_state",
]
