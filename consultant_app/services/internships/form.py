"""The internship form: its keys, validation, the weekly schedule and the values of a record.

A form hands the raw text of every key of :data:`FORM_KEYS` (``""`` when empty).
:func:`validate_internship` returns the typed values and at most one
:class:`~consultant_app.services.forms.parsing.FieldError` per field;
:func:`reference_errors` then checks, in a session, that the ids name live
records (and that the mentor works for the host).

The weekly schedule is stored in ``Internship.schedule`` as JSON
``{"hours": {"mon": 7.6, ...}, "note": "..."}`` and its total in
``Internship.hours_per_week``. Older rows hold plain text there: it is read as
the note, with no hours per day.

Codes of this module (besides those of :mod:`consultant_app.services.forms.parsing`):
``id.syntax`` (not a record id), ``dates.order`` (planned end before the start),
``hours.empty`` and ``hours.maximum`` (weekly total, on ``hours_mon``),
``record.unknown`` (no such live record) and ``mentor.host`` (the mentor works
for another host).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy.orm import Session

from consultant_app.domain.enums import InternshipStatus, Language
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.programme import DEFAULT_RULES, ProgrammeRules
from consultant_app.services.forms.parsing import (
    FieldError,
    FormReader,
    RecordNotFound,
    ValidationFailed,
    format_value,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_enum,
    shown,
)
from consultant_app.store.models import Consultant, Function, Host, Intern, Internship, Mentor
from consultant_app.store.settings import get_rules

#: Weekday keys of the schedule, Monday first.
DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOUR_KEYS: tuple[str, ...] = tuple(f"hours_{day}" for day in DAYS)

FORM_KEYS: tuple[str, ...] = (
    "intern_id",
    "host_id",
    "mentor_id",
    "consultant_id",
    "function_id",
    "start_date",
    "planned_end_date",
    *HOUR_KEYS,
    "schedule_note",
    "workplace",
    "objectives",
    "expenses",
    "no_replacement_declared",
    "convention_language",
)
REQUIRED_FORM_KEYS: tuple[str, ...] = (
    "intern_id",
    "host_id",
    "function_id",
    "start_date",
    "planned_end_date",
    "convention_language",
)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FORM_LABELS: dict[str, str] = {
    "intern_id": "Intern",
    "host_id": "Host",
    "mentor_id": "Mentor",
    "consultant_id": "Consultant",
    "function_id": "Function",
    "start_date": "Start date",
    "planned_end_date": "Planned end date",
    **{key: f"Hours on {name}" for key, name in zip(HOUR_KEYS, _DAY_NAMES, strict=True)},
    "schedule_note": "Schedule note",
    "workplace": "Workplace",
    "objectives": "Objectives",
    "expenses": "Expenses",
    "no_replacement_declared": "No replacement declared",
    "convention_language": "Convention language",
}
#: Languages a convention is printed in.
CONVENTION_LANGUAGES: tuple[Language, ...] = (Language.NL, Language.FR)
_ConventionLanguage = StrEnum(
    "_ConventionLanguage", {language.name: language.value for language in CONVENTION_LANGUAGES}
)
MAX_HOURS_PER_DAY = 24
_HOUR_PLACES = 2
_WEEK_HOURS_STEP = Decimal("0.1")  # ``Internship.hours_per_week`` keeps one decimal


# --- parsers ------------------------------------------------------------------------


def parse_id(text: str) -> uuid.UUID | None:
    """A record id (UUID); ``None`` for empty text."""
    kept = text.strip()
    if not kept:
        return None
    try:
        return uuid.UUID(kept)
    except ValueError:
        raise InvalidValue(
            f"{shown(kept)} is not a record id.", "id.syntax", {"value": kept}
        ) from None


def parse_convention_language(text: str) -> Language | None:
    """``NL`` or ``FR`` (any case); ``None`` for empty text."""
    language = parse_enum(text, _ConventionLanguage)
    return None if language is None else Language(language.value)


def _day_hours(text: str) -> Decimal | None:
    return parse_decimal(text, minimum=0, maximum=MAX_HOURS_PER_DAY, places=_HOUR_PLACES)


def hours_text(hours: Decimal | float) -> str:
    """The form text of hours: ``"7.6"``, ``"8"``; ``""`` for zero (empty means 0)."""
    number = hours if isinstance(hours, Decimal) else Decimal(str(hours))
    return "" if number == 0 else format_value(number.normalize())


# --- validation ---------------------------------------------------------------------


def validate_internship(
    values: Mapping[str, str], *, rules: ProgrammeRules | None = None
) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the internship form and its errors (at most one per field).

    Cleaned values: ids as :class:`uuid.UUID` (``None`` when empty), dates, the
    hours of each day as :class:`~decimal.Decimal` (``0`` when empty), free
    texts stripped (``None`` when empty), ``no_replacement_declared`` as a bool
    (empty is ``False``) and ``convention_language`` as :class:`Language`.
    Besides the form keys, ``hours_per_week`` holds the weekly total (one
    decimal), ``None`` while an hour is invalid.
    """
    rules = rules or DEFAULT_RULES
    form = FormReader(values, FORM_LABELS)
    for name in ("intern_id", "host_id", "mentor_id", "consultant_id", "function_id"):
        form.read(name, parse_id, required=name in REQUIRED_FORM_KEYS)
    start = form.read("start_date", parse_date, required=True)
    end = form.read("planned_end_date", parse_date, required=True)
    if start is not None and end is not None and end < start:
        form.error(
            "planned_end_date",
            "dates.order",
            f"The planned end date {end.isoformat()} is before the start date {start.isoformat()}.",
            {"start": start, "end": end},
        )
    for key in HOUR_KEYS:
        hours = form.read(key, _day_hours)
        if not form.has_error(key):
            form.cleaned[key] = hours or Decimal(0)
    form.cleaned["hours_per_week"] = None
    if not any(form.has_error(key) for key in HOUR_KEYS):
        total = sum((form.cleaned[key] for key in HOUR_KEYS), Decimal(0))
        assert isinstance(total, Decimal)
        _check_week_total(form, total, rules.max_hours_per_week)
    for name in ("schedule_note", "workplace", "objectives", "expenses"):
        form.text(name)
    declared = form.read("no_replacement_declared", parse_bool)
    if not form.has_error("no_replacement_declared"):
        form.cleaned["no_replacement_declared"] = bool(declared)
    form.read("convention_language", parse_convention_language, required=True)
    cleaned = {name: form.cleaned.get(name) for name in FORM_KEYS}
    cleaned["hours_per_week"] = form.cleaned["hours_per_week"]
    return cleaned, form.errors


