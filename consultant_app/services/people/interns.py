"""Interns (stagiaires / stagiairs): validation of the form, load and save, duplicates,
weeks done and eligibility.

The form hands the raw text of every field of :data:`INTERN_FIELDS`;
:func:`validate_intern` returns the typed values to store and at most one
:class:`~consultant_app.services.forms.parsing.FieldError` per field. :func:`save_intern`
validates again and writes in one transaction (the audit trail records it).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from consultant_app.domain.contact import (
    display_phone,
    normalise_phone,
    parse_email,
    parse_postcode,
)
from consultant_app.domain.eligibility import Eligibility, assess_eligibility
from consultant_app.domain.enums import COUNTED_STATUSES, Gender, JobSeekerAgency, Language
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import display_niss, parse_niss
from consultant_app.domain.people import check_birth_date, check_niss_consistency
from consultant_app.domain.period import Period
from consultant_app.domain.text import normalise_search
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.forms.fields import INTERN_FIELDS
from consultant_app.services.forms.parsing import (
    SAME_NAME_BIRTH_DATE,
    SAME_NATIONAL_NUMBER,
    Duplicate,
    FieldError,
    FormReader,
    RecordNotFound,
    ValidationFailed,
    column_lengths,
    date_not_after,
    enum_parser,
    format_value,
    parse_date,
    shown,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Function,
    Intern,
    Internship,
    InternWishedFunction,
    Interruption,
)
from consultant_app.store.settings import get_rules

__all__ = [
    "INTERN_FIELDS",
    "INTERN_LABELS",
    "REQUIRED_INTERN_FIELDS",
    "Duplicate",
    "counted_working_days",
    "find_duplicates",
    "function_choices",
    "intern_eligibility",
    "load_intern",
    "save_intern",
    "validate_intern",
    "weeks_done",
]

REQUIRED_INTERN_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "language",
)
#: English names of the fields, in messages.
INTERN_LABELS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "birth_date": "Birth date",
    "gender": "Gender",
    "language": "Language",
    "national_number": "National register number",
    "email": "Email",
    "phone": "Phone",
    "street": "Street",
    "house_number": "House number",
    "box": "Box",
    "postcode": "Postcode",
    "municipality": "Municipality",
    "jobseeker_agency": "Job-seeker agency",
    "jobseeker_number": "Job-seeker number",
    "jobseeker_since": "Job seeker since",
    "diploma": "Last diploma",
    "school": "School",
    "wished_functions": "Functions wished",
    "interests": "Interests",
    "registered_on": "Registered on",
    "consent_on": "Consent given on",
}
#: Fields stored in columns of ``intern`` (all but the wished functions).
_COLUMNS: tuple[str, ...] = tuple(name for name in INTERN_FIELDS if name != "wished_functions")
_LENGTHS = column_lengths(Intern, _COLUMNS)
_ENTITY = "intern"


# --- validation ---------------------------------------------------------------------


def _function_codes(known: Collection[str] | None) -> Callable[[str], tuple[str, ...]]:
    """Parser of the comma-separated function codes (unknown ones refused when *known*)."""

    def parse(text: str) -> tuple[str, ...]:
        codes = tuple(dict.fromkeys(code.strip() for code in text.split(",") if code.strip()))
        if known is not None:
            unknown = [code for code in codes if code not in known]
            if unknown:
                raise InvalidValue(
                    f"{', '.join(shown(code) for code in unknown)} "
                    f"{'is not a function' if len(unknown) == 1 else 'are not functions'} "
                    "of the catalogue.",
                    "choice.unknown",
                    {"value": text, "unknown": unknown},
                )
        return codes

    return parse


def validate_intern(
    values: Mapping[str, str],
    today: date,
    *,
    known_functions: Collection[str] | None = None,
) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the intern form and its errors (at most one per field).

    Cleaned values: names and free texts stripped (``None`` when empty), dates,
    :class:`Gender`, :class:`Language`, :class:`JobSeekerAgency`, the national
    number as 11 digits, the phone in E.164, the email with its domain in lower
    case, the postcode as 4 digits and ``wished_functions`` as a tuple of
    function codes. With *known_functions*, codes outside it are an error
    (:func:`save_intern` always checks them against the catalogue).

    The national number is also checked against the birth date and gender
    (codes ``niss.birth_date`` and ``niss.gender``, on ``national_number``).
    """
    form = FormReader(values, INTERN_LABELS, _LENGTHS)
    form.text("first_name", required=True)
    form.text("last_name", required=True)

    def birth_date(text: str) -> date | None:
        birth = parse_date(text)
        if birth is not None:
            check_birth_date(birth, today)
        return birth

    birth = form.read("birth_date", birth_date, required=True)
    gender = form.read("gender", enum_parser(Gender), required=True)
    form.read("language", enum_parser(Language), required=True)
    niss = form.read("national_number", parse_niss)
    if niss is not None:
        for problem in check_niss_consistency(niss, birth, gender):
            form.invalid("national_number", problem)
    form.read("email", parse_email)
    form.read("phone", normalise_phone)
    for name in ("street", "house_number", "box"):
        form.text(name)
    form.read("postcode", parse_postcode)
    form.text("municipality")
    past = date_not_after(today)
    agency = form.read("jobseeker_agency", enum_parser(JobSeekerAgency))
    form.text("jobseeker_number")
    form.read("jobseeker_since", past)
    if agency is None and not form.has_error("jobseeker_agency"):
        given = [name for name in ("jobseeker_number", "jobseeker_since") if form.raw(name)]
        if given:
            form.error(
                "jobseeker_agency",
                "required",
                f"{form.label('jobseeker_agency')} is required when the "
                f"{' and '.join(form.label(name).lower() for name in given)} "
                f"{'is' if len(given) == 1 else 'are'} given.",
                {"because": given},
            )
    form.text("diploma")
    form.text("school")
    codes = form.read("wished_functions", _function_codes(known_functions))
    form.cleaned["wished_functions"] = codes or ()
    form.text("interests")
    form.read("registered_on", past)
    form.read("consent_on", past)
    return {name: form.cleaned.get(name) for name in INTERN_FIELDS}, form.errors


