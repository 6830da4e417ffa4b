"""The intern's evaluation of the workplace (one per internship): a score from 1 to 4 for
each criterion of :data:`~consultant_app.domain.roadmap.WORKPLACE_CRITERIA`, whether the
intern would recommend it, comments and the date it was filled in.

Codes: those of :mod:`consultant_app.services.forms.parsing`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy.orm import Session

from consultant_app.domain.roadmap import WORKPLACE_CRITERIA, WORKPLACE_LEVELS
from consultant_app.services.forms.parsing import (
    FieldError,
    FormReader,
    format_value,
    parse_bool,
    parse_date,
    parse_int,
)
from consultant_app.services.internships.form import live_internship
from consultant_app.services.roadmap.common import (
    cleaned_values,
    record_for_writing,
    single_record,
    store_form,
)
from consultant_app.store.database import Database
from consultant_app.store.models import WorkplaceEvaluation

__all__ = [
    "WORKPLACE_LABELS",
    "load_workplace_evaluation",
    "save_workplace_evaluation",
    "validate_workplace_evaluation",
]

_WORKPLACE_ALL: tuple[str, ...] = (
    *WORKPLACE_CRITERIA,
    "would_recommend",
    "comments",
    "completed_on",
)
WORKPLACE_LABELS: dict[str, str] = {
    "onboarding": "Onboarding",
    "guidance": "Guidance",
    "task_variety": "Variety of tasks",
    "atmosphere": "Atmosphere",
    "safety": "Safety",
    "learning": "Learning",
    "would_recommend": "Would recommend",
    "comments": "Comments",
    "completed_on": "Completed on",
}


def _workplace_score(text: str) -> int | None:
    return parse_int(text, minimum=WORKPLACE_LEVELS[0], maximum=WORKPLACE_LEVELS[-1])


def validate_workplace_evaluation(
    values: Mapping[str, str],
) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the workplace evaluation form and its errors (at most one per field).

    Every field may be empty; the scores are whole numbers from 1 to 4.
    """
    form = FormReader(values, WORKPLACE_LABELS)
    for name in WORKPLACE_CRITERIA:
        form.read(name, _workplace_score)
    form.read("would_recommend", parse_bool)
    form.text("comments")
    form.read("completed_on", parse_date)
    return {name: form.cleaned.get(name) for name in _WORKPLACE_ALL}, form.errors


def _for_writing(session: Session, internship_id: uuid.UUID) -> WorkplaceEvaluation:
    return record_for_writing(session, WorkplaceEvaluation, internship_id)


def load_workplace_evaluation(database: Database, internship_id: uuid.UUID) -> dict[str, str]:
    """The texts of the workplace evaluation form (all ``""`` before it is filled in).

    Keys: the criteria, ``would_recommend``, ``comments`` and
    ``completed_on``. Raises :class:`RecordNotFound` for no live internship.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        live_internship(session, internship_id)
        record = single_record(session, WorkplaceEvaluation, internship_id)
        if record is None or record.deleted_at is not None:
            return dict.fromkeys(_WORKPLACE_ALL, "")
        return {name: format_value(getattr(record, name)) for name in _WORKPLACE_ALL}


def save_workplace_evaluation(
    database: Database,
    internship_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    actor: str | None = None,
) -> None:
    """Create or update the intern's evaluation of the workplace (one per internship).

    Raises :class:`ValidationFailed` (nothing written) or :class:`RecordNotFound`.
    """
    cleaned = cleaned_values(validate_workplace_evaluation, values)
    store_form(database, internship_id, cleaned, _for_writing, actor)