def _check_week_total(form: FormReader, total: Decimal, maximum: int) -> None:
    params: dict[str, object] = {"total": float(total), "maximum": maximum}
    if total <= 0:
        form.error(
            "hours_mon",
            "hours.empty",
            f"The weekly schedule has no hours; give the hours of at least one day "
            f"(at most {maximum} hours a week).",
            params,
        )
    elif total > maximum:
        form.error(
            "hours_mon",
            "hours.maximum",
            f"The weekly schedule totals {hours_text(total)} hours; "
            f"the maximum is {maximum} hours a week.",
            params,
        )
    else:
        form.cleaned["hours_per_week"] = total.quantize(_WEEK_HOURS_STEP, ROUND_HALF_UP)


def validated_values(session: Session, values: Mapping[str, str]) -> dict[str, object]:
    """The cleaned form values, checked against the programme settings and the store.

    Raises :class:`~consultant_app.services.forms.parsing.ValidationFailed`.
    """
    cleaned, errors = validate_internship(values, rules=get_rules(session))
    problems = errors or reference_errors(session, cleaned)
    if problems:
        raise ValidationFailed(problems)
    return cleaned


def _unknown(name: str, entity: str) -> FieldError:
    return FieldError(
        name,
        "record.unknown",
        f"{FORM_LABELS[name]}: there is no such {entity} (it may have been deleted).",
        {"field": name},
    )


def reference_errors(session: Session, cleaned: Mapping[str, object]) -> list[FieldError]:
    """Errors for ids that name no live record, and for a mentor of another host."""
    errors: list[FieldError] = []
    models: tuple[tuple[str, str, type[Intern | Host | Consultant | Function]], ...] = (
        ("intern_id", "intern", Intern),
        ("host_id", "host", Host),
        ("consultant_id", "consultant", Consultant),
        ("function_id", "function", Function),
    )
    for name, entity, model in models:
        record_id = cleaned.get(name)
        if record_id is None:
            continue
        record = session.get(model, record_id)
        if record is None or record.deleted_at is not None:
            errors.append(_unknown(name, entity))
    mentor_id = cleaned.get("mentor_id")
    if mentor_id is not None:
        mentor = session.get(Mentor, mentor_id)
        if mentor is None or mentor.deleted_at is not None:
            errors.append(_unknown("mentor_id", "mentor"))
        elif cleaned.get("host_id") is not None and mentor.host_id != cleaned["host_id"]:
            errors.append(
                FieldError(
                    "mentor_id",
                    "mentor.host",
                    f"Mentor: {mentor.full_name} works for another host than the one chosen.",
                    {"field": "mentor_id", "mentor": mentor.full_name},
                )
            )
    return errors


# --- the weekly schedule ------------------------------------------------------------


