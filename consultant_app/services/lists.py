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
    and_,
    case,
    func,
    label,
    literal,
    literal_column,
    select,
)
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql import Executable
from sqlalchemy.sql.util import find_tables

from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
    VisitKind,
    VisitMode,
)
from consultant_app.domain.figures import Figures
from consultant_app.domain.identifiers import InvalidIdentifier, format_niss
from consultant_app.domain.text import normalise_search
from consultant_app.domain.workdays import working_days
from consultant_app.store import models
from consultant_app.store.core import core, core_alias
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
_YEAR_DIGITS = 4
_ENTERPRISE_DIGITS = 10


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


def format_enterprise(digits: Any) -> Any:
    """``0123.456.749`` for the stored 10 digits; anything else is shown as stored."""
    if isinstance(digits, str) and len(digits) == _ENTERPRISE_DIGITS and digits.isdigit():
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return digits


def format_national_number(digits: Any) -> Any:
    """``93.05.18-223.61`` for a valid stored number; anything else as stored."""
    if not isinstance(digits, str) or not digits:
        return digits
    try:
        return format_niss(digits)
    except InvalidIdentifier:
        return digits


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


def _count_of(model: Any, link: Expr, *conditions: Expr) -> Expr:
    """Correlated ``(SELECT count(*) ...)`` of live *model* rows matching *link*."""
    return (
        select(func.count())
        .select_from(model)
        .where(link, model.deleted_at.is_(None), *conditions)
        .scalar_subquery()
    )


def _choices(enum_cls: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum_cls)


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

    def _where(self, query: ListQuery) -> list[Expr]:
        conditions: list[Expr] = [self.model.deleted_at.is_(None), *self._conditions(query)]
        for key, value in query.filters.items():
            if key not in self.filters:
                raise ValueError(self._unknown_filter(key))
            if value is None or value == "":
                continue
            self._check_filter_value(key, value)
            conditions.append(self._filter(key, value, query))
        if query.search.strip():
            conditions.extend(search_conditions(self._search_haystack(), query.search))
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


def _pairs(keys: Sequence[str], record: RowMapping) -> list[tuple[str, object]]:
    return [(key, plain(record[key])) for key in keys]


# --- internships ------------------------------------------------------------------

_STATUSES = _choices(InternshipStatus)


