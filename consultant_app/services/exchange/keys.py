"""The keys rows are matched by: names and codes without accents or case."""

from __future__ import annotations

import functools

from consultant_app.domain.text import normalise_search


@functools.lru_cache(maxsize=1 << 16)
def search_key(text: str) -> str:
    """The search key of *text* (names repeat a lot in a file: remembered)."""
    return normalise_search(text)


def name_key(first: str | None, last: str | None) -> str:
    """The search key of a full name."""
    return search_key(f"{first or ''} {last or ''}")
