"""The base of the lists: columns, queries, rows, :class:`ListSource` and shared helpers.

See the package docstring (``consultant_app/services/lists/__init__.py``) for
how searching, sorting and paging work.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import reduce
from typing import Any, ClassVar

from sqlalchemy import Column as SqlColumn
from sqlalchemy import (
    FromClause,
    SQLColumnExpression,
    String,
    case,
    column,
    func,
    label,
    literal,
    literal_column,
    select,
    table,
)
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql import Executable
from sqlalchemy.sql.util import find_tables

from consultant_app.domain.text import normalise_search
from consultant_app.store import models
from consultant_app.store.core import core
from consultant_app.store.database import Database

# Core views of the tables: the lists never build ORM objects (see store/core.py).
Cluster = core(models.Cluster)
Consultant = core(models.Consultant)
Function = core(models.Function)
Host = core(models.Host)
Intern = core(models.Intern)
Internship = core(models.Internship)
Interruption = core(models.Interruption)
Mentor = core(models.Mentor)
Visit = core(models.Visit)

Expr = SQLColumnExpression[Any]

#: Languages of the catalogue names (``name_nl``, ``name_fr``, ``name_en``).
CATALOGUE_LANGUAGES = ("nl", "fr", "en")
#: Column kinds the UI knows how to show.
KINDS = ("text", "date", "number", "enum")
_ESCAPE = "\\"
#: Shortest word a trigram search index can find.
TRIGRAM = 3
#: The search index narrows a search only when its words occur in at most this many
#: rows; commoner words are found sooner by scanning the rows in the list's order.
SEARCH_INDEX_MAX_ROWS = 10_000


@dataclass(frozen=True)
class Column:
    """One column of a list."""

    key: str  # stable key; the UI maps it to a translated header
    kind: str = "text"  # "text" | "date" | "number" | "enum" (enum value shown translated)
    sortable: bool = True

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Unknown column kind {self.kind!r}; expected one of {KINDS}.")


@dataclass(frozen=True)
class ListQuery:
    """What the user asked to see: search text, filters, sort order and language."""

    search: str = ""
    #: Filter key -> value, e.g. ``{"status": "running"}``; "" or missing means all.
    filters: Mapping[str, str] = field(default_factory=dict)
    #: ``None`` is the source's default order.
    sort_key: str | None = None
    descending: bool = False
    #: "nl" | "fr" | "en": language of catalogue names (function, cluster).
    language: str = "en"
    #: Reference day of time-relative filters and columns; ``None`` is ``date.today()``.
    today: date | None = None
    #: Whether anonymised records are listed (after the others); hidden by default.
    show_anonymised: bool = False

    @property
    def day(self) -> date:
        return self.today or date.today()


@dataclass(frozen=True)
class Row:
    """One record of a list: its id and one value per column."""

    id: uuid.UUID
    #: str, int, float, bool, date, None, or an enum value string (``"running"``).
    values: tuple[object, ...]


# --- helpers -----------------------------------------------------------------


def plain(value: object) -> object:
    """A stored value as the UI expects it: enum members as their code, decimals as floats."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    return value


def catalogue_language(language: str) -> str:
    """The validated catalogue language code ("nl", "fr" or "en")."""
    code = (language or "en").lower()
    if code not in CATALOGUE_LANGUAGES:
        raise ValueError(
            f"Unknown language {language!r} for catalogue names; "
            f"expected one of {', '.join(CATALOGUE_LANGUAGES)}."
        )
    return code


def translated_name(model: Any, language: str) -> Expr:
    """The name of a catalogue entry (function, cluster) in *language*, English as fallback."""
    column = getattr(model, f"name_{catalogue_language(language)}")
    return func.coalesce(func.nullif(column, ""), model.name_en)


def joined(*parts: Expr) -> Expr:
    """SQL concatenation of *parts* separated by spaces; NULL parts count as empty."""
    texts = [func.coalesce(p, "") for p in parts]
    return reduce(lambda a, b: a + literal(" ") + b, texts)


def person_name(first: Expr, last: Expr, *, last_first: bool = False) -> Expr:
    """``Last First`` or ``First Last``; NULL when the person is absent (outer join)."""
    return last + literal(" ") + first if last_first else first + literal(" ") + last


def escape_like(word: str) -> str:
    return (
        word.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    )


def search_words(text: str) -> list[str]:
    """The normalised words of what the user typed."""
    return normalise_search(text).split()


def search_conditions(haystack: Expr, text: str) -> list[Expr]:
    """One ``LIKE '%word%'`` condition per word of *text*: every word must be found."""
    return [haystack.like(f"%{escape_like(word)}%", escape=_ESCAPE) for word in search_words(text)]


def index_phrases(text: str) -> str | None:
    """FTS5 query of the words of *text* a trigram index can find (three letters or more).

    Each word is a quoted phrase, so that it is found as a substring; None when
    no word is long enough.
    """
    words = [word for word in search_words(text) if len(word) >= TRIGRAM]
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _is_nullable(expr: Expr) -> bool:
    column = getattr(expr, "expression", expr)
    if isinstance(column, SqlColumn):
        return bool(column.nullable)
    return True