class InternshipsSource(ListSource):
    name = "internships"
    model = Internship
    columns = (
        Column("reference"),
        Column("intern"),
        Column("host"),
        Column("function"),
        Column("status", "enum"),
        Column("start_date", "date"),
        Column("end_date", "date"),
        Column("consultant"),
    )
    #: The years offered are those of the data, read when the source is created.
    filters = {"status": _STATUSES, "year": ()}
    default_order = (("start_date", True), ("reference", False))

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.refresh_years()

    def refresh_years(self) -> None:
        """Offer the start years present in the data (newest first) in the year filter."""
        year = func.substr(Internship.start_date, 1, _YEAR_DIGITS)
        statement = (
            select(year).where(Internship.deleted_at.is_(None)).distinct().order_by(year.desc())
        )
        with self.database.engine.connect() as connection:
            years = tuple(str(y) for y in connection.execute(statement).scalars())
        # An instance-level copy: the class keeps the static choices.
        self.filters = {**type(self).filters, "year": years}  # type: ignore[misc]

    def _check_filter_value(self, key: str, value: str) -> None:
        if key == "year":  # any year may be asked, even one without internships
            if not (len(value) == _YEAR_DIGITS and value.isdigit() and int(value) > 0):
                raise ValueError(
                    f"The year filter of the internships list takes a year such as 2021; "
                    f"got {value!r}."
                )
            return
        super()._check_filter_value(key, value)

    def _from(self, query: ListQuery) -> FromClause:
        return (
            Internship.__table__.outerjoin(Intern, Intern.id == Internship.intern_id)
            .outerjoin(Host, Host.id == Internship.host_id)
            .outerjoin(Function, Function.id == Internship.function_id)
            .outerjoin(Consultant, Consultant.id == Internship.consultant_id)
        )

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        return {
            "reference": Internship.reference,
            "intern": person_name(Intern.first_name, Intern.last_name, last_first=True),
            "host": Host.name,
            "function": translated_name(Function, query.language),
            "status": Internship.status,
            "start_date": Internship.start_date,
            "end_date": func.coalesce(Internship.actual_end_date, Internship.planned_end_date),
            "consultant": person_name(Consultant.first_name, Consultant.last_name),
        }

    def _search_haystack(self) -> Expr:
        return joined(func.lower(Internship.reference), Intern.search_text, Host.search_text)

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        if key == "status":
            return Internship.status == InternshipStatus(value)
        year = int(value)
        return and_(
            Internship.start_date >= date(year, 1, 1), Internship.start_date <= date(year, 12, 31)
        )

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        mentor = core_alias(models.Mentor)
        cluster = core_alias(models.Cluster)
        statement: Executable = (
            select(
                Internship.reference,
                Internship.status,
                person_name(Intern.first_name, Intern.last_name).label("intern"),
                Intern.birth_date,
                Host.name.label("host"),
                person_name(mentor.first_name, mentor.last_name).label("mentor"),
                person_name(Consultant.first_name, Consultant.last_name).label("consultant"),
                translated_name(Function, language).label("function"),
                translated_name(cluster, language).label("cluster"),
                Internship.start_date,
                Internship.planned_end_date,
                Internship.actual_end_date,
                Internship.convention_language,
                Internship.hours_per_week,
                Internship.workplace,
                Internship.objectives,
                Internship.termination_reason,
            )
            .select_from(
                Internship.__table__.outerjoin(Intern, Intern.id == Internship.intern_id)
                .outerjoin(Host, Host.id == Internship.host_id)
                .outerjoin(mentor, mentor.id == Internship.mentor_id)
                .outerjoin(Consultant, Consultant.id == Internship.consultant_id)
                .outerjoin(Function, Function.id == Internship.function_id)
                .outerjoin(cluster, cluster.id == Function.cluster_id)
            )
            .where(Internship.id == record_id, Internship.deleted_at.is_(None))
        )
        interruptions = select(Interruption.start_date, Interruption.end_date).where(
            Interruption.internship_id == record_id, Interruption.deleted_at.is_(None)
        )
        visits = select(
            func.count(Visit.done_on).label("done"), func.count(Visit.id).label("planned")
        ).where(Visit.internship_id == record_id, Visit.deleted_at.is_(None))
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
            if record is None:
                return []
            breaks = [(a, b) for a, b in connection.execute(interruptions)]
            done, planned = connection.execute(visits).one()
        end = record["actual_end_date"] or record["planned_end_date"]
        days = working_days(record["start_date"], end, breaks)
        result = _pairs(
            (
                "reference",
                "status",
                "intern",
                "birth_date",
                "host",
                "mentor",
                "consultant",
                "function",
                "cluster",
                "start_date",
                "planned_end_date",
                "actual_end_date",
            ),
            record,
        )
        result += [("working_days", days), ("weeks", Figures(0, days).weeks)]
        result += _pairs(
            (
                "convention_language",
                "hours_per_week",
                "workplace",
                "objectives",
                "termination_reason",
            ),
            record,
        )
        result += [("visits_done", int(done)), ("visits_planned", int(planned))]
        return result


# --- interns ------------------------------------------------------------------------

_INTERN_DETAIL_FIELDS = (
    "last_name",
    "first_name",
    "birth_date",
    "gender",
    "language",
    "national_number",
    "email",
    "phone",
    "street",
    "house_number",
    "box",
    "postcode",
    "municipality",
    "jobseeker_agency",
    "jobseeker_number",
    "jobseeker_since",
    "diploma",
    "school",
    "interests",
    "registered_on",
    "consent_on",
)


def _live_internships_of(link: Expr) -> Expr:
    """Count of the live, not cancelled internships matching *link*."""
    return _count_of(Internship, link, Internship.status != InternshipStatus.CANCELLED)


class InternsSource(ListSource):
    name = "interns"
    model = Intern
    columns = (
        Column("last_name"),
        Column("first_name"),
        Column("birth_date", "date"),
        Column("gender", "enum"),
        Column("language", "enum"),
        Column("municipality"),
        Column("email"),
        Column("jobseeker_agency", "enum"),
        Column("internships", "number"),
    )
    filters = {"language": _choices(Language), "gender": _choices(Gender)}
    default_order = (("last_name", False), ("first_name", False))

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        return {
            "last_name": Intern.last_name,
            "first_name": Intern.first_name,
            "birth_date": Intern.birth_date,
            "gender": Intern.gender,
            "language": Intern.language,
            "municipality": Intern.municipality,
            "email": Intern.email,
            "jobseeker_agency": Intern.jobseeker_agency,
            "internships": _live_internships_of(Internship.intern_id == Intern.id),
        }

    def _search_haystack(self) -> Expr:
        return Intern.search_text

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        if key == "language":
            return Intern.language == Language(value)
        return Intern.gender == Gender(value)

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        statement = select(*(getattr(Intern, name) for name in _INTERN_DETAIL_FIELDS)).where(
            Intern.id == record_id, Intern.deleted_at.is_(None)
        )
        references = (
            select(Internship.reference)
            .where(Internship.intern_id == record_id, Internship.deleted_at.is_(None))
            .order_by(Internship.start_date, Internship.reference)
        )
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
            if record is None:
                return []
            found = list(connection.execute(references).scalars())
        result = [
            (key, format_national_number(value) if key == "national_number" else value)
            for key, value in _pairs(_INTERN_DETAIL_FIELDS, record)
        ]
        result.append(("internships", ", ".join(found)))
        return result


