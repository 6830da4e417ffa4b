"""The lists of people and places: interns, hosts and their mentors."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import FromClause, String, and_, func, literal, not_, select, type_coerce

from consultant_app.domain.enums import (
    COUNTED_STATUSES,
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.identifiers import display_enterprise_number, display_niss
from consultant_app.domain.programme import DAYS_PER_WEEK, ProgrammeRules
from consultant_app.services.forms.fields import HOST_FIELDS, INTERN_FIELDS
from consultant_app.services.privacy.anonymise import ANONYMISED
from consultant_app.store.settings import get_rules
from consultant_app.store.sql_functions import BREAK_SEPARATOR, DAY_SEPARATOR

from .base import (
    Column,
    Expr,
    Host,
    Intern,
    Internship,
    Interruption,
    ListQuery,
    ListSource,
    Mentor,
    count_of,
    detail_pairs,
    enum_codes,
    joined,
    person_name,
)


def _anonymised(first_name: Any, last_name: Any) -> Expr:
    """The names :mod:`~consultant_app.services.privacy.anonymise` leaves: ANONYMISED and
    eight hexadecimal digits."""
    return and_(first_name == ANONYMISED, last_name.op("GLOB")("[0-9A-F]" * 8))


def _references_where(condition: Any) -> Any:
    """References of the live internships meeting *condition*, oldest first."""
    return (
        select(Internship.reference)
        .where(condition, Internship.deleted_at.is_(None))
        .order_by(Internship.start_date, Internship.reference)
    )


# --- interns ------------------------------------------------------------------------

#: The intern form's fields, surname first; the wished functions are not shown in the list.
_INTERN_DETAIL_FIELDS = (
    "last_name",
    "first_name",
    *(f for f in INTERN_FIELDS if f not in {"first_name", "last_name", "wished_functions"}),
)


#: Values of the ``eligibility`` filter of the Interns list.
ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"


def _live_internships_of(link: Expr) -> Expr:
    """Count of the live, not cancelled internships matching *link*."""
    return count_of(Internship, link, Internship.status != InternshipStatus.CANCELLED)


def _iso(column: Expr) -> Expr:
    """A date column as the ISO text SQLite stores (``YYYY-MM-DD``), to compare as text."""
    return type_coerce(column, String)


def _days_done() -> Expr:
    """Correlated: working days of the intern's counted internships, interruptions excluded.

    The same figure as :func:`consultant_app.services.people.interns.counted_working_days`:
    live internships with a counted status, from the start to the actual (else
    planned) end, without the weekdays of their live interruptions. The SQL
    function ``working_days`` is the domain's (see :mod:`consultant_app.store.sql_functions`).
    """
    breaks = (
        select(
            func.group_concat(
                _iso(Interruption.start_date)
                + literal(DAY_SEPARATOR)
                + _iso(Interruption.end_date),
                BREAK_SEPARATOR,
            )
        )
        .where(Interruption.internship_id == Internship.id, Interruption.deleted_at.is_(None))
        .scalar_subquery()
    )
    end = func.coalesce(Internship.actual_end_date, Internship.planned_end_date)
    days = func.working_days(Internship.start_date, end, breaks)
    return (
        select(func.coalesce(func.sum(days), 0))
        .where(
            Internship.intern_id == Intern.id,
            Internship.deleted_at.is_(None),
            Internship.status.in_(sorted(COUNTED_STATUSES)),
        )
        .scalar_subquery()
    )


def eligible_condition(day: date, rules: ProgrammeRules) -> Expr:
    """SQL true for the interns eligible on *day*, by the rules of ``assess_eligibility``.

    * age: born on or before *day* and younger than ``rules.age_limit`` then, i.e.
      born after the same month and day ``age_limit`` years before (ISO dates
      compare as text; 29 February counts as in :func:`~consultant_app.domain.people.age_on`);
    * registered with a job-seeker agency;
    * the weeks done leave at least ``min_weeks_per_internship`` below
      ``max_total_weeks_per_intern`` (nothing planned).

    Never NULL, so that its negation lists exactly the other interns.
    """
    year = max(day.year - rules.age_limit, 0)
    born_after = f"{year:04d}-{day.month:02d}-{day.day:02d}"
    max_weeks = rules.max_total_weeks_per_intern - max(rules.min_weeks_per_internship, 0)
    birth = _iso(Intern.birth_date)
    return and_(
        birth > born_after,
        birth <= day.isoformat(),
        Intern.jobseeker_agency.is_not(None),
        _days_done() <= max_weeks * DAYS_PER_WEEK,
    )


class InternsSource(ListSource):
    name = "interns"
    model = Intern
    search_index = "intern_search"  # trigram index of ``search_text`` (migration 0005)
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
    filters = {
        "language": enum_codes(Language),
        "gender": enum_codes(Gender),
        #: On the query's day (``ListQuery.day``), by the programme rules of the database.
        "eligibility": (ELIGIBLE, NOT_ELIGIBLE),
    }
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

    def _anonymised(self) -> Expr:
        return _anonymised(Intern.first_name, Intern.last_name)

    def _filter(self, key: str, value: str, query: ListQuery) -> Expr:
        if key == "language":
            return Intern.language == Language(value)
        if key == "eligibility":
            eligible = eligible_condition(query.day, self._rules())
            return eligible if value == ELIGIBLE else not_(eligible)
        return Intern.gender == Gender(value)

    def _rules(self) -> ProgrammeRules:
        """The programme rules stored in the database (read once per count or fetch)."""
        with self.database.session_factory() as session:
            return get_rules(session)

    def detail(self, record_id: uuid.UUID, language: str = "en") -> list[tuple[str, object]]:
        statement = select(*(getattr(Intern, name) for name in _INTERN_DETAIL_FIELDS)).where(
            Intern.id == record_id, Intern.deleted_at.is_(None)
        )
        references = _references_where(Internship.intern_id == record_id)
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
            if record is None:
                return []
            found = list(connection.execute(references).scalars())
        result = [
            (key, display_niss(value) if key == "national_number" and value else value)
            for key, value in detail_pairs(_INTERN_DETAIL_FIELDS, record)
        ]
        result.append(("internships", ", ".join(found)))
        return result


# --- hosts ----------------------------------------------------------------------------

#: The detail shows the fields of the host form, in the same order.
_HOST_DETAIL_FIELDS = HOST_FIELDS


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
    filters = {
        "joint_committee": enum_codes(JointCommittee),
        "language_role": enum_codes(LanguageRole),
    }
    default_order = (("name", False),)

    def _expressions(self, query: ListQuery) -> dict[str, Expr]:
        return {
            "name": Host.name,
            "enterprise_number": Host.enterprise_number,
            "joint_committee": Host.joint_committee,
            "language_role": Host.language_role,
            "municipality": Host.municipality,
            "mentors": count_of(Mentor, Mentor.host_id == Host.id),
            "internships": _live_internships_of(Internship.host_id == Host.id),
        }

    def _converters(self) -> dict[str, Callable[[Any], object]]:
        # NULL stays NULL: it sorts last and shows empty, like every other column.
        return {"enterprise_number": lambda v: None if v is None else display_enterprise_number(v)}

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
            (
                key,
                display_enterprise_number(value) if key == "enterprise_number" and value else value,
            )
            for key, value in detail_pairs(_HOST_DETAIL_FIELDS, record)
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

    def _anonymised(self) -> Expr:
        return _anonymised(Mentor.first_name, Mentor.last_name)

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
        references = _references_where(Internship.mentor_id == record_id)
        with self.database.engine.connect() as connection:
            record = self._one(connection, statement)
            if record is None:
                return []
            found = list(connection.execute(references).scalars())
        return [*detail_pairs(_MENTOR_DETAIL_FIELDS, record), ("internships", ", ".join(found))]