# --- load and save ------------------------------------------------------------------


def _live_intern(session: Session, intern_id: uuid.UUID) -> Intern:
    intern = session.get(Intern, intern_id)
    if intern is None or intern.deleted_at is not None:
        raise RecordNotFound(_ENTITY, intern_id)
    return intern


def _functions_by_code(session: Session) -> dict[str, uuid.UUID]:
    rows = session.execute(select(Function.code, Function.id).where(Function.deleted_at.is_(None)))
    return {code: function_id for code, function_id in rows}


def load_intern(database: Database, intern_id: uuid.UUID) -> dict[str, str]:
    """The texts of the intern form: dates ISO, national number and phone spelled for reading.

    Raises :class:`RecordNotFound` when there is no such (live) intern.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        intern = _live_intern(session, intern_id)
        values = {name: format_value(getattr(intern, name)) for name in _COLUMNS}
        codes = session.scalars(
            select(Function.code)
            .join(InternWishedFunction, InternWishedFunction.function_id == Function.id)
            .where(
                InternWishedFunction.intern_id == intern_id,
                InternWishedFunction.deleted_at.is_(None),
                Function.deleted_at.is_(None),
            )
            .order_by(Function.code)
        ).all()
        values["national_number"] = display_niss(intern.national_number)
        values["phone"] = display_phone(intern.phone)
    values["wished_functions"] = ",".join(codes)
    return {name: values[name] for name in INTERN_FIELDS}


def _replace_wished_functions(
    session: Session, intern: Intern, wanted: list[uuid.UUID], is_new: bool
) -> None:
    """Make *wanted* the live wished functions of *intern* (soft-deleting the others)."""
    existing: dict[uuid.UUID, InternWishedFunction] = {}
    if not is_new:
        rows = session.scalars(
            select(InternWishedFunction).where(InternWishedFunction.intern_id == intern.id)
        )
        existing = {row.function_id: row for row in rows}
    for function_id, row in existing.items():
        if function_id not in wanted and row.deleted_at is None:
            row.soft_delete()
    for function_id in wanted:
        kept = existing.get(function_id)
        if kept is None:
            session.add(InternWishedFunction(intern=intern, function_id=function_id))
        elif kept.deleted_at is not None:
            kept.deleted_at = None


def save_intern(
    database: Database,
    values: Mapping[str, str],
    *,
    intern_id: uuid.UUID | None = None,
    actor: str | None = None,
    today: date | None = None,
) -> uuid.UUID:
    """Create (no *intern_id*) or update an intern from the form's texts; its id.

    Raises :class:`ValidationFailed` when a field is not valid (nothing is
    written) and :class:`RecordNotFound` when *intern_id* names no live intern.
    The wished functions are replaced by those given.
    """
    today = today or date.today()
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        functions = _functions_by_code(session)
        cleaned, errors = validate_intern(values, today, known_functions=functions)
        if errors:
            raise ValidationFailed(errors)
        is_new = intern_id is None
        intern = Intern(id=uuid.uuid4()) if intern_id is None else _live_intern(session, intern_id)
        for name in _COLUMNS:
            if is_new or getattr(intern, name) != cleaned[name]:
                setattr(intern, name, cleaned[name])
        if is_new:
            session.add(intern)
        codes = cleaned["wished_functions"]
        assert isinstance(codes, tuple)
        _replace_wished_functions(session, intern, [functions[code] for code in codes], is_new)
        uow.commit()
        return intern.id


# --- duplicates ---------------------------------------------------------------------


def find_duplicates(
    database: Database,
    *,
    national_number: str | None,
    first_name: str,
    last_name: str,
    birth_date: date | None,
    exclude_id: uuid.UUID | None = None,
) -> list[Duplicate]:
    """Live interns with the same national number, or the same name and birth date.

    Names compare without accents and case (``Lefèvre`` is ``LEFEVRE``). A
    national number that is not valid is ignored. An intern matching both ways
    is reported once, for its national number.
    """
    niss: str | None = None
    if national_number and national_number.strip():
        try:
            niss = parse_niss(national_number)
        except InvalidValue:
            niss = None
    first, last = normalise_search(first_name), normalise_search(last_name)
    conditions: list[ColumnElement[bool]] = []
    if niss is not None:
        conditions.append(Intern.national_number == niss)
    if birth_date is not None and first and last:
        conditions.append(Intern.birth_date == birth_date)
    if not conditions:
        return []
    statement = select(
        Intern.id, Intern.first_name, Intern.last_name, Intern.birth_date, Intern.national_number
    ).where(Intern.deleted_at.is_(None), or_(*conditions))
    if exclude_id is not None:
        statement = statement.where(Intern.id != exclude_id)
    with database.unit_of_work() as uow:
        rows = uow.session.execute(statement).all()
    found: list[Duplicate] = []
    for row_id, row_first, row_last, row_birth, row_niss in rows:
        name = f"{row_first} {row_last}"
        if niss is not None and row_niss == niss:
            found.append(Duplicate(row_id, name, row_birth, SAME_NATIONAL_NUMBER))
        elif (
            row_birth == birth_date
            and normalise_search(row_first) == first
            and normalise_search(row_last) == last
        ):
            found.append(Duplicate(row_id, name, row_birth, SAME_NAME_BIRTH_DATE))
    found.sort(key=lambda d: (d.reason != SAME_NATIONAL_NUMBER, normalise_search(d.name)))
    return found


# --- weeks and eligibility ----------------------------------------------------------


def counted_working_days(
    session: Session,
    condition: ColumnElement[bool],
    *,
    until: date | None = None,
    within: Period | None = None,
) -> int:
    """Working days of the live internships matching *condition* with a counted status.

    Each internship runs from its start to its actual end (else its planned
    end), without its interruptions; only days up to *until* and inside
    *within* count, when given.
    """
    rows = session.execute(
        select(
            Internship.id,
            Internship.start_date,
            Internship.planned_end_date,
            Internship.actual_end_date,
        ).where(
            Internship.deleted_at.is_(None),
            Internship.status.in_(sorted(COUNTED_STATUSES)),
            condition,
        )
    ).all()
    if not rows:
        return 0
    breaks: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
    interruptions = session.execute(
        select(Interruption.internship_id, Interruption.start_date, Interruption.end_date).where(
            Interruption.deleted_at.is_(None),
            Interruption.internship_id.in_([row[0] for row in rows]),
        )
    )
    for internship_id, first, last in interruptions:
        breaks[internship_id].append((first, last))
    total = 0
    for internship_id, start, planned_end, actual_end in rows:
        end = actual_end or planned_end
        if until is not None:
            end = min(end, until)
        total += working_days(start, end, breaks.get(internship_id, ()), within=within)
    return total


def weeks_done(database: Database, intern_id: uuid.UUID, until: date | None = None) -> float:
    """Internship weeks of the intern: working days of its counted internships / 5.

    Counted internships are signed, running, completed or terminated (not
    drafts, not cancelled); interruptions do not count. With *until*, only the
    days up to that date (included) count.
    """
    with database.unit_of_work() as uow:
        days = counted_working_days(uow.session, Internship.intern_id == intern_id, until=until)
    return weeks_from_days(days)


def intern_eligibility(
    database: Database, intern_id: uuid.UUID, on: date, *, planned_weeks: float = 0.0
) -> Eligibility:
    """Whether the intern may start an internship on *on*, with the reasons.

    The rules are the programme settings of the database. The weeks done are
    those of all the intern's counted internships, later signed ones included
    (they are committed). Raises :class:`RecordNotFound` for an unknown intern.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        intern = _live_intern(session, intern_id)
        rules = get_rules(session)
        days = counted_working_days(session, Internship.intern_id == intern_id)
        birth, agency = intern.birth_date, intern.jobseeker_agency
    return assess_eligibility(
        birth_date=birth,
        on=on,
        jobseeker_agency=agency.value if agency is not None else None,
        weeks_done=weeks_from_days(days),
        rules=rules,
        planned_weeks=planned_weeks,
    )


def function_choices(database: Database, language: str) -> list[tuple[str, str]]:
    """(code, name in *language*) of the live functions of the catalogue, sorted by name."""
    with database.unit_of_work() as uow:
        functions = uow.session.scalars(select(Function).where(Function.deleted_at.is_(None)))
        choices = [(function.code, function.name(str(language))) for function in functions]
    choices.sort(key=lambda choice: (normalise_search(choice[1]), choice[0]))
    return choices


def function_options(database: Database, language: str) -> list[tuple[str, str]]:
    """(id, name in *language*) of the live functions of the catalogue, sorted by name."""
    with database.unit_of_work() as uow:
        functions = uow.session.scalars(select(Function).where(Function.deleted_at.is_(None)))
        choices = [(str(function.id), function.name(str(language))) for function in functions]
    choices.sort(key=lambda choice: (normalise_search(choice[1]), choice[0]))
    return choices