# --- hosts ----------------------------------------------------------------------------

_HOST_DETAIL_FIELDS = (
    "name",
    "enterprise_number",
    "legal_form",
    "joint_committee",
    "joint_committee_other",
    "language_role",
    "street",
    "house_number",
    "box",
    "postcode",
    "municipality",
    "website",
    "employees_fte",
    "contact_name",
    "contact_email",
    "contact_phone",
    "represented_by",
)


class HostsSource(ListSource):
    name = "hosts"
    model = Host
    columns = (
        Column("name"),
        Column("enterprise_number"),
        Column("joint_committee", "enum"),
        Column("language_role", "enum"),
        Column("municipality"),
        Column("mentors", "number"),
        Column("internships", "number"),
    )
    filters = {"joint_committee": _choices(JointCommittee), "language_role": _choices(LanguageRole)}
    default_order = (("name", False),)

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        return {
            "name": Host.name,
            "enterprise_number": Host.enterprise_number,
            "joint_committee": Host.joint_committee,
            "language_role": Host.language_role,
            "municipality": Host.municipality,
            "mentors": _count_of(Mentor, Mentor.host_id == Host.id),
            "internships": _live_internships_of(Internship.host_id == Host.id),
        }

    def _converters(self) -> dict[str, Callable[[Any], object]]:
        return {"enterprise_number": format_enterprise}

    def _search_haystack(self) -> Expr:
        return Host.search_text

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        if key == "joint_committee":
            return Host.joint_committee == JointCommittee(value)
        return Host.language_role == LanguageRole(value)

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        statement = select(*(getattr(Host, name) for name in _HOST_DETAIL_FIELDS)).where(
            Host.id == record_id, Host.deleted_at.is_(None)
        )
        mentors = (
            select(person_name(Mentor.first_name, Mentor.last_name))
            .where(Mentor.host_id == record_id, Mentor.deleted_at.is_(None))
            .order_by(Mentor.last_name, Mentor.first_name)
        )
        internships = select(_live_internships_of(Internship.host_id == record_id))
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
            if record is None:
                return []
            names = list(connection.execute(mentors).scalars())
            count = int(connection.execute(internships).scalar_one())
        result = [
            (key, format_enterprise(value) if key == "enterprise_number" else value)
            for key, value in _pairs(_HOST_DETAIL_FIELDS, record)
        ]
        result += [("mentors", ", ".join(names)), ("internships", count)]
        return result


# --- mentors --------------------------------------------------------------------------

_MENTOR_DETAIL_FIELDS = (
    "last_name",
    "first_name",
    "host",
    "job_title",
    "email",
    "phone",
    "years_experience",
    "mentor_training",
)


class MentorsSource(ListSource):
    """Mentors of live hosts. ``mentor_training`` is a bool (the UI shows yes/no)."""

    name = "mentors"
    model = Mentor
    columns = (
        Column("last_name"),
        Column("first_name"),
        Column("host"),
        Column("job_title"),
        Column("email"),
        Column("mentor_training"),
    )
    filters = {"mentor_training": ("yes", "no")}
    default_order = (("last_name", False), ("first_name", False), ("host", False))

    def _from(self, query: ListQuery) -> FromClause:
        return Mentor.__table__.join(Host, Host.id == Mentor.host_id)

    def _conditions(self, query: ListQuery) -> list[Expr]:
        return [Host.deleted_at.is_(None)]

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        return {
            "last_name": Mentor.last_name,
            "first_name": Mentor.first_name,
            "host": Host.name,
            "job_title": Mentor.job_title,
            "email": Mentor.email,
            "mentor_training": Mentor.mentor_training,
        }

    def _converters(self) -> dict[str, Callable[[Any], object]]:
        return {"mentor_training": bool}

    def _search_haystack(self) -> Expr:
        # The host's search text holds its normalised name.
        return joined(Mentor.search_text, Host.search_text)

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        return Mentor.mentor_training == (value == "yes")

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        statement = (
            select(
                Mentor.last_name,
                Mentor.first_name,
                Host.name.label("host"),
                Mentor.job_title,
                Mentor.email,
                Mentor.phone,
                Mentor.years_experience,
                Mentor.mentor_training,
            )
            .select_from(self._from(ListQuery()))
            .where(Mentor.id == record_id, Mentor.deleted_at.is_(None), Host.deleted_at.is_(None))
        )
        references = (
            select(Internship.reference)
            .where(Internship.mentor_id == record_id, Internship.deleted_at.is_(None))
            .order_by(Internship.start_date, Internship.reference)
        )
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
            if record is None:
                return []
            found = list(connection.execute(references).scalars())
        return [*_pairs(_MENTOR_DETAIL_FIELDS, record), ("internships", ", ".join(found))]


