"""Editing a few fields of one record by name, through the services the window's forms call.

An edit takes the record's form texts (``load_*``), puts in the texts given for some
fields (typed as on the window: dates ``YYYY-MM-DD`` or ``DD/MM/YYYY``, choices by their
code) and saves the whole form with the window's service (``save_intern``,
``save_mentor``, ``save_host``, ``update_internship``): the same validation, the same
refusals (a convention from signed on takes no edit, only an amendment) and the same
audit trail. A dry run runs the same checks and writes nothing.

The fields of an internship are those of its convention form, where the intern and the
host are fixed once created.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from consultant_app.services.forms.fields import HOST_FIELDS, INTERN_FIELDS
from consultant_app.services.forms.parsing import (
    Duplicate,
    FieldError,
    ValidationFailed,
    format_value,
    parse_date,
)
from consultant_app.services.internships.form import (
    FORM_KEYS,
    cleaned_values,
    live_internship,
    validated_values,
)
from consultant_app.services.internships.records import (
    check_editable,
    load_internship_values,
    update_internship,
)
from consultant_app.services.people import hosts, interns
from consultant_app.services.printing.issuing import find_internship
from consultant_app.store.database import Database
from consultant_app.store.models import Mentor

KINDS: tuple[str, ...] = ("intern", "mentor", "host", "internship")
#: The fields of the internship's convention form (the intern and the host are fixed).
INTERNSHIP_FIELDS: tuple[str, ...] = tuple(
    key for key in FORM_KEYS if key not in ("intern_id", "host_id")
)
_FIELDS: dict[str, tuple[str, ...]] = {
    "intern": INTERN_FIELDS,
    "mentor": hosts.MENTOR_FIELDS,
    "host": HOST_FIELDS,
    "internship": INTERNSHIP_FIELDS,
}


class UnknownFields(LookupError):
    """Fields the record's form does not have; the message lists those it has."""

    def __init__(self, kind: str, names: list[str]) -> None:
        self.names = tuple(names)
        self.editable = editable_fields(kind)
        unknown = ", ".join(repr(name) for name in names)
        super().__init__(
            f"{'This field is' if len(names) == 1 else 'These fields are'} not a field of "
            f"the {kind} form: {unknown}. The fields that can be edited are: "
            f"{', '.join(self.editable)}."
        )


@dataclass(frozen=True)
class FieldChange:
    """One field whose text changes: as the form showed it, as it is (or would be) saved."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class EditOutcome:
    """What an edit changed (or, in a dry run, would change)."""

    kind: str
    record_id: uuid.UUID
    changes: tuple[FieldChange, ...]
    written: bool
    #: Other records the edited one now looks like (the window asks before saving these).
    duplicates: tuple[Duplicate, ...] = ()


#: The fields whose change may make a record look like another one.
_IDENTIFYING: dict[str, tuple[str, ...]] = {
    "intern": ("national_number", "first_name", "last_name", "birth_date"),
    "host": ("enterprise_number",),
}


def _duplicates(
    database: Database, kind: str, record_id: uuid.UUID, values: Mapping[str, str]
) -> tuple[Duplicate, ...]:
    if kind == "host":
        found = hosts.find_host_duplicates(
            database, values["enterprise_number"], exclude_id=record_id
        )
    else:
        found = interns.find_duplicates(
            database,
            national_number=values["national_number"],
            first_name=values["first_name"],
            last_name=values["last_name"],
            birth_date=parse_date(values["birth_date"]),
            exclude_id=record_id,
        )
    return tuple(found)


def editable_fields(kind: str) -> tuple[str, ...]:
    """The fields of the *kind*'s form, in its order."""
    return _FIELDS[kind]


def find_reference(database: Database, key: uuid.UUID | str) -> tuple[uuid.UUID, str]:
    """The id and reference of the live internship with this reference (any case) or id;
    else ``InternshipNotFound``."""
    with database.unit_of_work() as uow:
        internship = find_internship(uow.session, key)
        return internship.id, internship.reference


def _mentor_host(database: Database, mentor_id: uuid.UUID) -> uuid.UUID:
    with database.unit_of_work() as uow:
        host_id = uow.session.scalar(select(Mentor.host_id).where(Mentor.id == mentor_id))
    assert host_id is not None  # load_mentor found the mentor live
    return host_id


