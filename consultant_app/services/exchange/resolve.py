"""Matching the rows of an internships import with what the database holds.

Everything the matching needs is read first, in a few statements, into
dictionaries: interns by national number and by name and birth date, hosts by
enterprise number, functions and clusters by their names in every language
(and code), mentors by host and name, consultants by name, internships by
reference. Each row is then matched in memory, so that a file of thousands of
rows costs no query per row.

The result is a :class:`Resolution`: for every record the import touches, its
stored values (``None`` for a new one) and the values the file wants, from
which the action (create, update, unchanged) follows.

Matching rules:

* an intern by national number; else by first name, last name and birth date
  (without accents or case), provided the national numbers do not differ;
* a host by enterprise number;
* a function by its name in Dutch, French or English, or its code (without
  accents or case); an unknown one is created under ``function_cluster``
  (a cluster's name in any language, or its code);
* a mentor by full name among the host's mentors; a consultant by full name;
  both are created when unknown;
* an internship by reference.

An empty optional cell never clears a stored value: a new internship without
status gets one from its dates (ended before today: completed; starting after
today: signed; else running) while a stored internship keeps its own; likewise
for the mentor (unless the host changes), the consultant and the convention
language (new internships: the host's language role, for a bilingual host the
intern's language when Dutch or French, else Dutch, as the wizard proposes).
The actual end is the termination date of a terminated internship, else
none; a stored completed internship that already ends on the row's end date
keeps its dates (see :func:`end_dates`).

A row that gives an intern or a host other values than an earlier row of the
same file wins (the later row is kept), with a notice.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import (
    COUNTED_STATUSES,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.period import Period
from consultant_app.domain.programme import ProgrammeRules
from consultant_app.domain.references import format_reference, parse_reference
from consultant_app.domain.rules import (
    AGE,
    JOINT_COMMITTEE,
    MAX_WEEKS,
    MIN_WEEKS,
    OVERLAP,
    QUOTA,
    TOTAL_WEEKS,
    HostFacts,
    InternFacts,
    InternshipPlan,
    check_rules,
)
from consultant_app.domain.text import normalise_search
from consultant_app.domain.workdays import working_days
from consultant_app.services.exchange.parse import ParsedRow, RowProblem, split_name
from consultant_app.store.models import (
    Cluster,
    Consultant,
    Function,
    Host,
    Intern,
    Internship,
    Interruption,
    Mentor,
)

CREATE = "create"
UPDATE = "update"
UNCHANGED = "unchanged"
ACTIONS: tuple[str, ...] = (CREATE, UPDATE, UNCHANGED)
#: Entities of the counts, with the table each one is stored in.
ENTITY_TABLES: dict[str, str] = {
    "interns": "intern",
    "hosts": "host",
    "mentors": "mentor",
    "functions": "function",
    "consultants": "consultant",
    "internships": "internship",
}
ENTITIES: tuple[str, ...] = tuple(ENTITY_TABLES)

#: Rules checked on imported rows, with the column their warning points at. The
#: training policy plan, the weekly hours and the no-replacement declaration are
#: not part of the file, so those rules are not checked.
CHECKED_RULES: dict[str, str] = {
    AGE: "intern_birth_date",
    MIN_WEEKS: "end_date",
    MAX_WEEKS: "end_date",
    TOTAL_WEEKS: "start_date",
    OVERLAP: "start_date",
    QUOTA: "host_enterprise_number",
    JOINT_COMMITTEE: "host_joint_committee",
}
#: The file column of the host columns whose name differs.
_COLUMN_OF = {
    "language_role": "host_language",
    "joint_committee_other": "host_joint_committee",
}
_FUNCTION_CODE_MAX = 50
_SLUG = re.compile(r"[^a-z0-9]+")

INTERN_COLUMNS = (
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "language",
    "national_number",
    "email",
)
HOST_COLUMNS = (
    "name",
    "enterprise_number",
    "joint_committee",
    "joint_committee_other",
    "language_role",
)
INTERNSHIP_COLUMNS = (
    "intern_id",
    "host_id",
    "mentor_id",
    "consultant_id",
    "function_id",
    "status",
    "start_date",
    "planned_end_date",
    "actual_end_date",
    "convention_language",
)


@dataclass(eq=False)
class Planned:
    """One record the import touches: its stored values (``None`` when new) and the wanted ones."""

    table: str
    id: uuid.UUID
    current: dict[str, Any] | None
    desired: dict[str, Any]
    #: Stored values the search text also needs (municipality, contact email).
    extra: dict[str, Any] = field(default_factory=dict)
    #: Index of the first resolved row that uses it (``None`` while unused).
    first_row: int | None = None
    #: File line of the last row that gave its values.
    line: int | None = None

    @property
    def is_new(self) -> bool:
        return self.current is None

    def changes(self) -> dict[str, tuple[Any, Any]]:
        """``{column: (stored, wanted)}`` of the stored columns the file changes."""
        if self.current is None:
            return {}
        return {
            name: (self.current[name], value)
            for name, value in self.desired.items()
            if name in self.current and self.current[name] != value
        }

    @property
    def action(self) -> str:
        if self.current is None:
            return CREATE
        return UPDATE if self.changes() else UNCHANGED


@dataclass
class Resolution:
    """The rows that could be matched, each with its internship, and what they touch."""

    rows: list[ParsedRow] = field(default_factory=list)
    internships: list[Planned] = field(default_factory=list)
    #: The records rows use, by table, in the order of first use.
    used: dict[str, list[Planned]] = field(default_factory=lambda: defaultdict(list))
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[RowProblem] = field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        counts = {entity: dict.fromkeys(ACTIONS, 0) for entity in ENTITIES}
        for entity, table in ENTITY_TABLES.items():
            records = self.internships if table == "internship" else self.used.get(table, [])
            for record in records:
                counts[entity][record.action] += 1
        return counts


@dataclass(frozen=True)
class CatalogueKeys:
    """The live clusters ``(id, code, nl, fr, en)`` and functions ``(id, code, cluster_id, nl,
    fr, en)`` to match against, and every function code taken."""

    clusters: list[tuple[uuid.UUID, str, str, str, str]]
    functions: list[tuple[uuid.UUID, str, uuid.UUID, str, str, str]]
    codes: set[str]


@functools.lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """The search key of *text* (names repeat a lot in a file: remembered)."""
    return normalise_search(text)


def _name_key(first: str | None, last: str | None) -> str:
    return _key(f"{first or ''} {last or ''}")


def has_catalogue(session: Session) -> bool:
    """Whether the database has any cluster at all (deleted ones included)."""
    return bool(session.scalar(select(func.count()).select_from(Cluster)))


def stored_catalogue(session: Session) -> CatalogueKeys:
    clusters = [
        (row[0], row[1], row[2], row[3], row[4])
        for row in session.execute(
            select(Cluster.id, Cluster.code, Cluster.name_nl, Cluster.name_fr, Cluster.name_en)
            .where(Cluster.deleted_at.is_(None))
            .order_by(Cluster.position, Cluster.code)
        )
    ]
    functions = [
        (row[0], row[1], row[2], row[3], row[4], row[5])
        for row in session.execute(
            select(
                Function.id,
                Function.code,
                Function.cluster_id,
                Function.name_nl,
                Function.name_fr,
                Function.name_en,
            )
            .where(Function.deleted_at.is_(None))
            .order_by(Function.code)
        )
    ]
    codes = set(session.scalars(select(Function.code)))
    return CatalogueKeys(clusters, functions, codes)


def shipped_catalogue() -> CatalogueKeys:
    """The standard catalogue as the import will add it to a database that has none."""
    from consultant_app.services.settings.catalogue import load_catalogue

    data = load_catalogue()
    cluster_ids = {c.code: uuid.uuid4() for c in data.clusters}
    clusters = [
        (cluster_ids[c.code], c.code, c.name.nl, c.name.fr, c.name.en) for c in data.clusters
    ]
    functions = [
        (uuid.uuid4(), f.code, cluster_ids[f.cluster], f.name.nl, f.name.fr, f.name.en)
        for f in data.functions
    ]
    return CatalogueKeys(clusters, functions, {f.code for f in data.functions})


def canonical_reference(text: str) -> str:
    try:
        return format_reference(*parse_reference(text))
    except ValueError:
        return text.strip().upper()


def convention_language(role: LanguageRole, intern_language: Language) -> Language:
    """The host's language role; for a bilingual host the intern's (NL or FR), else Dutch."""
    if role is LanguageRole.NL:
        return Language.NL
    if role is LanguageRole.FR:
        return Language.FR
    if intern_language in (Language.NL, Language.FR):
        return intern_language
    return Language.NL


def derived_status(start: date, end: date, today: date) -> InternshipStatus:
    if end < today:
        return InternshipStatus.COMPLETED
    if start > today:
        return InternshipStatus.SIGNED
    return InternshipStatus.RUNNING


def end_dates(
    status: InternshipStatus, row: ParsedRow, stored: dict[str, Any] | None
) -> tuple[date, date | None]:
    """The planned and actual end of the row's internship.

    A terminated internship ends on ``terminated_on`` (a stored one keeps its
    actual end when the cell is empty). A completed internship ends on the end
    date; when the stored one already ends that day (its actual end, else its
    planned end) its dates are kept as they are. Any other has no actual end.
    """
    if status is InternshipStatus.TERMINATED:
        if row.terminated_on is not None or stored is None:
            return row.end_date, row.terminated_on
        return row.end_date, stored["actual_end_date"]
    if (
        status is InternshipStatus.COMPLETED
        and stored is not None
        and (stored["actual_end_date"] or stored["planned_end_date"]) == row.end_date
    ):
        return stored["planned_end_date"], stored["actual_end_date"]
    return row.end_date, None


def _committee_text(committee: JointCommittee, other: str | None) -> str:
    if committee is JointCommittee.OTHER and other:
        return other
    return committee.value


class Resolver:
    """Reads the keys of the database once, then matches rows in memory."""

    def __init__(self, session: Session, today: date, catalogue: CatalogueKeys) -> None:
        self.today = today
        self.result = Resolution()
        self._load_people(session)
        self._load_catalogue(catalogue)
        self._load_internships(session)

    # --- loading ----------------------------------------------------------------------

    def _load_people(self, session: Session) -> None:
        self.interns_by_niss: dict[str, Planned] = {}
        self.interns_by_name: dict[tuple[str, str, date], list[Planned]] = defaultdict(list)
        statement = (
            select(Intern.id, *(getattr(Intern, name) for name in INTERN_COLUMNS))
            .add_columns(Intern.municipality)
            .where(Intern.deleted_at.is_(None))
            .order_by(Intern.created_at, Intern.id)
        )
        for row in session.execute(statement):
            values = dict(zip(INTERN_COLUMNS, row[1:-1], strict=True))
            intern = Planned("intern", row[0], values, dict(values), {"municipality": row[-1]})
            niss = values["national_number"]
            if niss and niss not in self.interns_by_niss:
                self.interns_by_niss[niss] = intern
            self.interns_by_name[self._intern_key(values)].append(intern)

        self.hosts: dict[str, Planned] = {}
        self.host_fte: dict[uuid.UUID, float | None] = {}
        statement = (
            select(Host.id, *(getattr(Host, name) for name in HOST_COLUMNS))
            .add_columns(Host.municipality, Host.contact_email, Host.employees_fte)
            .where(Host.deleted_at.is_(None))
            .order_by(Host.created_at, Host.id)
        )
        for row in session.execute(statement):
            values = dict(zip(HOST_COLUMNS, row[1:-3], strict=True))
            extra = {"municipality": row[-3], "contact_email": row[-2]}
            host = Planned("host", row[0], values, dict(values), extra)
            self.host_fte[host.id] = None if row[-1] is None else float(row[-1])
            number = values["enterprise_number"]
            if number and number not in self.hosts:
                self.hosts[number] = host

        self.mentors: dict[tuple[uuid.UUID, str], Planned] = {}
        statement = (
            select(
                Mentor.id,
                Mentor.host_id,
                Mentor.first_name,
                Mentor.last_name,
                Mentor.email,
                Mentor.job_title,
            )
            .where(Mentor.deleted_at.is_(None))
            .order_by(Mentor.created_at, Mentor.id)
        )
        for mentor_id, host_id, first, last, email, title in session.execute(statement):
            values = {"host_id": host_id, "first_name": first, "last_name": last}
            key = (host_id, _name_key(first, last))
            if key not in self.mentors:
                extra = {"email": email, "job_title": title}
                self.mentors[key] = Planned("mentor", mentor_id, values, dict(values), extra)

        self.consultants: dict[str, Planned] = {}
        statement = (
            select(Consultant.id, Consultant.first_name, Consultant.last_name)
            .where(Consultant.deleted_at.is_(None))
            .order_by(Consultant.created_at, Consultant.id)
        )
        for consultant_id, first, last in session.execute(statement):
            values = {"first_name": first, "last_name": last}
            self.consultants.setdefault(
                _name_key(first, last),
                Planned("consultant", consultant_id, values, dict(values)),
            )

    def _load_catalogue(self, catalogue: CatalogueKeys) -> None:
        self.clusters: dict[str, dict[uuid.UUID, str]] = defaultdict(dict)
        for cluster_id, code, *names in catalogue.clusters:
            for key in {_key(text) for text in (code, *names)}:
                self.clusters[key][cluster_id] = names[2]
        self.functions: dict[str, dict[uuid.UUID, Planned]] = defaultdict(dict)
        for function_id, code, cluster_id, nl, fr, en in catalogue.functions:
            values = {
                "code": code,
                "cluster_id": cluster_id,
                "name_nl": nl,
                "name_fr": fr,
                "name_en": en,
            }
            function = Planned("function", function_id, values, dict(values))
            for key in {_key(text) for text in (code, nl, fr, en)}:
                self.functions[key][function_id] = function
        self.function_codes = set(catalogue.codes)

    def _load_internships(self, session: Session) -> None:
        self.internships: dict[str, Planned] = {}
        self.deleted_references: set[str] = set()
        statement = select(
            Internship.id,
            Internship.reference,
            Internship.deleted_at,
            *(getattr(Internship, name) for name in INTERNSHIP_COLUMNS),
        )
        for row in session.execute(statement):
            key = canonical_reference(row[1])
            if row[2] is not None:
                self.deleted_references.add(key)
                continue
            values = dict(zip(INTERNSHIP_COLUMNS, row[3:], strict=True))
            self.internships[key] = Planned("internship", row[0], values, dict(values))
        self.breaks: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
        statement = (
            select(Interruption.internship_id, Interruption.start_date, Interruption.end_date)
            .join(Internship, Internship.id == Interruption.internship_id)
            .where(Interruption.deleted_at.is_(None), Internship.deleted_at.is_(None))
        )
        for internship_id, first, last in session.execute(statement):
            self.breaks[internship_id].append((first, last))

    # --- matching ---------------------------------------------------------------------

    @staticmethod
    def _intern_key(values: dict[str, Any]) -> tuple[str, str, date]:
        return (
            _key(values["first_name"]),
            _key(values["last_name"]),
            values["birth_date"],
        )

    def _use(self, record: Planned, index: int) -> Planned:
        if record.first_row is None:
            record.first_row = index
            self.result.used[record.table].append(record)
        return record

    def _intern(self, row: ParsedRow, index: int) -> Planned:
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
        intern = self.interns_by_niss.get(niss) if niss else None
        if intern is None:
            candidates = [
                c
                for c in self.interns_by_name.get(self._intern_key(wanted), ())
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
        self._check_conflict(intern, wanted, row.line, "intern")
        old_key = self._intern_key(intern.desired)
        intern.desired.update(wanted)
        key = self._intern_key(intern.desired)
        if (intern.is_new and intern.first_row is None) or key != old_key:
            bucket = self.interns_by_name[key]
            if intern not in bucket:
                bucket.append(intern)
        if niss:
            self.interns_by_niss.setdefault(niss, intern)
        return self._use(intern, index)

    def _host(self, row: ParsedRow, index: int) -> Planned:
        wanted: dict[str, Any] = {
            "name": row.host_name,
            "enterprise_number": row.host_enterprise_number,
            "joint_committee": row.host_joint_committee,
            "joint_committee_other": row.host_joint_committee_other,
            "language_role": row.host_language,
        }
        host = self.hosts.get(row.host_enterprise_number)
        if host is None:
            host = Planned("host", uuid.uuid4(), None, wanted, line=row.line)
            self.hosts[row.host_enterprise_number] = host
        else:
            self._check_conflict(host, wanted, row.line, "host")
            host.desired.update(wanted)
        return self._use(host, index)

    def _check_conflict(
        self, record: Planned, wanted: dict[str, Any], line: int, what: str
    ) -> None:
        """A notice when an earlier row of the file gave the same record other values."""
        if record.line is not None and record.first_row is not None:
            differing = [name for name, value in wanted.items() if record.desired[name] != value]
            if differing:
                columns = ", ".join(
                    dict.fromkeys(_COLUMN_OF.get(name, f"{what}_{name}") for name in differing)
                )
                self.result.notices.append(
                    RowProblem(
                        line,
                        "host_enterprise_number" if what == "host" else f"{what}_last_name",
                        f"{what}.conflict",
                        f"Line {record.line} gives this {what} other values ({columns}); "
                        "the values of the later row are kept.",
                    )
                )
        record.line = line

    def _find_function(
        self, row: ParsedRow
    ) -> tuple[Planned | None, uuid.UUID | None, RowProblem | None]:
        """The function of the row, or the cluster to create it in, or why neither."""
        found = self.functions.get(_key(row.function), {})
        if len(found) == 1:
            return next(iter(found.values())), None, None
        if len(found) > 1:
            names = ", ".join(sorted(f.desired["code"] for f in found.values()))
            return (
                None,
                None,
                RowProblem(
                    row.line,
                    "function",
                    "function.ambiguous",
                    f"{row.function!r} names several functions of the catalogue ({names}); "
                    "write the function's code or its name in another language.",
                ),
            )
        if row.function_cluster is None:
            return (
                None,
                None,
                RowProblem(
                    row.line,
                    "function_cluster",
                    "function_cluster.required",
                    f"{row.function!r} is not a function of the catalogue; give its cluster in "
                    "function_cluster to create it.",
                ),
            )
        clusters = self.clusters.get(_key(row.function_cluster), {})
        if len(clusters) != 1:
            known = sorted({name for ids in self.clusters.values() for name in ids.values()})
            return (
                None,
                None,
                RowProblem(
                    row.line,
                    "function_cluster",
                    "function_cluster.unknown",
                    f"{row.function_cluster!r} is not a cluster of the catalogue "
                    f"(known: {', '.join(known) or 'none'}); the function {row.function!r} "
                    "cannot be created.",
                ),
            )
        return None, next(iter(clusters)), None

    def _new_function(self, row: ParsedRow, cluster_id: uuid.UUID) -> Planned:
        base = _SLUG.sub("_", _key(row.function)).strip("_")[:_FUNCTION_CODE_MAX]
        base = base or "function"
        code, counter = base, 2
        while code in self.function_codes:
            code = f"{base}_{counter}"
            counter += 1
        self.function_codes.add(code)
        values = {
            "code": code,
            "cluster_id": cluster_id,
            "name_nl": row.function,
            "name_fr": row.function,
            "name_en": row.function,
        }
        function = Planned("function", uuid.uuid4(), None, values)
        for key in {_key(row.function), _key(code)}:
            self.functions[key][function.id] = function
        return function

    def _mentor(self, row: ParsedRow, host: Planned, index: int) -> Planned | None:
        if row.mentor_name is None:
            return None
        key = (host.id, _key(row.mentor_name))
        mentor = self.mentors.get(key)
        if mentor is None:
            first, last = split_name(row.mentor_name)
            values = {"host_id": host.id, "first_name": first, "last_name": last}
            mentor = Planned("mentor", uuid.uuid4(), None, values)
            self.mentors[key] = mentor
        return self._use(mentor, index)

    def _consultant(self, row: ParsedRow, index: int) -> Planned | None:
        if row.consultant is None:
            return None
        key = _key(row.consultant)
        consultant = self.consultants.get(key)
        if consultant is None:
            first, last = split_name(row.consultant)
            values = {"first_name": first, "last_name": last}
            consultant = Planned("consultant", uuid.uuid4(), None, values)
            self.consultants[key] = consultant
        return self._use(consultant, index)

    def _internship(
        self,
        row: ParsedRow,
        stored: Planned | None,
        intern: Planned,
        host: Planned,
        function: Planned,
        mentor: Planned | None,
        consultant: Planned | None,
    ) -> Planned:
        current = None if stored is None else stored.current
        if row.status is not None:
            status = row.status
        elif current is not None:
            status = current["status"]
        else:
            status = derived_status(row.start_date, row.end_date, self.today)
        if mentor is not None:
            mentor_id: uuid.UUID | None = mentor.id
        elif current is not None and current["host_id"] == host.id:
            mentor_id = current["mentor_id"]
        else:
            mentor_id = None
        if consultant is not None:
            consultant_id: uuid.UUID | None = consultant.id
        else:
            consultant_id = None if current is None else current["consultant_id"]
        if row.convention_language is not None:
            language = row.convention_language
        elif current is not None:
            language = current["convention_language"]
        else:
            language = convention_language(row.host_language, row.intern_language)
        planned_end, actual_end = end_dates(status, row, current)
        desired: dict[str, Any] = {
            "intern_id": intern.id,
            "host_id": host.id,
            "mentor_id": mentor_id,
            "consultant_id": consultant_id,
            "function_id": function.id,
            "status": status,
            "start_date": row.start_date,
            "planned_end_date": planned_end,
            "actual_end_date": actual_end,
            "convention_language": language,
        }
        if stored is not None:
            stored.desired = desired
            return stored
        desired |= {
            "reference": row.reference,
            "convention_version": 1,
            "no_replacement_declared": False,
        }
        return Planned("internship", uuid.uuid4(), None, desired)

    def resolve(self, rows: Iterable[ParsedRow]) -> Resolution:
        result = self.result
        for row in rows:
            if row.reference in self.deleted_references:
                result.problems.append(
                    RowProblem(
                        row.line,
                        "reference",
                        "reference.deleted",
                        f"The internship {row.reference} was deleted in the application; "
                        "an import does not bring it back. Give the row another reference.",
                    )
                )
                continue
            function, cluster_id, problem = self._find_function(row)
            if problem is not None:
                result.problems.append(problem)
                continue
            index = len(result.rows)
            if function is None:
                assert cluster_id is not None
                function = self._new_function(row, cluster_id)
            self._use(function, index)
            intern = self._intern(row, index)
            host = self._host(row, index)
            mentor = self._mentor(row, host, index)
            consultant = self._consultant(row, index)
            stored = self.internships.get(row.reference)
            internship = self._internship(row, stored, intern, host, function, mentor, consultant)
            internship.first_row = index
            result.rows.append(row)
            result.internships.append(internship)
        return result

    # --- programme rules --------------------------------------------------------------

    def rule_warnings(self, rules: ProgrammeRules) -> list[RowProblem]:
        """The programme rules the resolved rows fail (they are imported all the same).

        The facts come from the stored internships and the file's rows together,
        as they will be once the import is done.
        """
        result = self.result
        spans: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID, date, date]] = {}
        in_file = {internship.id for internship in result.internships}
        for stored in self.internships.values():
            values = stored.current
            assert values is not None
            if stored.id not in in_file and values["status"] in COUNTED_STATUSES:
                end = values["actual_end_date"] or values["planned_end_date"]
                spans[stored.id] = (
                    values["intern_id"],
                    values["host_id"],
                    values["start_date"],
                    end,
                )
        for internship in result.internships:
            values = internship.desired
            if values["status"] in COUNTED_STATUSES:
                end = values["actual_end_date"] or values["planned_end_date"]
                spans[internship.id] = (
                    values["intern_id"],
                    values["host_id"],
                    values["start_date"],
                    end,
                )
        by_intern: dict[uuid.UUID, list[tuple[uuid.UUID, date, date, float]]] = defaultdict(list)
        host_days: dict[uuid.UUID, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        own_days: dict[uuid.UUID, dict[int, int]] = {}
        for key, (intern_id, host_id, start, end) in spans.items():
            breaks = self.breaks.get(key, ())
            by_intern[intern_id].append((key, start, end, working_days(start, end, breaks) / 5))
            per_year = _days_per_year(start, end, breaks)
            own_days[key] = per_year
            for year, days in per_year.items():
                host_days[host_id][year] += days

        interns = {intern.id: intern for intern in result.used.get("intern", [])}
        hosts = {host.id: host for host in result.used.get("host", [])}
        warnings: list[RowProblem] = []
        for row, internship in zip(result.rows, result.internships, strict=True):
            values = internship.desired
            if values["status"] is InternshipStatus.CANCELLED:
                continue
            intern, host = interns[values["intern_id"]], hosts[values["host_id"]]
            own = own_days.get(internship.id, {})
            used = host_days.get(host.id, {})
            year = row.start_date.year
            plan = InternshipPlan(
                start=row.start_date,
                planned_end=row.end_date,
                interruptions=tuple(self.breaks.get(internship.id, ())),
                no_replacement_declared=True,
            )
            intern_facts = InternFacts(
                birth_date=intern.desired["birth_date"],
                other_internships=tuple(
                    (start, end, weeks)
                    for key, start, end, weeks in by_intern.get(intern.id, ())
                    if key != internship.id
                ),
            )
            host_facts = HostFacts(
                joint_committee=_committee_text(
                    host.desired["joint_committee"], host.desired["joint_committee_other"]
                ),
                employees_fte=self.host_fte.get(host.id),
                weeks_used_in_year=(used.get(year, 0) - own.get(year, 0)) / 5,
                training_plan_status="received",
                weeks_used_next_year=(used.get(year + 1, 0) - own.get(year + 1, 0)) / 5,
            )
            for verdict in check_rules(plan, intern_facts, host_facts, rules):
                column = CHECKED_RULES.get(verdict.rule)
                if not verdict.ok and column is not None:
                    warnings.append(
                        RowProblem(row.line, column, f"rule.{verdict.rule}", verdict.message)
                    )
        return warnings


def _days_per_year(start: date, end: date, breaks: Sequence[tuple[date, date]]) -> dict[int, int]:
    if start.year == end.year:
        return {start.year: working_days(start, end, breaks)}
    return {
        year: working_days(start, end, breaks, within=Period.year(year))
        for year in range(start.year, end.year + 1)
    }