def _order(expr: Expr, kind: str, descending: bool) -> Expr:
    """ORDER BY term: text case-insensitive, NULLs last in both directions."""
    is_text = kind == "text" and isinstance(getattr(expr, "type", None), String)
    key = expr.collate("NOCASE") if is_text else expr
    if descending:
        return key.desc()  # SQLite sorts NULLs last in descending order
    term = key.asc()
    return term.nulls_last() if _is_nullable(expr) else term


def count_of(model: Any, link: Expr, *conditions: Expr) -> Expr:
    """Correlated ``(SELECT count(*) ...)`` of live *model* rows matching *link*."""
    return (
        select(func.count())
        .select_from(model)
        .where(link, model.deleted_at.is_(None), *conditions)
        .scalar_subquery()
    )


def enum_codes(enum_cls: type[Enum]) -> tuple[str, ...]:
    """The codes of the members of *enum_cls*, in order (the values of a filter)."""
    return tuple(str(member.value) for member in enum_cls)


def detail_pairs(keys: Sequence[str], record: RowMapping) -> list[tuple[str, object]]:
    """``(key, value)`` of *record* for each of *keys*, the values as the UI expects them."""
    return [(key, plain(record[key])) for key in keys]


# --- the base class ------------------------------------------------------------


class ListSource:
    """A list of one kind of record, counted and fetched page by page.

    Subclasses describe the SQL: the joined tables, one expression per column,
    the search columns, the filters and the default order. :meth:`count` and
    :meth:`fetch` share the same WHERE clause, so they always agree.
    """

    name: ClassVar[str]
    columns: ClassVar[tuple[Column, ...]]
    #: Filter key -> allowed values (an instance may narrow or extend them from the data).
    filters: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: Default order: (column key, descending) pairs, before the id tiebreaker.
    default_order: ClassVar[tuple[tuple[str, bool], ...]] = ()
    #: The mapped class whose rows are listed (its ``id`` and ``deleted_at``).
    model: ClassVar[Any]
    #: An FTS5 trigram table holding exactly the search haystack of every listed row
    #: (its rowid is the row's), or None to search with ``LIKE`` only.
    search_index: ClassVar[str | None] = None

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- to describe in subclasses --------------------------------------------------
    def _from(self, query: ListQuery) -> FromClause:
        return self.model.__table__  # type: ignore[no-any-return]

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        """One SQL expression per column key."""
        raise NotImplementedError

    def _search_haystack(self) -> Expr:
        raise NotImplementedError

    def _conditions(self, query: ListQuery) -> list[Expr]:
        """Conditions every row must meet besides not being deleted."""
        return []

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        raise NotImplementedError

    def _anonymised(self) -> Expr | None:
        """True for a row whose person was anonymised; None if the list has no such rows."""
        return None

    @property
    def has_anonymised(self) -> bool:
        """Whether the list may hold anonymised records (hidden unless ``show_anonymised``)."""
        return self._anonymised() is not None

    def _converters(self) -> dict[str, Callable[[Any], object]]:
        """Python conversion of some columns' values (formatting)."""
        return {}

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        """(field key, value) pairs of one record for the read-only detail pane; [] if absent."""
        raise NotImplementedError

    # -- shared behaviour --------------------------------------------------------------
    def filter_values(self, key: str) -> tuple[str, ...]:
        """The values offered for filter *key*."""
        if key not in self.filters:
            raise ValueError(self._unknown_filter(key))
        return self.filters[key]

    def _unknown_filter(self, key: str) -> str:
        known = ", ".join(self.filters) or "none"
        return f"Unknown filter {key!r} for the {self.name} list; known filters: {known}."

    def _check_filter_value(self, key: str, value: str) -> None:
        allowed = self.filters[key]
        if value not in allowed:
            raise ValueError(
                f"Unknown value {value!r} for the filter {key!r} of the {self.name} list; "
                f"expected one of: {', '.join(allowed) or 'none'}."
            )

    def _search(self, text: str) -> list[Expr]:
        """Every word of *text* in the haystack (``LIKE``), through the search index if any.

        The index finds the candidate rows when its words are rare enough (one
        probe of at most :data:`SEARCH_INDEX_MAX_ROWS` rows tells); the ``LIKE``
        conditions stay, so the index can only narrow the rows, never add one.
        """
        conditions = search_conditions(self._search_haystack(), text)
        phrases = index_phrases(text)
        if self.search_index is None or phrases is None:
            return conditions
        index = table(self.search_index, column("rowid"))
        found = select(index.c.rowid).where(literal_column(self.search_index).match(phrases))
        probe = select(func.count()).select_from(found.limit(SEARCH_INDEX_MAX_ROWS + 1).subquery())
        with self.database.engine.connect() as connection:
            hits = connection.execute(probe).scalar_one()
        if hits <= SEARCH_INDEX_MAX_ROWS:
            conditions.insert(0, self._rowid().in_(found))
        return conditions

    def _where(self, query: ListQuery) -> list[Expr]:
        conditions: list[Expr] = [self.model.deleted_at.is_(None), *self._conditions(query)]
        anonymised = self._anonymised()
        if anonymised is not None and not query.show_anonymised:
            conditions.append(~anonymised)
        # The search first: SQLite tests the conditions in this order, and the
        # filters may be costly (the eligibility of interns adds up their weeks).
        if query.search.strip():
            conditions.extend(self._search(query.search))
        for key, value in query.filters.items():
            if key not in self.filters:
                raise ValueError(self._unknown_filter(key))
            if value is None or value == "":
                continue
            self._check_filter_value(key, value)
            conditions.append(self._filter(key, value, query))
        return conditions

    def _sort_column(self, query: ListQuery) -> Column | None:
        """The column the query sorts by (None: default order); ValueError if unknown."""
        if query.sort_key is None:
            return None
        spec = next((c for c in self.columns if c.key == query.sort_key), None)
        if spec is None:
            known = ", ".join(c.key for c in self.columns if c.sortable)
            raise ValueError(
                f"Unknown sort key {query.sort_key!r} for the {self.name} list; "
                f"sortable columns: {known}."
            )
        if not spec.sortable:
            raise ValueError(f"The column {spec.key!r} of the {self.name} list cannot be sorted.")
        return spec

    def _order_by(self, query: ListQuery, expressions: dict[str, Expr]) -> list[Expr]:
        kinds = {c.key: c.kind for c in self.columns}
        terms: list[Expr] = []
        anonymised = self._anonymised()
        if anonymised is not None and query.show_anonymised:
            terms.append(case((anonymised, 1), else_=0))  # anonymised rows last, in any order
        spec = self._sort_column(query)
        if spec is not None:
            terms.append(_order(expressions[spec.key], spec.kind, query.descending))
        for key, descending in self.default_order:
            if key != query.sort_key:
                terms.append(_order(expressions[key], kinds[key], descending))
        terms.append(self.model.id.asc())
        return terms

    def _key_from(self, query: ListQuery, clauses: Sequence[Expr]) -> FromClause:
        """The listed table alone when *clauses* use no other table, else the whole join.

        Paging then walks an index of the listed table instead of the join.
        """
        table = self.model.__table__
        used = {
            t
            for clause in clauses
            for t in find_tables(clause, include_aliases=True, check_columns=True)
        }
        return table if used <= {table} else self._from(query)

    def _rowid(self) -> Expr:
        return literal_column(f"{self.model.__table__.name}.rowid")

    def count(self, query: ListQuery) -> int:
        """Number of rows matching *query*."""
        self._sort_column(query)  # the same errors as fetch() for the same query
        where = self._where(query)
        statement = (
            select(func.count(self.model.id))
            .select_from(self._key_from(query, where))
            .where(*where)
        )
        with self.database.engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def position(self, query: ListQuery, record_id: uuid.UUID) -> int | None:
        """The row (from 0) of *record_id* in the list of *query*; None when it is not listed."""
        expressions = self._expressions(query)
        where = self._where(query)
        order = self._order_by(query, expressions)
        numbered = (
            select(self.model.id.label("id"), func.row_number().over(order_by=order).label("n"))
            .select_from(self._from(query))
            .where(*where)
            .subquery()
        )
        statement = select(numbered.c.n).where(numbered.c.id == record_id)
        with self.database.engine.connect() as connection:
            found = connection.execute(statement).scalar_one_or_none()
        return None if found is None else int(found) - 1

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[Row]:
        """Rows ``offset`` to ``offset + limit - 1`` of the list in the query's order.

        Two statements: the page's row keys (LIMIT/OFFSET on as few tables as the
        query needs), then the page's columns for those keys only.
        """
        if offset < 0 or limit < 0:
            raise ValueError(f"Offset and limit must not be negative; got {offset} and {limit}.")
        if limit == 0:
            return []
        expressions = self._expressions(query)
        missing = [c.key for c in self.columns if c.key not in expressions]
        if missing:  # pragma: no cover - a programming error in a subclass
            raise RuntimeError(f"The {self.name} list has no SQL for columns {missing}.")
        where = self._where(query)
        order = self._order_by(query, expressions)
        rowid = self._rowid()
        keys_statement = (
            select(rowid)
            .select_from(self._key_from(query, [*where, *order]))
            .where(*where)
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        selected = [label(f"c{i}", expressions[c.key]) for i, c in enumerate(self.columns)]
        converters = self._converters()
        convert = [converters.get(c.key, plain) for c in self.columns]
        with self.database.engine.connect() as connection:
            keys = connection.execute(keys_statement).scalars().all()
            if not keys:
                return []
            rows_statement = (
                select(rowid, self.model.id, *selected)
                .select_from(self._from(query))
                .where(rowid.in_(keys))
            )
            by_key = {record[0]: record for record in connection.execute(rows_statement)}
        return [
            Row(record[1], tuple(f(v) for f, v in zip(convert, record[2:], strict=True)))
            for record in (by_key[key] for key in keys)
        ]

    def _one(self, connection: Connection, statement: Executable) -> RowMapping | None:
        return connection.execute(statement).mappings().first()