# --- visits --------------------------------------------------------------------------

VISIT_STATES = ("upcoming", "overdue", "done")


def visit_state(done_on: date | None, planned_on: date, today: date) -> str:
    """ "done" once done; "overdue" when planned before *today*; else "upcoming"."""
    if done_on is not None:
        return "done"
    return "overdue" if planned_on < today else "upcoming"


class VisitsSource(ListSource):
    """Visits of live, not cancelled internships; ``state`` is relative to ``query.today``."""

    name = "visits"
    model = Visit
    columns = (
        Column("planned_on", "date"),
        Column("kind", "enum"),
        Column("mode", "enum"),
        Column("reference"),
        Column("intern"),
        Column("host"),
        Column("done_on", "date"),
        Column("state", "enum"),
    )
    filters = {
        "state": VISIT_STATES,
        "internship_status": tuple(s for s in _STATUSES if s != InternshipStatus.CANCELLED.value),
        "kind": _choices(VisitKind),
        "mode": _choices(VisitMode),
    }
    default_order = (("planned_on", False), ("reference", False))

    def _from(self, query: ListQuery) -> FromClause:
        return (
            Visit.__table__.join(Internship, Internship.id == Visit.internship_id)
            .outerjoin(Intern, Intern.id == Internship.intern_id)
            .outerjoin(Host, Host.id == Internship.host_id)
        )

    def _conditions(self, query: ListQuery) -> list[Expr]:
        return [
            Internship.deleted_at.is_(None),
            Internship.status != InternshipStatus.CANCELLED,
        ]

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        state = case(
            (Visit.done_on.is_not(None), literal("done")),
            (Visit.planned_on < query.day, literal("overdue")),
            else_=literal("upcoming"),
        )
        return {
            "planned_on": Visit.planned_on,
            "kind": Visit.kind,
            "mode": Visit.mode,
            "reference": Internship.reference,
            "intern": person_name(Intern.first_name, Intern.last_name, last_first=True),
            "host": Host.name,
            "done_on": Visit.done_on,
            "state": state,
        }

    def _search_haystack(self) -> Expr:
        return joined(func.lower(Internship.reference), Intern.search_text, Host.search_text)

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        if key == "state":
            if value == "done":
                return Visit.done_on.is_not(None)
            if value == "overdue":
                return and_(Visit.done_on.is_(None), Visit.planned_on < query.day)
            return and_(Visit.done_on.is_(None), Visit.planned_on >= query.day)
        if key == "internship_status":
            return Internship.status == InternshipStatus(value)
        if key == "kind":
            return Visit.kind == VisitKind(value)
        return Visit.mode == VisitMode(value)

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        statement: Executable = (
            select(
                Internship.reference,
                person_name(Intern.first_name, Intern.last_name).label("intern"),
                Host.name.label("host"),
                Internship.status.label("internship_status"),
                Visit.kind,
                Visit.mode,
                Visit.planned_on,
                Visit.done_on,
                Visit.attendees,
                Visit.notes,
                Visit.action_points,
            )
            .select_from(self._from(ListQuery()))
            .where(Visit.id == record_id, *self._where(ListQuery()))
        )
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
        if record is None:
            return []
        state = visit_state(record["done_on"], record["planned_on"], date.today())
        return [
            *_pairs(
                (
                    "reference",
                    "intern",
                    "host",
                    "internship_status",
                    "kind",
                    "mode",
                    "planned_on",
                    "done_on",
                ),
                record,
            ),
            ("state", state),
            *_pairs(("attendees", "notes", "action_points"), record),
        ]


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