def _load(database: Database, kind: str, record_id: uuid.UUID) -> dict[str, str]:
    loaders: dict[str, Callable[[Database, uuid.UUID], dict[str, str]]] = {
        "intern": interns.load_intern,
        "mentor": hosts.load_mentor,
        "host": hosts.load_host,
        "internship": load_internship_values,
    }
    return loaders[kind](database, record_id)


def _save(
    database: Database,
    kind: str,
    record_id: uuid.UUID,
    values: Mapping[str, str],
    actor: str | None,
    today: date,
) -> None:
    if kind == "intern":
        interns.save_intern(database, values, intern_id=record_id, actor=actor, today=today)
    elif kind == "mentor":
        host_id = _mentor_host(database, record_id)
        hosts.save_mentor(database, host_id, values, mentor_id=record_id, actor=actor)
    elif kind == "host":
        hosts.save_host(database, values, host_id=record_id, actor=actor)
    else:
        update_internship(database, record_id, values, actor=actor)


def _validated(
    database: Database, kind: str, values: Mapping[str, str], today: date
) -> tuple[dict[str, object], list[FieldError]]:
    """What the save would store of the people's *values*, and the errors it would refuse."""
    if kind == "intern":
        codes = [code for code, _name in interns.function_choices(database, "en")]
        return interns.validate_intern(values, today, known_functions=codes)
    if kind == "mentor":
        return hosts.validate_mentor(values)
    return hosts.validate_host(values)


def _internship_check(
    database: Database, record_id: uuid.UUID, old: Mapping[str, str], values: Mapping[str, str]
) -> dict[str, str]:
    """The texts the internship would have; the refusals of ``update_internship`` raised."""
    with database.unit_of_work() as uow:
        check_editable(live_internship(uow.session, record_id))
        new = cleaned_values(validated_values(uow.session, values))
    return {name: new.get(name, old[name]) for name in old}


def _checked(
    database: Database,
    kind: str,
    record_id: uuid.UUID,
    old: Mapping[str, str],
    given: Mapping[str, str],
    today: date,
) -> dict[str, str]:
    """The texts the record would have after the edit, for a dry run (nothing written)."""
    values = {**old, **given}
    if kind == "internship":
        return _internship_check(database, record_id, old, values)
    before, _ = _validated(database, kind, old, today)
    after, errors = _validated(database, kind, values, today)
    if errors:
        raise ValidationFailed(errors)
    new = dict(old)
    for name in old:
        if format_value(before.get(name)) != format_value(after.get(name)):
            new[name] = given[name].strip() if name in given else format_value(after.get(name))
    return new


def edit_record(
    database: Database,
    kind: str,
    record_id: uuid.UUID,
    given: Mapping[str, str],
    *,
    dry_run: bool = False,
    actor: str | None = None,
    today: date | None = None,
) -> EditOutcome:
    """Give the fields of *given* their texts in the record; what changed.

    Raises :class:`UnknownFields` for a field the form does not have,
    :class:`~consultant_app.services.forms.parsing.RecordNotFound` for no such live
    record, :class:`~consultant_app.services.forms.parsing.ValidationFailed` with the
    errors of the whole form, and the window's refusals
    (:class:`~consultant_app.domain.errors.InvalidValue`, such as ``convention.frozen``).
    Nothing is written when it raises, nor with *dry_run*.
    """
    unknown = [name for name in given if name not in editable_fields(kind)]
    if unknown:
        raise UnknownFields(kind, unknown)
    today = today or date.today()
    old = _load(database, kind, record_id)
    if dry_run:
        new = _checked(database, kind, record_id, old, given, today)
    else:
        _save(database, kind, record_id, {**old, **given}, actor, today)
        new = _load(database, kind, record_id)
    changes = tuple(
        FieldChange(name, old[name], new[name]) for name in old if old[name] != new[name]
    )
    duplicates: tuple[Duplicate, ...] = ()
    if any(change.field in _IDENTIFYING.get(kind, ()) for change in changes):
        duplicates = _duplicates(database, kind, record_id, new)
    written = not dry_run and bool(changes)
    return EditOutcome(kind, record_id, changes, written, duplicates)
