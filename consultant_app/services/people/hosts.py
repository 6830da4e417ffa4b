"""Hosts (donneurs de stage / stagegevers), their mentors and training policy plans:
validation of the forms, load and save, duplicates and the yearly weeks quota.

Same shapes as :mod:`consultant_app.services.people.interns`: the forms hand raw texts,
``validate_*`` returns typed values and at most one error per field, ``save_*``
validates again and writes in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.domain.contact import (
    display_phone,
    normalise_phone,
    parse_email,
    parse_postcode,
)
from consultant_app.domain.enums import JointCommittee, LanguageRole, TrainingPlanStatus
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import display_enterprise_number, parse_enterprise_number
from consultant_app.domain.period import Period
from consultant_app.domain.quota import HostQuota
from consultant_app.domain.quota import host_quota as compute_host_quota
from consultant_app.domain.text import normalise_search
from consultant_app.domain.workdays import weeks_from_days
from consultant_app.services.forms.fields import HOST_FIELDS
from consultant_app.services.forms.parsing import (
    SAME_ENTERPRISE_NUMBER,
    Duplicate,
    FieldError,
    FormReader,
    RecordNotFound,
    ValidationFailed,
    column_lengths,
    enum_parser,
    format_value,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_int,
    shown,
)
from consultant_app.services.people.interns import counted_working_days
from consultant_app.store.database import Database
from consultant_app.store.models import Host, Internship, Mentor, TrainingPlan
from consultant_app.store.settings import get_rules

__all__ = [
    "HOST_FIELDS",
    "HOST_LABELS",
    "MENTOR_FIELDS",
    "MENTOR_LABELS",
    "REQUIRED_HOST_FIELDS",
    "REQUIRED_MENTOR_FIELDS",
    "REQUIRED_TRAINING_PLAN_FIELDS",
    "TRAINING_PLAN_FIELDS",
    "TRAINING_PLAN_LABELS",
    "Duplicate",
    "find_host_duplicates",
    "host_of_mentor",
    "host_quota",
    "load_host",
    "load_mentor",
    "mentors_of",
    "save_host",
    "save_mentor",
    "save_training_plan",
    "training_plans_of",
    "validate_host",
    "validate_mentor",
    "validate_training_plan",
    "weeks_used",
]

# --- hosts --------------------------------------------------------------------------

#: Always required; ``joint_committee_other`` is required too when the committee is "other".
REQUIRED_HOST_FIELDS: tuple[str, ...] = (
    "name",
    "enterprise_number",
    "joint_committee",
    "language_role",
)
HOST_LABELS: dict[str, str] = {
    "name": "Name",
    "enterprise_number": "Enterprise number",
    "legal_form": "Legal form",
    "joint_committee": "Joint committee",
    "joint_committee_other": "Other joint committee",
    "language_role": "Language role",
    "street": "Street",
    "house_number": "House number",
    "box": "Box",
    "postcode": "Postcode",
    "municipality": "Municipality",
    "website": "Website",
    "employees_fte": "Employees (FTE)",
    "contact_name": "Contact name",
    "contact_email": "Contact email",
    "contact_phone": "Contact phone",
    "represented_by": "Represented by",
}
_HOST_LENGTHS = column_lengths(Host, HOST_FIELDS)
#: ``Numeric(8, 1)``: at most 7 digits before the decimal point.
_MAX_EMPLOYEES_FTE = Decimal("9999999.9")


def _website(text: str) -> str:
    """A web address as typed; it has no spaces and its host name has a dot."""
    address = text.strip()
    rest = address.split("://", 1)[1] if "://" in address else address
    host_name = rest.split("/", 1)[0]
    if any(c.isspace() for c in address) or "." not in host_name.strip("."):
        raise InvalidValue(
            f"{shown(address)} is not a web address (for example www.example.be).",
            "website.syntax",
            {"text": address},
        )
    return address


def _employees_fte(text: str) -> Decimal | None:
    return parse_decimal(text, minimum=0, maximum=_MAX_EMPLOYEES_FTE, places=1)


def validate_host(values: Mapping[str, str]) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the host form and its errors (at most one per field).

    The enterprise number is kept as 10 digits, the phone in E.164, the number
    of employees as a :class:`~decimal.Decimal` with one decimal.
    ``joint_committee_other`` is required when the committee is ``other`` and
    dropped (``None``) otherwise.
    """
    form = FormReader(values, HOST_LABELS, _HOST_LENGTHS)
    form.text("name", required=True)
    form.read("enterprise_number", parse_enterprise_number, required=True)
    form.text("legal_form")
    committee = form.read("joint_committee", enum_parser(JointCommittee), required=True)
    if committee == JointCommittee.OTHER:
        form.text("joint_committee_other", required=True)
    else:
        form.cleaned["joint_committee_other"] = None
    form.read("language_role", enum_parser(LanguageRole), required=True)
    for name in ("street", "house_number", "box"):
        form.text(name)
    form.read("postcode", parse_postcode)
    form.text("municipality")
    form.read("website", _website)
    form.read("employees_fte", _employees_fte)
    form.text("contact_name")
    form.read("contact_email", parse_email)
    form.read("contact_phone", normalise_phone)
    form.text("represented_by")
    return {name: form.cleaned.get(name) for name in HOST_FIELDS}, form.errors