def read_schedule(text: str | None) -> tuple[dict[str, float], str]:
    """The hours per day and the note of a stored schedule.

    Plain text (older rows) is the note, with no hours per day.
    """
    if not text:
        return {}, ""
    try:
        data = json.loads(text)
    except ValueError:
        return {}, text
    if not isinstance(data, dict) or not isinstance(data.get("hours"), dict):
        return {}, text
    hours: dict[str, float] = {}
    for day in DAYS:
        value = data["hours"].get(day)
        if isinstance(value, int | float) and not isinstance(value, bool):
            hours[day] = float(value)
    note = data.get("note")
    return hours, note if isinstance(note, str) else ""


def schedule_json(cleaned: Mapping[str, object]) -> str:
    """The stored form of the schedule of cleaned form values."""
    hours = {day: float(str(cleaned[key])) for day, key in zip(DAYS, HOUR_KEYS, strict=True)}
    note = cleaned.get("schedule_note") or ""
    return json.dumps({"hours": hours, "note": note}, ensure_ascii=False)


def schedule_text(values: Mapping[str, str]) -> str:
    """The days worked of form values in one line, e.g. ``mon 7.6; tue 7.6``."""
    days = [
        f"{day} {values[key]}"
        for day, key in zip(DAYS, HOUR_KEYS, strict=True)
        if values.get(key, "").strip()
    ]
    return "; ".join(days)


# --- record <-> values --------------------------------------------------------------


def record_values(internship: Internship) -> dict[str, str]:
    """The form texts of the current version of *internship*."""
    hours, note = read_schedule(internship.schedule)
    values = {
        "intern_id": str(internship.intern_id),
        "host_id": str(internship.host_id),
        "mentor_id": format_value(internship.mentor_id),
        "consultant_id": format_value(internship.consultant_id),
        "function_id": str(internship.function_id),
        "start_date": internship.start_date.isoformat(),
        "planned_end_date": internship.planned_end_date.isoformat(),
        "schedule_note": note,
        "workplace": internship.workplace or "",
        "objectives": internship.objectives or "",
        "expenses": internship.expenses or "",
        "no_replacement_declared": format_value(bool(internship.no_replacement_declared)),
        "convention_language": internship.convention_language.value,
    }
    for day, key in zip(DAYS, HOUR_KEYS, strict=True):
        values[key] = hours_text(hours[day]) if day in hours else ""
    return {name: values[name] for name in FORM_KEYS}


def cleaned_values(cleaned: Mapping[str, object]) -> dict[str, str]:
    """The form texts of cleaned values, spelled as :func:`record_values` spells them."""
    values = {name: format_value(cleaned.get(name)) for name in FORM_KEYS}
    for key in HOUR_KEYS:
        hours = cleaned.get(key)
        values[key] = hours_text(hours) if isinstance(hours, Decimal) else ""
    return values


#: Columns set from the cleaned values of the same name (the schedule is stored as JSON).
_COLUMNS: tuple[str, ...] = (
    *(key for key in FORM_KEYS if key not in HOUR_KEYS and key != "schedule_note"),
    "hours_per_week",
)


def apply_values(internship: Internship, cleaned: Mapping[str, object]) -> None:
    """Set the changed columns only, so that the audit trail lists real edits."""
    wanted = {name: cleaned[name] for name in _COLUMNS}
    wanted["schedule"] = schedule_json(cleaned)
    for name, value in wanted.items():
        if getattr(internship, name) != value:
            setattr(internship, name, value)


def status_words(status: InternshipStatus) -> str:
    """How a sentence names a status: ``awaiting signatures``."""
    return status.value.replace("_", " ")


def live_internship(session: Session, internship_id: uuid.UUID) -> Internship:
    """The live internship *internship_id*; :class:`RecordNotFound` otherwise."""
    internship = session.get(Internship, internship_id)
    if internship is None or internship.deleted_at is not None:
        raise RecordNotFound("internship", internship_id)
    return internship


def one_line_address(
    street: str | None,
    house_number: str | None,
    box: str | None,
    postcode: str | None,
    municipality: str | None,
    language: Language,
) -> str:
    """``Kerkstraat 12 bus 3, 2000 Antwerpen`` (``bte`` in French); parts left out when empty."""
    box_word = {Language.NL: "bus", Language.FR: "bte"}.get(language, "box")
    first = " ".join(part for part in (street, house_number) if part)
    if box:
        first = f"{first} {box_word} {box}".strip()
    second = " ".join(part for part in (postcode, municipality) if part)
    return ", ".join(part for part in (first, second) if part)


def next_monday(today: date) -> date:
    """The Monday after *today* (a week later when *today* is a Monday)."""
    return today + timedelta(days=7 - today.weekday())
