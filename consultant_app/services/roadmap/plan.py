"""Tasks and competences of the roadmap: what the intern will do and learn, phase by phase.

The internship starts with the function's tasks and competences copied from
the catalogue (:func:`consultant_app.services.internships.records.create_internship`);
the consultant then adds, edits, removes and reorders them here. Rows are
ordered by phase (start, mid-term, end), then by their position inside the
phase; an added row, or a row moved to another phase, comes last in its phase.

Codes: ``required`` (empty text), ``number.range`` and ``number.syntax``
(target level, 1 to 4), ``choice.unknown`` (phase).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import Phase
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.roadmap import PHASE_ORDER, TARGET_LEVELS
from consultant_app.domain.text import clean_text
from consultant_app.services.forms.parsing import RecordNotFound, parse_enum, parse_int
from consultant_app.services.internships.form import live_internship
from consultant_app.services.roadmap.common import set_changed
from consultant_app.store.database import Database
from consultant_app.store.models import CatalogueCompetence, InternshipCompetence, InternshipTask

__all__ = [
    "COMPETENCE_KINDS",
    "MAX_TARGET_LEVEL",
    "MIN_TARGET_LEVEL",
    "CompetenceLine",
    "TaskLine",
    "add_competence",
    "add_task",
    "load_plan",
    "move_competence",
    "move_task",
    "remove_competence",
    "remove_task",
    "update_competence",
    "update_task",
]

#: The lowest and highest target level (of the mentor's scale).
MIN_TARGET_LEVEL, MAX_TARGET_LEVEL = TARGET_LEVELS[0], TARGET_LEVELS[-1]
#: Kinds of :attr:`CompetenceLine.kind`: from the function, a soft skill, or written in.
COMPETENCE_KINDS: tuple[str, ...] = ("technical", "soft", "custom")

Row = TypeVar("Row", InternshipTask, InternshipCompetence)


@dataclass(frozen=True)
class TaskLine:
    id: uuid.UUID
    text: str
    phase: Phase
    position: int


@dataclass(frozen=True)
class CompetenceLine:
    id: uuid.UUID
    text: str
    objective: str
    #: Target level on the four-level scale, ``None`` when not set.
    target_level: int | None
    phase: Phase
    position: int
    #: ``technical``, ``soft`` or ``custom`` (see :data:`COMPETENCE_KINDS`).
    kind: str


# --- checks -------------------------------------------------------------------------


def _text(text: str, what: str, *, required: bool = True) -> str:
    try:
        kept = clean_text(text or "", multiline=True)
    except InvalidValue as problem:
        params = {**problem.params, "field": "text"}
        raise InvalidValue(f"The {what} {problem.message}", problem.code, params) from None
    if not kept and required:
        raise InvalidValue(f"The text of the {what} is required.", "required", {"field": "text"})
    return kept


def _phase(value: Phase | str) -> Phase:
    phase = parse_enum(str(value), Phase)
    if phase is None:
        choices = [p.value for p in Phase]
        raise InvalidValue(
            f"A phase is required: one of {', '.join(choices)}.",
            "choice.unknown",
            {"value": "", "choices": choices, "field": "phase"},
        )
    return phase


def _target_level(value: int | str | None) -> int | None:
    if isinstance(value, str):
        return parse_int(value, minimum=MIN_TARGET_LEVEL, maximum=MAX_TARGET_LEVEL)
    if value is not None and not MIN_TARGET_LEVEL <= value <= MAX_TARGET_LEVEL:
        raise InvalidValue(
            f"The target level {value} is out of range: the number must be between "
            f"{MIN_TARGET_LEVEL} and {MAX_TARGET_LEVEL}.",
            "number.range",
            {"value": value, "min": MIN_TARGET_LEVEL, "max": MAX_TARGET_LEVEL},
        )
    return value


# --- rows ---------------------------------------------------------------------------


def _order_key(row: InternshipTask | InternshipCompetence) -> tuple[int, int, object, str]:
    return (PHASE_ORDER[row.phase], row.position, row.created_at, str(row.id))


def _live_rows(session: Session, model: type[Row], internship_id: uuid.UUID) -> list[Row]:
    rows = session.scalars(
        select(model).where(model.internship_id == internship_id, model.deleted_at.is_(None))
    ).all()
    return sorted(rows, key=_order_key)


def _live_row(session: Session, model: type[Row], row_id: uuid.UUID, entity: str) -> Row:
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(entity, row_id)
    live_internship(session, row.internship_id)
    return row


def _last_position(
    session: Session, model: type[Row], internship_id: uuid.UUID, phase: Phase
) -> int:
    last = session.scalar(
        select(func.max(model.position)).where(
            model.internship_id == internship_id,
            model.phase == phase,
            model.deleted_at.is_(None),
        )
    )
    return int(last or 0)


def _move(session: Session, model: type[Row], row: Row, delta: int) -> None:
    """Move *row* by *delta* places inside its phase (kept within the phase's bounds)."""
    siblings = [r for r in _live_rows(session, model, row.internship_id) if r.phase == row.phase]
    index = siblings.index(row)
    target = max(0, min(len(siblings) - 1, index + delta))
    if target == index:
        return
    positions = sorted(r.position for r in siblings)
    if len(set(positions)) != len(positions):
        positions = list(range(1, len(siblings) + 1))
    siblings.insert(target, siblings.pop(index))
    for sibling, position in zip(siblings, positions, strict=True):
        if sibling.position != position:
            sibling.position = position


# --- loading ------------------------------------------------------------------------


def load_plan(
    database: Database, internship_id: uuid.UUID
) -> tuple[tuple[TaskLine, ...], tuple[CompetenceLine, ...]]:
    """The live tasks and competences of the internship, by phase then position.

    Raises :class:`RecordNotFound` for no live internship.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        tasks = tuple(
            TaskLine(row.id, row.text, row.phase, row.position)
            for row in _live_rows(session, InternshipTask, internship.id)
        )
        competences = _live_rows(session, InternshipCompetence, internship.id)
        sources = {
            c.id: c.kind.value
            for c in session.scalars(
                select(CatalogueCompetence).where(
                    CatalogueCompetence.id.in_(
                        {r.catalogue_competence_id for r in competences} - {None}
                    )
                )
            )
        }
        lines = tuple(
            CompetenceLine(
                id=row.id,
                text=row.text,
                objective=row.objective or "",
                target_level=row.target_level,
                phase=row.phase,
                position=row.position,
                kind=sources.get(row.catalogue_competence_id, "custom"),
            )
            for row in competences
        )
    return tasks, lines


# --- adding, changing, removing and moving rows --------------------------------------


def _add(
    database: Database,
    model: type[Row],
    internship_id: uuid.UUID,
    phase: Phase,
    *,
    actor: str | None,
    **values: object,
) -> uuid.UUID:
    """Add a row of *model*, last of its phase; its id."""
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        row = model(
            id=uuid.uuid4(),
            internship_id=internship.id,
            **values,
            phase=phase,
            position=_last_position(session, model, internship.id, phase) + 1,
        )
        session.add(row)
        uow.commit()
        return row.id


def _update(
    database: Database,
    model: type[Row],
    row_id: uuid.UUID,
    entity: str,
    phase: Phase,
    *,
    actor: str | None,
    **values: object,
) -> None:
    """Change the fields of a row (the changed ones only); moved to another phase, it comes
    last there."""
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        row = _live_row(session, model, row_id, entity)
        for name, value in values.items():
            set_changed(row, name, value)
        if row.phase is not phase:
            row.position = _last_position(session, model, row.internship_id, phase) + 1
            row.phase = phase
        uow.commit()


def _remove(
    database: Database, model: type[Row], row_id: uuid.UUID, entity: str, actor: str | None
) -> None:
    with database.unit_of_work(actor=actor) as uow:
        _live_row(uow.session, model, row_id, entity).soft_delete()
        uow.commit()


def _move_row(
    database: Database,
    model: type[Row],
    row_id: uuid.UUID,
    entity: str,
    delta: int,
    actor: str | None,
) -> None:
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        _move(session, model, _live_row(session, model, row_id, entity), delta)
        uow.commit()


# --- tasks --------------------------------------------------------------------------


def add_task(
    database: Database,
    internship_id: uuid.UUID,
    text: str,
    phase: Phase | str = Phase.START,
    *,
    actor: str | None = None,
) -> uuid.UUID:
    """Add a task, last of its phase; its id."""
    kept, where = _text(text, "task"), _phase(phase)
    return _add(database, InternshipTask, internship_id, where, actor=actor, text=kept)


def update_task(
    database: Database,
    task_id: uuid.UUID,
    *,
    text: str,
    phase: Phase | str,
    actor: str | None = None,
) -> None:
    """Change the text and phase of a task; moved to another phase, it comes last there."""
    kept, where = _text(text, "task"), _phase(phase)
    _update(database, InternshipTask, task_id, "task", where, actor=actor, text=kept)


def remove_task(database: Database, task_id: uuid.UUID, *, actor: str | None = None) -> None:
    """Take a task off the roadmap (soft delete)."""
    _remove(database, InternshipTask, task_id, "task", actor)


def move_task(
    database: Database, task_id: uuid.UUID, delta: int, *, actor: str | None = None
) -> None:
    """Move a task *delta* places inside its phase (-1: up one); stops at either end."""
    _move_row(database, InternshipTask, task_id, "task", delta, actor)


# --- competences --------------------------------------------------------------------


def add_competence(
    database: Database,
    internship_id: uuid.UUID,
    text: str,
    *,
    objective: str = "",
    target_level: int | str | None = None,
    phase: Phase | str = Phase.START,
    actor: str | None = None,
) -> uuid.UUID:
    """Add a competence written in (kind ``custom``), last of its phase; its id.

    *target_level* is 1 to 4 or ``None`` (``number.range``).
    """
    kept, where, level = _text(text, "competence"), _phase(phase), _target_level(target_level)
    return _add(
        database,
        InternshipCompetence,
        internship_id,
        where,
        actor=actor,
        text=kept,
        objective=_text(objective, "objective", required=False) or None,
        target_level=level,
    )


def update_competence(
    database: Database,
    competence_id: uuid.UUID,
    *,
    text: str,
    objective: str,
    target_level: int | str | None,
    phase: Phase | str,
    actor: str | None = None,
) -> None:
    """Change a competence; moved to another phase, it comes last there."""
    kept, where, level = _text(text, "competence"), _phase(phase), _target_level(target_level)
    _update(
        database,
        InternshipCompetence,
        competence_id,
        "competence",
        where,
        actor=actor,
        text=kept,
        objective=_text(objective, "objective", required=False) or None,
        target_level=level,
    )


def remove_competence(
    database: Database, competence_id: uuid.UUID, *, actor: str | None = None
) -> None:
    """Take a competence off the roadmap (soft delete); its past scores stay stored."""
    _remove(database, InternshipCompetence, competence_id, "competence", actor)


def move_competence(
    database: Database, competence_id: uuid.UUID, delta: int, *, actor: str | None = None
) -> None:
    """Move a competence *delta* places inside its phase (-1: up one); stops at either end."""
    _move_row(database, InternshipCompetence, competence_id, "competence", delta, actor)
