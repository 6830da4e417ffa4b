"""What the roadmap services share: checked forms, audited field updates, the phase order,
and the records an internship has one of (its sheet, its evaluation of each stage…)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from consultant_app.services.forms.parsing import FieldError, ValidationFailed
from consultant_app.services.internships.form import live_internship
from consultant_app.store.database import Database
from consultant_app.store.models import (
    CompetenceScan,
    Evaluation,
    RiskAssessment,
    WorkplaceEvaluation,
)

#: A form check: the typed values and the errors (at most one per field).
Validator = Callable[[Mapping[str, str]], tuple[dict[str, object], list[FieldError]]]

#: A record an internship has one of (for each stage or moment, where it has them).
Single = TypeVar("Single", RiskAssessment, WorkplaceEvaluation, Evaluation, CompetenceScan)


def cleaned_values(validate: Validator, values: Mapping[str, str]) -> dict[str, object]:
    """The typed values of a form; :class:`ValidationFailed` when it has errors."""
    cleaned, errors = validate(values)
    if errors:
        raise ValidationFailed(errors)
    return cleaned


def set_changed(record: object, name: str, value: object) -> None:
    """Set *name* only when it changes, so that the audit trail lists real edits."""
    if getattr(record, name) != value:
        setattr(record, name, value)


def single_record(
    session: Session,
    model: type[Single],
    internship_id: uuid.UUID,
    *conditions: ColumnElement[bool],
) -> Single | None:
    """The internship's record of *model* (the one meeting *conditions*), deleted or not."""
    return session.scalars(
        select(model).where(model.internship_id == internship_id, *conditions)
    ).one_or_none()


def record_for_writing(session: Session, model: type[Single], internship_id: uuid.UUID) -> Single:
    """The internship's record of *model*, created empty (or brought back) when needed."""
    record = single_record(session, model, internship_id)
    if record is None:
        record = model(id=uuid.uuid4(), internship_id=internship_id)
        session.add(record)
    elif record.deleted_at is not None:
        record.deleted_at = None
    return record


def store_form(
    database: Database,
    internship_id: uuid.UUID,
    cleaned: Mapping[str, object],
    writable: Callable[[Session, uuid.UUID], object],
    actor: str | None,
) -> None:
    """Store the typed values of a form the internship has one of, field by field.

    *writable* gives the record to write (created or brought back when needed).
    Raises :class:`RecordNotFound` for no live internship.
    """
    with database.unit_of_work(actor=actor) as uow:
        live_internship(uow.session, internship_id)
        record = writable(uow.session, internship_id)
        for name, value in cleaned.items():
            set_changed(record, name, value)
        uow.commit()