def _live_host(session: Session, host_id: uuid.UUID) -> Host:
    host = session.get(Host, host_id)
    if host is None or host.deleted_at is not None:
        raise RecordNotFound("host", host_id)
    return host


def load_host(database: Database, host_id: uuid.UUID) -> dict[str, str]:
    """The texts of the host form; raises :class:`RecordNotFound` for no live host."""
    with database.unit_of_work() as uow:
        host = _live_host(uow.session, host_id)
        values = {name: format_value(getattr(host, name)) for name in HOST_FIELDS}
        values["enterprise_number"] = display_enterprise_number(host.enterprise_number)
        values["contact_phone"] = display_phone(host.contact_phone)
    return values


def _assign(record: object, cleaned: Mapping[str, object], names: tuple[str, ...]) -> None:
    """Set the changed attributes only, so that the audit trail lists real edits."""
    for name in names:
        if getattr(record, name, None) != cleaned[name]:
            setattr(record, name, cleaned[name])


def save_host(
    database: Database,
    values: Mapping[str, str],
    *,
    host_id: uuid.UUID | None = None,
    actor: str | None = None,
) -> uuid.UUID:
    """Create (no *host_id*) or update a host from the form's texts; its id.

    Raises :class:`ValidationFailed` (nothing written) or :class:`RecordNotFound`.
    """
    cleaned, errors = validate_host(values)
    if errors:
        raise ValidationFailed(errors)
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        if host_id is None:
            host = Host(id=uuid.uuid4())
            _assign(host, cleaned, HOST_FIELDS)
            session.add(host)
        else:
            host = _live_host(session, host_id)
            _assign(host, cleaned, HOST_FIELDS)
        uow.commit()
        return host.id


def find_host_duplicates(
    database: Database, enterprise_number: str, exclude_id: uuid.UUID | None = None
) -> list[Duplicate]:
    """Live hosts with the same enterprise number (any spelling; an invalid one finds none)."""
    try:
        digits = parse_enterprise_number(enterprise_number)
    except InvalidValue:
        return []
    statement = select(Host.id, Host.name).where(
        Host.deleted_at.is_(None), Host.enterprise_number == digits
    )
    if exclude_id is not None:
        statement = statement.where(Host.id != exclude_id)
    with database.unit_of_work() as uow:
        rows = list(uow.session.execute(statement).all())
    rows.sort(key=lambda row: (normalise_search(row[1]), str(row[0])))
    return [Duplicate(row_id, name, None, SAME_ENTERPRISE_NUMBER) for row_id, name in rows]


# --- quota --------------------------------------------------------------------------


def _weeks_used(session: Session, host_id: uuid.UUID, year: int) -> float:
    days = counted_working_days(session, Internship.host_id == host_id, within=Period.year(year))
    return weeks_from_days(days)


def weeks_used(database: Database, host_id: uuid.UUID, year: int) -> float:
    """Weeks of the host's counted internships inside calendar year *year* (days / 5).

    An internship across New Year counts its days in each year; interruptions
    do not count; drafts and cancelled internships do not count.
    """
    with database.unit_of_work() as uow:
        return _weeks_used(uow.session, host_id, year)


def host_quota(database: Database, host_id: uuid.UUID, year: int) -> HostQuota:
    """Weeks available, used and left for the host in *year*, from the programme settings."""
    with database.unit_of_work() as uow:
        session = uow.session
        host = _live_host(session, host_id)
        rules = get_rules(session)
        used = _weeks_used(session, host_id, year)
        employees = host.employees_fte
    return compute_host_quota(year, employees, used, rules)


# --- mentors ------------------------------------------------------------------------

MENTOR_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "job_title",
    "email",
    "phone",
    "years_experience",
    "mentor_training",
)
REQUIRED_MENTOR_FIELDS: tuple[str, ...] = ("first_name", "last_name")
MENTOR_LABELS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "job_title": "Job title",
    "email": "Email",
    "phone": "Phone",
    "years_experience": "Years of experience",
    "mentor_training": "Mentor training followed",
}
_MENTOR_LENGTHS = column_lengths(Mentor, MENTOR_FIELDS)
MAX_YEARS_EXPERIENCE = 70


def validate_mentor(values: Mapping[str, str]) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the mentor form and its errors; ``mentor_training`` empty is ``False``."""
    form = FormReader(values, MENTOR_LABELS, _MENTOR_LENGTHS)
    form.text("first_name", required=True)
    form.text("last_name", required=True)
    form.text("job_title")
    form.read("email", parse_email)
    form.read("phone", normalise_phone)
    form.read("years_experience", lambda t: parse_int(t, minimum=0, maximum=MAX_YEARS_EXPERIENCE))
    trained = form.read("mentor_training", parse_bool)
    if not form.has_error("mentor_training"):
        form.cleaned["mentor_training"] = bool(trained)
    return {name: form.cleaned.get(name) for name in MENTOR_FIELDS}, form.errors


def _live_mentor(session: Session, mentor_id: uuid.UUID, host_id: uuid.UUID | None) -> Mentor:
    mentor = session.get(Mentor, mentor_id)
    if (
        mentor is None
        or mentor.deleted_at is not None
        or (host_id is not None and mentor.host_id != host_id)
    ):
        raise RecordNotFound("mentor", mentor_id)
    return mentor


def load_mentor(database: Database, mentor_id: uuid.UUID) -> dict[str, str]:
    """The texts of the mentor form; raises :class:`RecordNotFound` for no live mentor."""
    with database.unit_of_work() as uow:
        mentor = _live_mentor(uow.session, mentor_id, None)
        values = {name: format_value(getattr(mentor, name)) for name in MENTOR_FIELDS}
        values["phone"] = display_phone(mentor.phone)
    return values


def host_of_mentor(database: Database, mentor_id: uuid.UUID) -> uuid.UUID:
    """The host a mentor works for (where the mentor is edited); RecordNotFound if gone."""
    with database.unit_of_work() as uow:
        return _live_mentor(uow.session, mentor_id, None).host_id


def save_mentor(
    database: Database,
    host_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    mentor_id: uuid.UUID | None = None,
    actor: str | None = None,
) -> uuid.UUID:
    """Create (no *mentor_id*) or update a mentor of the host; its id.

    Raises :class:`ValidationFailed`, or :class:`RecordNotFound` when the host
    is not live or the mentor is not one of its live mentors.
    """
    cleaned, errors = validate_mentor(values)
    if errors:
        raise ValidationFailed(errors)
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        _live_host(session, host_id)
        if mentor_id is None:
            mentor = Mentor(id=uuid.uuid4(), host_id=host_id)
            _assign(mentor, cleaned, MENTOR_FIELDS)
            session.add(mentor)
        else:
            mentor = _live_mentor(session, mentor_id, host_id)
            _assign(mentor, cleaned, MENTOR_FIELDS)
        uow.commit()
        return mentor.id


def mentors_of(database: Database, host_id: uuid.UUID) -> list[tuple[uuid.UUID, str, str]]:
    """(id, full name, job title or "") of the host's live mentors, by last and first name."""
    statement = (
        select(Mentor.id, Mentor.first_name, Mentor.last_name, Mentor.job_title)
        .where(Mentor.host_id == host_id, Mentor.deleted_at.is_(None))
        .order_by(Mentor.last_name, Mentor.first_name)
    )
    with database.unit_of_work() as uow:
        rows = uow.session.execute(statement).all()
    return [(row_id, f"{first} {last}", title or "") for row_id, first, last, title in rows]


# --- training policy plans ----------------------------------------------------------

TRAINING_PLAN_FIELDS: tuple[str, ...] = (
    "year",
    "status",
    "training_budget",
    "coaching_new_staff",
    "mentors_trained",
    "talent_policy",
    "comments",
    "received_on",
)
#: ``status`` empty means "requested".
REQUIRED_TRAINING_PLAN_FIELDS: tuple[str, ...] = ("year",)
TRAINING_PLAN_LABELS: dict[str, str] = {
    "year": "Year",
    "status": "Status",
    "training_budget": "Training budget",
    "coaching_new_staff": "Coaching of new staff",
    "mentors_trained": "Mentors trained",
    "talent_policy": "Talent policy",
    "comments": "Comments",
    "received_on": "Received on",
}
MIN_PLAN_YEAR = 2000
MAX_PLAN_YEAR = 2100
#: ``Numeric(12, 2)``: at most 10 digits before the decimal point.
_MAX_TRAINING_BUDGET = Decimal("9999999999.99")
_MAX_MENTORS_TRAINED = 100_000


def validate_training_plan(
    values: Mapping[str, str],
) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the training plan form and its errors (at most one per field)."""
    form = FormReader(values, TRAINING_PLAN_LABELS)
    form.read(
        "year", lambda t: parse_int(t, minimum=MIN_PLAN_YEAR, maximum=MAX_PLAN_YEAR), required=True
    )
    status = form.read("status", enum_parser(TrainingPlanStatus))
    if status is None and not form.has_error("status"):
        form.cleaned["status"] = TrainingPlanStatus.REQUESTED
    form.read(
        "training_budget",
        lambda t: parse_decimal(t, minimum=0, maximum=_MAX_TRAINING_BUDGET, places=2),
    )
    form.text("coaching_new_staff")
    form.read("mentors_trained", lambda t: parse_int(t, minimum=0, maximum=_MAX_MENTORS_TRAINED))
    form.text("talent_policy")
    form.text("comments")
    form.read("received_on", parse_date)
    return {name: form.cleaned.get(name) for name in TRAINING_PLAN_FIELDS}, form.errors


def training_plans_of(database: Database, host_id: uuid.UUID) -> list[dict[str, str]]:
    """The texts of the host's live plans, newest year first; each also has its ``"id"``."""
    statement = (
        select(TrainingPlan)
        .where(TrainingPlan.host_id == host_id, TrainingPlan.deleted_at.is_(None))
        .order_by(TrainingPlan.year.desc())
    )
    with database.unit_of_work() as uow:
        plans = uow.session.scalars(statement).all()
        return [
            {"id": str(plan.id)}
            | {name: format_value(getattr(plan, name)) for name in TRAINING_PLAN_FIELDS}
            for plan in plans
        ]


def save_training_plan(
    database: Database,
    host_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    actor: str | None = None,
) -> uuid.UUID:
    """Create or update the host's plan of the form's year (one plan per host and year).

    A deleted plan of that year is brought back. Raises :class:`ValidationFailed`
    or :class:`RecordNotFound` (no live host).
    """
    cleaned, errors = validate_training_plan(values)
    if errors:
        raise ValidationFailed(errors)
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        _live_host(session, host_id)
        plan = session.scalars(
            select(TrainingPlan).where(
                TrainingPlan.host_id == host_id, TrainingPlan.year == cleaned["year"]
            )
        ).one_or_none()
        if plan is None:
            plan = TrainingPlan(id=uuid.uuid4(), host_id=host_id)
            _assign(plan, cleaned, TRAINING_PLAN_FIELDS)
            session.add(plan)
        else:
            _assign(plan, cleaned, TRAINING_PLAN_FIELDS)
            if plan.deleted_at is not None:
                plan.deleted_at = None
        uow.commit()
        return plan.id
